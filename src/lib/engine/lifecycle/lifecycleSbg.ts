// The shifted-beta-geometric retention model for contractual data the user types or pastes:
// fit on the first N periods, project over every period typed (Fader & Hardie 2007).
import { sbgFit, sbgProject } from '../../analytics/lifecycle';
import { AnalysisProblem } from '../context';
import { lifecycleRun } from './lifecycleBase';
import type { SbgResult } from './lifecycleResult';

const cache = new Map<string, SbgResult>();

export function lifecycleSbg(_ctx: unknown, params: Record<string, unknown>): SbgResult {
	const raw = Array.isArray(params.survivors) ? params.survivors : [];
	const survivors = raw.map((v) => Number(v));
	if (survivors.length < 3 || survivors.some((v) => !Number.isFinite(v)))
		throw new AnalysisProblem('lifecycle.issue.too_few_periods', {
			periods: Math.max(0, survivors.length - 1),
			grain: 'period'
		});
	const last = survivors.length - 1;
	const asked = Math.round(Number(params.fitPeriods));
	const fitPeriods = Number.isFinite(asked) ? Math.min(last, Math.max(2, asked)) : last;
	const key = `${fitPeriods}|${survivors.join(',')}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const fit = lifecycleRun(() => sbgFit(survivors.slice(0, fitPeriods + 1)));
	const result: SbgResult = {
		fitPeriods,
		fit,
		projection: sbgProject(fit.alpha, fit.beta, survivors[0], last),
		survivors
	};
	if (cache.size > 32) cache.delete(cache.keys().next().value as string);
	cache.set(key, result);
	return result;
}
