// Maximum-likelihood α, β of the shifted-beta-geometric model from survivors per period. The
// search runs on log α, log β so both stay positive without constraints.
import { LifecycleError, type LifecycleIssue } from './lifecycleIssue';
import { nelderMead } from './nelderMead';
import { sbgLogLik } from './sbgLogLik';

export interface SbgFit {
	alpha: number;
	beta: number;
	logLik: number;
	/** Periods used (survivors.length − 1). */
	periods: number;
	iterations: number;
	converged: boolean;
	/** fit_at_bound when a parameter ran to an extreme value. */
	issues: LifecycleIssue[];
}

/**
 * survivors[0] is the cohort at the start, survivors[t] those still active after t periods; the
 * series must not increase. At least two periods are needed to separate α from β.
 */
export function sbgFit(survivors: ArrayLike<number>): SbgFit {
	const n = survivors.length - 1;
	if (n < 2)
		throw new LifecycleError({
			code: 'too_few_periods',
			params: { periods: Math.max(0, n), grain: 'period' }
		});
	for (let t = 0; t <= n; t++) {
		const ok =
			Number.isFinite(survivors[t]) &&
			survivors[t] >= 0 &&
			(t === 0 ? survivors[0] > 0 : survivors[t] <= survivors[t - 1]);
		if (!ok) throw new LifecycleError({ code: 'bad_survivors', params: { period: t } });
	}
	// Nobody lost, or everybody lost at once: the likelihood has no maximum to find.
	if (survivors[n] === survivors[0] || survivors[1] === 0)
		throw new LifecycleError({ code: 'fit_failed', params: { periods: n } });
	const negLL = (x: number[]) => -sbgLogLik(Math.exp(x[0]), Math.exp(x[1]), survivors);
	// Start at α = β = 1 (uniform θ); restarts inside nelderMead guard against early stalls.
	const r = nelderMead(negLL, [0, 0], { step: 1, fTol: 1e-10, xTol: 1e-8 });
	const alpha = Math.exp(r.x[0]);
	const beta = Math.exp(r.x[1]);
	if (!Number.isFinite(r.f) || !(alpha > 0 && beta > 0 && Number.isFinite(alpha + beta)))
		throw new LifecycleError({ code: 'fit_failed', params: { periods: n } });
	// Runaway parameters: both huge = everyone has the same churn chance (a plain geometric
	// model); one tiny = the data push θ to 0 or 1. The fit is usable but weakly determined.
	const issues: LifecycleIssue[] = [];
	for (const [param, v] of [
		['alpha', alpha],
		['beta', beta]
	] as const)
		if (v > BOUND || v < 1 / BOUND) issues.push({ code: 'fit_at_bound', params: { param } });
	return {
		alpha,
		beta,
		logLik: -r.f,
		periods: n,
		iterations: r.iterations,
		converged: r.converged,
		issues
	};
}

const BOUND = 1e4;
