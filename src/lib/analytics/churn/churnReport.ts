// The churn and complaints report the CLI prints and the app's Churn & complaints view starts
// from: reasons with customers and lost revenue, active vs passive, complaint rate and the
// iceberg. Every part says what it lacks instead of failing: null with a reason code.
import type { CustomerTable, SurveyTable, TransactionTable } from '../types';
import { churnReasons, type ChurnReasons } from './churnReasons';
import { complaintIceberg, type ComplaintIceberg } from './complaintIceberg';
import { findColumn } from './courseColumns';
import { revenueBeforeExit } from './revenueBeforeExit';

export interface ChurnReport {
	customers: number;
	reasons: ChurnReasons | null;
	complaints: {
		complaints: number;
		complainers: number;
		/** Complaining customers / customers in the customer file. */
		rate: number;
		iceberg: ComplaintIceberg | null;
	} | null;
	/** What could not be computed and why (codes for the i18n messages). */
	missing: ('churn_reason' | 'complaints' | 'survey' | 'survey_satisfaction' | 'revenue')[];
}

/** Category labels per row of a customer attribute, or null when the column is absent. */
export function attributeText(
	customers: CustomerTable,
	header: string | null
): (string | null)[] | null {
	if (header === null) return null;
	const col = customers.columns[header];
	if (!col) return null;
	if (col.kind === 'category') return Array.from(col.codes, (c) => (c < 0 ? null : col.labels[c]));
	if (col.kind === 'number')
		return Array.from(col.values, (v) => (Number.isNaN(v) ? null : String(v)));
	return null;
}

export interface ChurnReportInput {
	customers: CustomerTable;
	transactions?: TransactionTable | null;
	complaints?: SurveyTable | null;
	survey?: SurveyTable | null;
	/** Satisfaction at or below this is "dissatisfied" (default 5, the lower half of 1–10). */
	dissatisfiedAtOrBelow?: number;
}

export function churnReport(input: ChurnReportInput): ChurnReport {
	const { customers } = input;
	const headers = Object.keys(customers.columns);
	const missing: ChurnReport['missing'] = [];
	const reasonText = attributeText(customers, findColumn(headers, 'reason'));
	const typeText = attributeText(customers, findColumn(headers, 'type'));
	let reasons: ChurnReasons | null = null;
	if (!reasonText && !typeText) missing.push('churn_reason');
	else {
		let revenue: Float64Array | null = null;
		if (input.transactions?.amount) {
			const byTx = revenueBeforeExit(input.transactions);
			const index = new Map(input.transactions.customerIds.map((id, i) => [id, i]));
			revenue = Float64Array.from(customers.ids, (id) => {
				const i = index.get(id);
				return i === undefined ? 0 : byTx[i];
			});
		} else missing.push('revenue');
		reasons = churnReasons(reasonText ?? customers.ids.map(() => null), typeText, revenue);
	}
	let complaints: ChurnReport['complaints'] = null;
	if (!input.complaints?.customerId) missing.push('complaints');
	else {
		const complainers = new Set<string>();
		for (const id of input.complaints.customerId) if (id !== null) complainers.add(id);
		let iceberg: ComplaintIceberg | null = null;
		const survey = input.survey;
		if (!survey?.customerId) missing.push('survey');
		else {
			const item = findColumn(Object.keys(survey.items), 'satisfaction');
			if (item === null) missing.push('survey_satisfaction');
			else
				iceberg = complaintIceberg(
					survey.customerId,
					survey.items[item],
					complainers,
					input.dissatisfiedAtOrBelow ?? 5
				);
		}
		complaints = {
			complaints: input.complaints.length,
			complainers: complainers.size,
			rate: customers.length === 0 ? 0 : complainers.size / customers.length,
			iceberg
		};
	}
	return { customers: customers.length, reasons, complaints, missing };
}
