import { describe, expect, it } from 'vitest';
import { LifecycleError } from './lifecycleIssue';
import { sbgFit } from './sbgFit';
import { sbgChurnProbabilities, sbgLogLik, sbgRetention, sbgSurvival } from './sbgLogLik';
import { sbgProject } from './sbgProject';

// Fader & Hardie (2007), survivors out of 1,000 for years 0–12 (REFERENCES.md).
const REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173];
const HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394];

describe('sBG formulas by hand', () => {
	// α = β = 1 (θ uniform): P(T = t) = 1/(t(t+1)), S(t) = 1/(t+1), r(t) = t/(t+1).
	const cases = [
		{ t: 1, p: 1 / 2, s: 1 / 2, r: 1 / 2 },
		{ t: 2, p: 1 / 6, s: 1 / 3, r: 2 / 3 },
		{ t: 3, p: 1 / 12, s: 1 / 4, r: 3 / 4 }
	];
	const p = sbgChurnProbabilities(1, 1, 3);
	const s = sbgSurvival(1, 1, 3);
	const r = sbgRetention(1, 1, 3);
	it.each(cases)('t = $t', ({ t, p: pt, s: st, r: rt }) => {
		expect(p[t - 1]).toBeCloseTo(pt, 14);
		expect(s[t]).toBeCloseTo(st, 14);
		expect(r[t - 1]).toBeCloseTo(rt, 14);
	});
	it('log-likelihood of 4 → 2 → 1 at α = β = 1', () => {
		// 2 lost in period 1 (ln 1/2 each), 1 in period 2 (ln 1/6), 1 still active (ln S(2) = ln 1/3).
		expect(sbgLogLik(1, 1, [4, 2, 1])).toBeCloseTo(
			2 * Math.log(1 / 2) + Math.log(1 / 6) + Math.log(1 / 3),
			12
		);
	});
	it('α = 2, β = 3: P(1) = 2/5, P(2) = 2/5 · 3/6 = 1/5, r(2) = 4/6', () => {
		const p = sbgChurnProbabilities(2, 3, 2);
		expect(p[0]).toBeCloseTo(0.4, 14);
		expect(p[1]).toBeCloseTo(0.2, 14);
		expect(sbgRetention(2, 3, 2)[1]).toBeCloseTo(4 / 6, 14);
	});
});

describe('sbgFit reproduces Fader & Hardie (2007), years 0–7', () => {
	const cases = [
		{ name: 'Regular', survivors: REGULAR.slice(0, 8), alpha: 0.704, beta: 1.182 },
		{ name: 'High end', survivors: HIGH_END.slice(0, 8), alpha: 0.668, beta: 3.806 }
	];
	it.each(cases)('$name → α $alpha, β $beta', ({ survivors, alpha, beta }) => {
		const fit = sbgFit(survivors);
		expect(fit.converged).toBe(true);
		expect(fit.alpha.toFixed(3)).toBe(alpha.toFixed(3));
		expect(fit.beta.toFixed(3)).toBe(beta.toFixed(3));
		expect(fit.periods).toBe(7);
		expect(fit.issues).toEqual([]);
		// A maximum: nudging either parameter lowers the likelihood.
		for (const [da, db] of [
			[0.01, 0],
			[-0.01, 0],
			[0, 0.01],
			[0, -0.01]
		])
			expect(sbgLogLik(fit.alpha + da, fit.beta + db, survivors)).toBeLessThan(fit.logLik);
	});
	it('projection of Regular tracks the held-out years 8–12 within 5 %', () => {
		// The paper's point: the fitted model extrapolates well (their Figure 3).
		const fit = sbgFit(REGULAR.slice(0, 8));
		const proj = sbgProject(fit.alpha, fit.beta, 1000, 12);
		for (let t = 8; t <= 12; t++)
			expect(Math.abs(proj.survivors[t] / REGULAR[t] - 1)).toBeLessThan(0.05);
		// Retention rises with tenure.
		for (let t = 1; t < 12; t++) expect(proj.retention[t]).toBeGreaterThan(proj.retention[t - 1]);
		expect(proj.survivors[0]).toBe(1000);
	});
});

describe('sbgFit at the edges', () => {
	it('constant churn (10 % a period) drives α and β up together: flagged, ratio kept', () => {
		// Homogeneous churn θ = 0.1 is the limit α, β → ∞ with α/(α+β) = 0.1.
		const fit = sbgFit([100, 90, 81, 72.9, 65.61, 59.049]);
		expect(fit.alpha / (fit.alpha + fit.beta)).toBeCloseTo(0.1, 3);
		expect(fit.issues.map((i) => i.code)).toContain('fit_at_bound');
	});
	it('rising churn (1 of 5, then 3 of 4) cannot be matched and is flagged', () => {
		expect(sbgFit([5, 4, 1]).issues.length).toBeGreaterThan(0);
	});
});

describe('sbgFit degenerate input', () => {
	const cases = [
		{ name: 'one period', survivors: [100, 50], code: 'too_few_periods' },
		{ name: 'increasing', survivors: [100, 50, 60], code: 'bad_survivors' },
		{ name: 'negative', survivors: [100, -1, -2], code: 'bad_survivors' },
		{ name: 'nobody lost', survivors: [100, 100, 100], code: 'fit_failed' },
		{ name: 'all lost at once', survivors: [100, 0, 0], code: 'fit_failed' }
	];
	it.each(cases)('$name → $code', ({ survivors, code }) => {
		try {
			sbgFit(survivors);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(LifecycleError);
			expect((e as LifecycleError).issue.code).toBe(code);
		}
	});
});
