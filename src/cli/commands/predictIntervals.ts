// `cli predict … --intervals LEVEL [--interval-method delta|bootstrap] [--draws N] [--seed S]`:
// low–high bounds for each customer's expected purchases, P(alive) and CLV, from the fitted
// parameters' uncertainty (see analytics/clv/clvIntervals.ts). The fit is repeated here on the
// same summary (deterministic, so it is the fit predict printed) to keep predict.ts untouched.
import {
	clvDeltaIntervals,
	clvIntervals,
	fitGammaGamma,
	fitTransactionModel,
	type ClvIntervals,
	type ClvUnit,
	type TransactionModelName
} from '../../lib/analytics/clv';
import { reportSummary } from '../../lib/analytics/clv/fitReport';
import type { TransactionTable } from '../../lib/analytics/types';
import { CliError } from '../args';

export interface IntervalOptions {
	level: number;
	method: 'delta' | 'bootstrap';
	draws: number;
	seed: number;
}

/** Null when --intervals is not given. */
export function parseIntervalOptions(options: Record<string, string>): IntervalOptions | null {
	const v = options.intervals;
	if (v === undefined) return null;
	const level = v === 'true' ? 0.9 : Number(v);
	if (!(level > 0 && level < 1))
		throw new CliError(`--intervals "${v}" is a coverage between 0 and 1 (e.g. 0.9)`);
	const method = (options['interval-method'] ?? 'delta').toLowerCase();
	if (method !== 'delta' && method !== 'bootstrap')
		throw new CliError(`--interval-method "${method}" (use delta or bootstrap)`);
	const draws = Number(options.draws ?? 200);
	if (!Number.isInteger(draws) || draws < 20)
		throw new CliError(`--draws "${options.draws}" must be a whole number of at least 20`);
	const seed = Number(options.seed ?? 1);
	if (!Number.isInteger(seed)) throw new CliError(`--seed "${options.seed}" is not a whole number`);
	return { level, method, draws, seed };
}

export interface CustomerBounds {
	expectedPurchasesLow: number;
	expectedPurchasesHigh: number;
	pAliveLow: number;
	pAliveHigh: number;
	clvLow: number | null;
	clvHigh: number | null;
}

const orNull = (v: number) => (Number.isFinite(v) ? v : null);

export function predictIntervals(
	table: TransactionTable,
	o: {
		model: TransactionModelName;
		unit: ClvUnit;
		calibrationEnd?: number;
		horizonUnits: number;
		/** CLV summed unit by unit up to horizonUnits (as the point estimate), not by month. */
		exactUnits?: boolean;
		months: number;
		discountRate: number;
		margin: number;
	},
	io: IntervalOptions
): { intervals: ClvIntervals; bounds: CustomerBounds[] } | null {
	const s = reportSummary(table, o.unit, o.calibrationEnd);
	const f = fitTransactionModel(s, o.model);
	if (!f.ok) return null;
	const gg = s.hasAmounts ? fitGammaGamma(s) : null;
	const spend = gg?.ok ? gg.fit : null;
	const opts = {
		horizon: o.horizonUnits,
		forecast: {
			months: o.months,
			unit: o.unit,
			discountRate: o.discountRate,
			...(o.exactUnits ? { units: o.horizonUnits } : {})
		},
		margin: o.margin,
		level: io.level,
		draws: io.draws,
		seed: io.seed
	};
	const iv =
		io.method === 'bootstrap'
			? clvIntervals(s, f.fit, spend, opts)
			: clvDeltaIntervals(s, f.fit, spend, opts);
	if (!iv) return null;
	const bounds = Array.from({ length: s.length }, (_, i) => ({
		expectedPurchasesLow: iv.purchasesLower[i],
		expectedPurchasesHigh: iv.purchasesUpper[i],
		pAliveLow: iv.aliveLower[i],
		pAliveHigh: iv.aliveUpper[i],
		clvLow: orNull(iv.clvLower[i]),
		clvHigh: orNull(iv.clvUpper[i])
	}));
	return { intervals: iv, bounds };
}
