// Builds the per-customer behaviour that behaviouralLoyalty joins to a survey: for each respondent
// with a customer id and a survey day, the purchases strictly after that day and up to
// min(survey day + horizonDays, asOf). A purchase is a distinct purchase day (same-day lines merge,
// as in the BTYD data preparation); revenue sums the net amounts (0 when the data has none).
// A customer who answered twice keeps the earliest survey. Respondents whose id never occurs in the
// transactions are left out (not counted as zero), so mismatched id formats surface as no match.
import type { SurveyTable, TransactionTable } from '../types';

export interface Behaviour {
	purchasesAfter: number;
	revenueAfter: number;
}

export interface BehaviourWindow {
	horizonDays: number;
	/** Last day of data; windows are cut there. */
	asOf: number;
}

export function behaviourAfterSurvey(
	tx: TransactionTable,
	survey: SurveyTable,
	{ horizonDays, asOf }: BehaviourWindow
): Map<string, Behaviour> {
	const out = new Map<string, Behaviour>();
	const ids = survey.customerId;
	const days = survey.day;
	if (!ids || !days) return out;
	const surveyDay = new Map<string, number>();
	for (let i = 0; i < ids.length; i++) {
		const id = ids[i];
		if (id === null) continue;
		const prev = surveyDay.get(id);
		if (prev === undefined || days[i] < prev) surveyDay.set(id, days[i]);
	}
	// Transaction customer index → survey day (NaN when the customer did not answer).
	const start = new Float64Array(tx.customerIds.length).fill(NaN);
	tx.customerIds.forEach((id, c) => {
		const d = surveyDay.get(id);
		if (d !== undefined) start[c] = d;
	});
	const seenDays: (Set<number> | undefined)[] = new Array(tx.customerIds.length);
	const revenue = new Float64Array(tx.customerIds.length);
	for (let r = 0; r < tx.length; r++) {
		const c = tx.customer[r];
		const s = start[c];
		if (Number.isNaN(s)) continue;
		const d = tx.day[r];
		if (d <= s || d > s + horizonDays || d > asOf) continue;
		(seenDays[c] ??= new Set()).add(d);
		if (tx.amount) revenue[c] += tx.amount[r];
	}
	tx.customerIds.forEach((id, c) => {
		if (Number.isNaN(start[c])) return;
		out.set(id, { purchasesAfter: seenDays[c]?.size ?? 0, revenueAfter: revenue[c] });
	});
	return out;
}
