// `cli predict <file> --model … --horizon N`: per-customer expected purchases, P(alive),
// Gamma-Gamma expected spend and CLV. --horizon N is exactly N model units (39 weeks stay 39
// weeks; CLV discounts each unit at its time in months); --horizon-months M is M calendar months
// (discounted month by month, as published). Runs the engine registry's `clvPredictReport` (a
// customer summary through the Lifetime value view's own analysis, tested equal to the page by
// predictMatchesPage.test.ts) and, with --intervals, `clvPredictIntervals`.
import type { ClvUnit, TransactionModelName } from '../../lib/analytics/clv';
import { wholeMonths } from '../../lib/engine/clv/clvHorizon';
import { runAnalysis } from '../../lib/engine/registry';
import { CliError } from '../args';
import { loadBehaviour } from '../loadFile';
import { nodeContext } from '../nodeContext';
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
import { parseIntervalOptions } from './predictIntervals';

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

export async function predictCommand(file: string, options: Record<string, string>) {
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
	if (data.kind === 'summary') noCalibrationEnd(options);
	const ctx = nodeContext(data);
	const r = await orCliError(() =>
		runAnalysis(ctx, 'clvPredictReport', {
			id: file,
			source: data.kind,
			model,
			unit,
			calibrationEnd,
			months,
			...(units !== undefined ? { units } : {}),
			discountRate,
			margin
		})
	);
	const warnings = [...droppedRowsNote(r.dropped), ...r.issues.map(clvIssueText)];
	const io = parseIntervalOptions(options);
	const iv =
		io && data.kind === 'transactions'
			? await runAnalysis(ctx, 'clvPredictIntervals', {
					id: file,
					model,
					unit,
					calibrationEnd,
					horizonUnits: r.horizonUnits,
					// The point CLV stepped in exact units when --horizon was given: so do its bounds.
					exactUnits: units !== undefined,
					months,
					discountRate,
					margin,
					...io
				})
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
