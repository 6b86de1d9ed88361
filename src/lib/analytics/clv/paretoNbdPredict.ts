// Pareto/NBD predictions (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005 note).
import type { ParetoNbdParams } from './clvTypes';
import { paretoNbdTerms } from './paretoNbdLogLik';

/** (1 - e^((s-1)L)) / (s-1), L < 0, with its limit -L at s = 1 (expm1 keeps it exact near 1). */
function powerIntegral(s: number, L: number): number {
	const e = s - 1;
	return e === 0 ? -L : -Math.expm1(e * L) / e;
}

/** E[X(t)] = rβ/(α(s-1)) · (1 - (β/(β+t))^(s-1)). */
export function paretoNbdExpected(p: ParetoNbdParams, t: number): number {
	if (!(t > 0)) return 0;
	return ((p.r * p.beta) / p.alpha) * powerIntegral(p.s, Math.log(p.beta / (p.beta + t)));
}

export function paretoNbdPAlive(p: ParetoNbdParams, x: number, tx: number, T: number): number {
	const { alive, dropped } = paretoNbdTerms(p, x, tx, T);
	return 1 / (1 + Math.exp(dropped - alive));
}

/** E[Y(t) | x, t_x, T] = (r+x)(β+T)/((α+T)(s-1)) · (1 - ((β+T)/(β+T+t))^(s-1)) · P(alive). */
export function paretoNbdConditional(
	p: ParetoNbdParams,
	x: number,
	tx: number,
	T: number,
	t: number
): number {
	if (!(t > 0)) return 0;
	return paretoNbdConditionalIfAlive(p, x, T, t) * paretoNbdPAlive(p, x, tx, T);
}

/** E[Y(t) | x, t_x, T] / P(alive): independent of t_x, shared by customers with equal (x, T). */
export function paretoNbdConditionalIfAlive(
	p: ParetoNbdParams,
	x: number,
	T: number,
	t: number
): number {
	if (!(t > 0)) return 0;
	const bT = p.beta + T;
	return (((p.r + x) * bT) / (p.alpha + T)) * powerIntegral(p.s, Math.log(bT / (bT + t)));
}
