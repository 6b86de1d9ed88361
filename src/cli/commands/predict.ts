// `cli predict <file> --model … --horizon N`: per-customer expected purchases, P(alive),
// Gamma-Gamma expected spend and CLV. --horizon N is exactly N model units (39 weeks stay 39
// weeks; CLV discounts each unit at its time in months); --horizon-months M is M calendar months
// (discounted month by month, as published). A customer summary is predicted by the Lifetime
// value view's own analysis, from the end of its observation, with the same two horizons.
// Not through engine/registry's `runAnalysis`: this command is synchronous (runCommand, and its
// tests unchanged, call it without await) and every registered analysis is async. It calls what
// the app's `clvFit` and `clvValues` run; a customer summary already goes through the engine's
// `clvSummaryFitResult` (tested equal to the page by predictMatchesPage.test.ts).
import {
	predictReport,
	unitsPerMonth,
	type ClvUnit,
	type PredictReport,
	type TransactionModelName
} from '../../lib/analytics/clv';
import type { SummaryTable } from '../../lib/analytics/types';
import { clvSummaryFitResult } from '../../lib/engine/clv/clvFit';
import { wholeMonths } from '../../lib/engine/clv/clvHorizon';
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

export const PREDICT_HELP = `usage: cli predict <file> --model bgnbd|mbgnbd|pareto-nbd
               (--horizon N | --horizon-months M)
               [--unit day|week|month] [--calibration-end YYYY-MM-DD]
               [--discount-rate R] [--discount-per month|year] [--margin M]
Fits the model (and Gamma-Gamma for spend when the file has amounts) to the purchases up to
the calibration end (default: the whole file) and predicts each customer from that day on.
--horizon N is exactly N of the chosen --unit (default week): 39 weeks are 39 weeks. CLV sums the
expected purchases unit by unit and discounts each at its time in months (1 month = 365.25/12
days = 4.348 weeks). --horizon-months M is M calendar months instead, discounted once per month
(the published CDNOW CLVs use 12 months). Both work for a customer summary too.
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

/** N units as whole calendar months (at least 1 for a positive horizon), as the page rounds them. */
export function horizonMonths(n: number, unit: ClvUnit): number {
	return wholeMonths(n, unit);
}

const orNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** predictReport's answer for a customer summary, through the Lifetime value view's analysis. */
export function summaryPredictReport(
	table: SummaryTable,
	o: {
		model: TransactionModelName;
		unit: ClvUnit;
		months: number;
		/** Exactly this many model units instead of `months` calendar months. */
		units?: number;
		discountRate: number;
		margin: number;
	}
): PredictReport & { dropped: number } {
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

export function predictCommand(file: string, options: Record<string, string>) {
	const model = parseModel(options.model, ['bgnbd', 'mbgnbd', 'paretonbd']) as TransactionModelName;
	const unit = parseUnit(options.unit);
	const calibrationEnd = parseCalibrationEnd(options['calibration-end']);
	const units = numberOption(options, 'horizon');
	const monthsGiven = numberOption(options, 'horizon-months');
	if (units === undefined && monthsGiven === undefined)
		throw new CliError('--horizon N is required (N in --unit units), or --horizon-months M');
	if (units !== undefined && monthsGiven !== undefined)
		throw new CliError('give --horizon N (units) or --horizon-months M, not both');
	if ((units ?? 0) < 0 || (monthsGiven ?? 0) < 0) throw new CliError('--horizon must be 0 or more');
	if (monthsGiven !== undefined && !Number.isInteger(monthsGiven))
		throw new CliError('--horizon-months must be a whole number of months');
	const rate = numberOption(options, 'discount-rate') ?? 0.01;
	if (rate < 0) throw new CliError('--discount-rate must be 0 or more');
	const per = (options['discount-per'] ?? 'month').toLowerCase();
	if (per !== 'month' && per !== 'year')
		throw new CliError(`--discount-per "${per}" (use month or year)`);
	const margin = numberOption(options, 'margin') ?? 1;
	if (margin < 0 || margin > 1)
		throw new CliError('--margin is a share of spend between 0 and 1 (e.g. 0.3 for 30 %)');
	// Calendar months: given, or N units rounded (only for labels; units are stepped exactly).
	const months = monthsGiven ?? horizonMonths(units!, unit);
	const discountRate = per === 'year' ? Math.pow(1 + rate, 1 / 12) - 1 : rate;
	const data = loadBehaviour(file, options, unit);
	let r: PredictReport & { dropped?: number };
	const warnings: string[] = [];
	if (data.kind === 'summary') {
		noCalibrationEnd(options);
		r = summaryPredictReport(data.table, {
			model,
			unit,
			months,
			...(units !== undefined ? { units } : {}),
			discountRate,
			margin
		});
	} else
		r = orCliError(() =>
			predictReport(data.table, {
				model,
				unit,
				calibrationEnd,
				horizon: months,
				...(units !== undefined ? { horizonUnits: units } : {}),
				discountRate,
				margin
			})
		);
	warnings.push(...droppedRowsNote(r.dropped ?? 0), ...r.issues.map(clvIssueText));
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
						// The point CLV stepped in exact units when --horizon was given: so do its bounds.
						exactUnits: units !== undefined,
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
