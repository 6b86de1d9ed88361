// `cli predict <file> --model … --horizon N`: per-customer expected purchases, P(alive),
// Gamma-Gamma expected spend and CLV. The horizon is given in the chosen unit, but CLV is
// discounted month by month, so N units are converted to whole calendar months. A customer
// summary is predicted by the Lifetime value view's own analysis, from the end of its observation.
import {
	predictReport,
	unitsPerMonth,
	type ClvUnit,
	type PredictReport,
	type TransactionModelName
} from '../../lib/analytics/clv';
import type { SummaryTable } from '../../lib/analytics/types';
import { clvSummaryFitResult } from '../../lib/engine/clv/clvFit';
import { DEFAULT_CLV_SETTINGS } from '../../lib/engine/clv/clvSettings';
import { CliError } from '../args';
import { loadBehaviour } from '../loadFile';
import {
	clvIssueText,
	droppedRowsNote,
	noCalibrationEnd,
	orCliError,
	parseCalibrationEnd,
	parseModel,
	parseUnit,
	printedModel
} from './fit';
import { parseIntervalOptions, predictIntervals } from './predictIntervals';

export const PREDICT_HELP = `usage: cli predict <file> --model bgnbd|mbgnbd|pareto-nbd --horizon N
               [--unit day|week|month] [--calibration-end YYYY-MM-DD]
               [--discount-rate R] [--discount-per month|year] [--margin M]
Fits the model (and Gamma-Gamma for spend when the file has amounts) to the purchases up to
the calibration end (default: the whole file) and predicts each customer from that day on.
--horizon N is in the chosen --unit (default week). CLV is discounted once per calendar month,
so N units are converted to calendar months (1 month = 365.25/12 days: 52 weeks = 11.96
months) and rounded to whole months; expected purchases cover the same rounded horizon.
--discount-rate R per month (default 0.01), or per year with --discount-per year.
--margin M is the profit share of spend, 0..1 (default 1: revenue CLV).
--intervals L (e.g. 0.9) adds low–high bounds per customer (expectedPurchasesLow/High, pAliveLow/
High, clvLow/High) and parameter intervals from the fitted parameters' uncertainty: the delta
method, or --interval-method bootstrap [--draws N (200)] [--seed S (1)] (transaction files only).
A customer summary file (see cli fit --help) is predicted from the end of its observation;
--unit is then the unit of its recency and T.
Prints {model, input, unit, params, horizonMonths, horizonUnits, warnings, customers:
[{customerId, x, tx, T, expectedPurchases, pAlive, expectedSpend, clv}]}; spend and clv are null
without amounts.`;

function numberOption(options: Record<string, string>, name: string): number | undefined {
	const v = options[name];
	if (v === undefined) return undefined;
	const n = Number(v);
	if (v.trim() === '' || !Number.isFinite(n))
		throw new CliError(`--${name} "${v}" is not a number`);
	return n;
}

/** N units as whole calendar months (at least 1 for a positive horizon). */
export function horizonMonths(n: number, unit: ClvUnit): number {
	const months = n / unitsPerMonth(unit);
	return n > 0 ? Math.max(1, Math.round(months)) : 0;
}

const orNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** predictReport's answer for a customer summary, through the Lifetime value view's analysis. */
export function summaryPredictReport(
	table: SummaryTable,
	o: {
		model: TransactionModelName;
		unit: ClvUnit;
		months: number;
		discountRate: number;
		margin: number;
	}
): PredictReport & { dropped: number } {
	const r = clvSummaryFitResult(table, {
		...DEFAULT_CLV_SETTINGS,
		id: 'cli',
		source: 'summary',
		model: o.model,
		unit: o.unit,
		horizonMonths: o.months,
		marginPct: o.margin * 100,
		discountPct: o.discountRate * 100,
		discountPer: 'month'
	});
	if (!r.fit || !r.customers)
		throw new CliError(clvIssueText(r.fitError ?? { code: 'no_customers', severity: 'error' }));
	const issues = [...r.fit.issues];
	// As for transactions: a spend model that cannot be fitted is a warning (spend and CLV null).
	if (r.spendError && r.data.hasAmounts) issues.push({ ...r.spendError, severity: 'warning' });
	if (r.spendFit) issues.push(...r.spendFit.issues);
	const c = r.customers;
	return {
		model: o.model,
		params: r.fit.params,
		horizonMonths: o.months,
		horizonUnits: o.months * unitsPerMonth(o.unit),
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

export function predictCommand(file: string, options: Record<string, string>) {
	const model = parseModel(options.model, ['bgnbd', 'mbgnbd', 'paretonbd']) as TransactionModelName;
	const unit = parseUnit(options.unit);
	const calibrationEnd = parseCalibrationEnd(options['calibration-end']);
	const horizon = numberOption(options, 'horizon');
	if (horizon === undefined) throw new CliError('--horizon N is required (N in --unit units)');
	if (horizon < 0) throw new CliError('--horizon must be 0 or more');
	const rate = numberOption(options, 'discount-rate') ?? 0.01;
	if (rate < 0) throw new CliError('--discount-rate must be 0 or more');
	const per = (options['discount-per'] ?? 'month').toLowerCase();
	if (per !== 'month' && per !== 'year')
		throw new CliError(`--discount-per "${per}" (use month or year)`);
	const margin = numberOption(options, 'margin') ?? 1;
	if (margin < 0 || margin > 1)
		throw new CliError('--margin is a share of spend between 0 and 1 (e.g. 0.3 for 30 %)');
	const months = horizonMonths(horizon, unit);
	const discountRate = per === 'year' ? Math.pow(1 + rate, 1 / 12) - 1 : rate;
	const data = loadBehaviour(file, options, unit);
	let r: PredictReport & { dropped?: number };
	if (data.kind === 'summary') {
		noCalibrationEnd(options);
		r = summaryPredictReport(data.table, { model, unit, months, discountRate, margin });
	} else
		r = orCliError(() =>
			predictReport(data.table, {
				model,
				unit,
				calibrationEnd,
				horizon: months,
				discountRate,
				margin
			})
		);
	const warnings = [...droppedRowsNote(r.dropped ?? 0), ...r.issues.map(clvIssueText)];
	const io = parseIntervalOptions(options);
	const iv =
		io && data.kind === 'transactions'
			? predictIntervals(
					data.table,
					{
						model,
						unit,
						calibrationEnd,
						horizonUnits: r.horizonUnits,
						months,
						discountRate,
						margin
					},
					io
				)
			: null;
	if (io && !iv)
		warnings.push(
			data.kind === 'summary'
				? 'intervals are computed for transaction files only'
				: 'no intervals: the fit has no invertible Hessian'
		);
	const exact = horizon / unitsPerMonth(unit);
	if (Math.abs(exact - months) > 1e-9)
		warnings.unshift(
			`horizon ${horizon} ${unit}s = ${exact.toFixed(2)} calendar months, rounded to ${months} whole months`
		);
	return {
		model: printedModel(r.model),
		input: data.kind,
		unit,
		params: r.params,
		horizonMonths: r.horizonMonths,
		horizonUnits: r.horizonUnits,
		warnings,
		...(iv
			? {
					intervals: {
						level: iv.intervals.level,
						method: io!.method,
						draws: io!.method === 'bootstrap' ? iv.intervals.draws : null,
						params: iv.intervals.params,
						totalClv: iv.intervals.totalClv
					}
				}
			: {}),
		customers: iv ? r.customers.map((c, i) => ({ ...c, ...iv.bounds[i] })) : r.customers
	};
}
