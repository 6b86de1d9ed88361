// Headless per-customer predictions for the CLI: expected purchases and CLV over a horizon of
// calendar months, P(alive), Gamma-Gamma expected spend. Throws a typed ClvIssue when the
// purchase model cannot be fitted; spend and CLV are null when amounts are missing or unusable.
import type { Day, TransactionTable } from '../types';
import { clvIssue, type ClvIssue, type ClvUnit, type TransactionModelName } from './clvTypes';
import { fitGammaGamma } from './fitGammaGamma';
import { fitTransactionModel } from './fitTransactionModel';
import { groupTransactionRows } from './groupRows';
import { gammaGammaSpend } from './gammaGammaSpend';
import { reportSummary } from './fitReport';
import { predictRows } from './predictRows';
import { unitsPerMonth } from './unitDays';

export interface PredictReportOptions {
	model: TransactionModelName;
	/** Inclusive; omitted = the whole observed period is calibration. */
	calibrationEnd?: Day;
	unit: ClvUnit;
	/** Horizon in calendar months (converted to the model unit: 12 months = 52.18 weeks). */
	horizon: number;
	/** Horizon in model units instead (exactly: 39 weeks stays 39 weeks); overrides `horizon`. */
	horizonUnits?: number;
	/** Monthly discount rate (default 0.01). */
	discountRate?: number;
	/** Profit share of spend, 0..1 (default 1). */
	margin?: number;
}

export interface PredictedCustomer {
	customerId: string;
	x: number;
	tx: number;
	T: number;
	expectedPurchases: number;
	pAlive: number;
	expectedSpend: number | null;
	clv: number | null;
}

export interface PredictReport {
	model: TransactionModelName;
	params: Record<string, number>;
	horizonMonths: number;
	horizonUnits: number;
	customers: PredictedCustomer[];
	issues: ClvIssue[];
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

export function predictReport(table: TransactionTable, o: PredictReportOptions): PredictReport {
	if (!(o.horizon >= 0)) throw clvIssue('bad_option', 'error', { option: 'horizon' });
	if (o.horizonUnits !== undefined && !(o.horizonUnits >= 0))
		throw clvIssue('bad_option', 'error', { option: 'horizon' });
	const s = reportSummary(table, o.unit, o.calibrationEnd);
	const fit = fitTransactionModel(s, o.model);
	if (!fit.ok) throw fit.issues[0];
	const m = fit.fit;
	const issues = [...s.issues, ...m.issues];
	const gg = s.hasAmounts ? fitGammaGamma(s) : null;
	if (gg && !gg.ok) issues.push(...gg.issues.map((i) => ({ ...i, severity: 'warning' as const })));
	if (gg?.ok) issues.push(...gg.fit.issues);
	const inUnits = o.horizonUnits !== undefined;
	const horizonUnits = inUnits ? o.horizonUnits! : o.horizon * unitsPerMonth(o.unit);
	const horizonMonths = inUnits ? horizonUnits / unitsPerMonth(o.unit) : o.horizon;
	const rows = groupTransactionRows(s.x, s.tx, s.T);
	const p = predictRows(m, rows, horizonUnits, {
		months: o.horizon,
		unit: o.unit,
		discountRate: o.discountRate,
		...(inUnits ? { units: horizonUnits } : {})
	});
	const margin = o.margin ?? 1;
	const customers: PredictedCustomer[] = [];
	for (let i = 0; i < s.length; i++) {
		const g = rows.groupOf[i];
		const spend = gg?.ok ? gammaGammaSpend(gg.fit.params, s.spendCount[i], s.meanSpend[i]) : NaN;
		customers.push({
			customerId: s.ids[i],
			x: s.x[i],
			tx: s.tx[i],
			T: s.T[i],
			expectedPurchases: p.expected[g],
			pAlive: p.alive[g],
			expectedSpend: finiteOrNull(spend),
			clv: Number.isFinite(spend) ? finiteOrNull(margin * spend * p.discounted[g]) : null
		});
	}
	return {
		model: m.model,
		params: { ...m.params },
		horizonMonths,
		horizonUnits,
		customers,
		issues
	};
}
