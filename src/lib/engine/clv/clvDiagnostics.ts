// The Lifetime value page's diagnostics, beside its fit (clvFit) and on the same cached
// calibration summary: the three purchase models compared (clvCompare), and intervals on each
// customer's expected purchases, P(alive) and CLV by the delta method (clvIntervals).
// A customer summary has no holdout: the comparison then ranks by BIC alone.
import {
	clvDeltaIntervals,
	compareModels,
	type ClvIntervals,
	type ModelComparison
} from '../../analytics/clv';
import type { AnalysisContext } from '../context';
import { clvBundle } from './clvBundle';
import { clvForecastOptions, clvHorizon } from './clvHorizon';
import { clvSettingsFrom, monthlyDiscount, resolveCalibrationEnd } from './clvSettings';
import { clvSummaryBundle } from './clvSummaryBundle';

/** Central coverage of the intervals the page shows. */
export const INTERVAL_LEVEL = 0.9;

const compared = new WeakMap<object, Map<string, ModelComparison>>();

async function bundleFor(ctx: AnalysisContext, params: Record<string, unknown>) {
	const s = clvSettingsFrom(params);
	if (s.source === 'summary') {
		const b = clvSummaryBundle(await ctx.summary(s.id), s.model, s.unit);
		return { s, b, owner: b.summary as object };
	}
	const table = await ctx.transactions(s.id);
	const cal = resolveCalibrationEnd(s, table);
	return { s, b: clvBundle(table, s.model, s.unit, cal.end), owner: table as object };
}

export interface ClvCompareResult extends ModelComparison {
	calibrationEnd: number;
}

export async function clvCompare(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<ClvCompareResult> {
	const { s, b, owner } = await bundleFor(ctx, params);
	let m = compared.get(owner);
	if (!m) compared.set(owner, (m = new Map()));
	const key = `${s.unit}|${b.summary.calibrationEnd}`;
	let c = m.get(key);
	if (!c) {
		c = compareModels(b.summary);
		m.set(key, c);
	}
	return { ...c, calibrationEnd: b.summary.calibrationEnd };
}

/** Null when the model could not be fitted or its Hessian is not invertible. */
export async function clvIntervals(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<ClvIntervals | null> {
	const { s, b } = await bundleFor(ctx, params);
	if (!b.fit) return null;
	return clvDeltaIntervals(b.summary, b.fit, s.spend === 'gammagamma' ? b.spendFit : null, {
		horizon: clvHorizon(s).units,
		forecast: clvForecastOptions(s, monthlyDiscount(s)),
		margin: s.marginPct / 100,
		level: INTERVAL_LEVEL
	});
}
