// `cli predict`'s analysis: per-customer expected purchases, P(alive), Gamma-Gamma spend and
// CLV over a horizon of calendar months or of exact model units. Transactions are fitted on every
// purchase up to the calibration end (default: the whole file); a customer summary is predicted
// by the Lifetime value page's own analysis (clvSummaryFitResult) from the end of its observation.
import {
	clvIssue,
	predictReport,
	unitsPerMonth,
	type ClvUnit,
	type PredictReport,
	type TransactionModelName
} from '../../analytics/clv';
import type { SummaryTable } from '../../analytics/types';
import type { AnalysisContext } from '../context';
import { clvSummaryFitResult } from './clvFit';
import { asClvProblem, clvProblem } from './clvProblem';
import { readClvReportParams } from './clvReportParams';
import { DEFAULT_CLV_SETTINGS } from './clvSettings';

export interface ClvPredictParams {
	model: TransactionModelName;
	unit: ClvUnit;
	/** Calendar months of the horizon (labels, and the horizon itself without `units`). */
	months: number;
	/** Exactly this many model units instead of `months` calendar months. */
	units?: number;
	/** Monthly discount rate. */
	discountRate: number;
	/** Profit share of spend, 0..1. */
	margin: number;
}

/** The predictions, plus the summary rows left out as impossible (0 for transactions). */
export type ClvPredictReport = PredictReport & { dropped: number };

const orNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** predictReport's answer for a customer summary, through the Lifetime value view's analysis. */
export function summaryPredictReport(table: SummaryTable, o: ClvPredictParams): ClvPredictReport {
	const inUnits = o.units !== undefined;
	const r = clvSummaryFitResult(table, {
		...DEFAULT_CLV_SETTINGS,
		id: 'cli',
		source: 'summary',
		model: o.model,
		unit: o.unit,
		horizonMonths: o.months,
		horizonIn: inUnits ? 'units' : 'months',
		horizonUnits: o.units ?? 0,
		marginPct: o.margin * 100,
		discountPct: o.discountRate * 100,
		discountPer: 'month'
	});
	if (!r.fit || !r.customers) throw clvProblem(r.fitError ?? clvIssue('no_customers', 'error'));
	const issues = [...r.fit.issues];
	// As for transactions: a spend model that cannot be fitted is a warning (spend and CLV null).
	if (r.spendError && r.data.hasAmounts) issues.push({ ...r.spendError, severity: 'warning' });
	if (r.spendFit) issues.push(...r.spendFit.issues);
	const c = r.customers;
	return {
		model: o.model,
		params: r.fit.params,
		horizonMonths: inUnits ? o.units! / unitsPerMonth(o.unit) : o.months,
		horizonUnits: inUnits ? o.units! : o.months * unitsPerMonth(o.unit),
		customers: c.ids.map((customerId, i) => ({
			customerId,
			x: c.x[i],
			tx: c.tx[i],
			T: c.T[i],
			expectedPurchases: c.expectedPurchases[i],
			pAlive: c.pAlive[i],
			expectedSpend: orNull(c.expectedSpend[i]),
			clv: orNull(c.clv[i])
		})),
		issues,
		dropped: r.data.dropped
	};
}

export async function clvPredictReport(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<ClvPredictReport> {
	const p = readClvReportParams(params);
	// Gamma-Gamma predicts spend, not purchases: the purchase model defaults to BG/NBD.
	const model = p.model === 'gammagamma' ? 'bgnbd' : p.model;
	const o: ClvPredictParams = {
		model,
		unit: p.unit,
		months: p.months,
		...(p.units !== undefined ? { units: p.units } : {}),
		discountRate: p.discountRate,
		margin: p.margin
	};
	if (p.source === 'summary') return summaryPredictReport(await ctx.summary(p.id), o);
	const table = await ctx.transactions(p.id);
	const r = asClvProblem(() =>
		predictReport(table, {
			model,
			unit: p.unit,
			calibrationEnd: p.calibrationEnd,
			horizon: p.months,
			...(p.units !== undefined ? { horizonUnits: p.units } : {}),
			discountRate: p.discountRate,
			margin: p.margin
		})
	);
	return { ...r, dropped: 0 };
}
