// BG/NBD and MBG/NBD predictions (Fader, Hardie & Lee 2005, eq. 9 and 10; Batislam et al. 2007).
// Both expectations contain (1-z)^(r+x) 2F1(r+x, b+x+k; a+b+x-1+k; z); Euler's transformation
// turns that into (1-z)^(a-1) 2F1(a+b-1+k-r, a-1; a+b+x-1+k; z), whose parameters stay small
// for any x, so nothing overflows. At a = 1 the closed form is 0/0 and is interpolated.
import { aroundSingularity } from './aroundSingularity';
import type { BgnbdParams } from './clvTypes';
import { logHyp2f1 } from './hyp2f1';

/** (C/(a-1)) · (1 - (1-z)^(a-1) 2F1(a+b-1+k-r, a-1; C; z)), C = a+b+x-1+k, 1-z = w. */
function bracket(p: BgnbdParams, x: number, z: number, w: number, k: number): number {
	const at = (a: number) => {
		const c = a + p.b + x - 1 + k;
		const lf = logHyp2f1(a + p.b - 1 + k - p.r, a - 1, c, z, w);
		return (c / (a - 1)) * -Math.expm1((a - 1) * Math.log(w) + lf);
	};
	return aroundSingularity(p.a, 1, 1e-3, at);
}

/** E[X(t)] for a customer just acquired. */
export function betaGeoExpected(p: BgnbdParams, t: number, modified: boolean): number {
	if (!(t > 0)) return 0;
	const k = modified ? 1 : 0;
	// MBG/NBD's leading factor is b/(a-1), BG/NBD's (a+b-1)/(a-1): rescale the shared bracket.
	const v = bracket(p, 0, t / (p.alpha + t), p.alpha / (p.alpha + t), k);
	return modified ? (v * p.b) / (p.a + p.b) : v;
}

/** P(alive at T | x, t_x, T). */
export function betaGeoPAlive(
	p: BgnbdParams,
	x: number,
	tx: number,
	T: number,
	modified: boolean
): number {
	if (!modified && x === 0) return 1;
	const k = modified ? 1 : 0;
	const logOdds =
		Math.log(p.a) -
		Math.log(p.b + x - 1 + k) +
		(p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx));
	return 1 / (1 + Math.exp(logOdds));
}

/**
 * E[Y(t) | x, t_x, T] / P(alive): the part of the conditional expectation that does not depend
 * on t_x, so customers sharing (x, T) share it.
 */
export function betaGeoConditionalIfAlive(
	p: BgnbdParams,
	x: number,
	T: number,
	t: number,
	modified: boolean
): number {
	if (!(t > 0)) return 0;
	const aT = p.alpha + T;
	return bracket(p, x, t / (aT + t), aT / (aT + t), modified ? 1 : 0);
}

/** E[Y(t) | x, t_x, T]: expected repeat purchases in the next t units. */
export function betaGeoConditional(
	p: BgnbdParams,
	x: number,
	tx: number,
	T: number,
	t: number,
	modified: boolean
): number {
	if (!(t > 0)) return 0;
	return betaGeoConditionalIfAlive(p, x, T, t, modified) * betaGeoPAlive(p, x, tx, T, modified);
}
