// Several closed forms have a removable 0/0 at one parameter value (BG/NBD at a = 1, 2F1's
// connection formula at integer c-a-b). Near it we interpolate from four safe points: a cubic
// through v0 ± h and v0 ± 2h is exact to O(h^4) while staying clear of the cancellation at v0.

/** f(v), or within h of v0 the cubic through f at v0 - 2h, v0 - h, v0 + h, v0 + 2h. */
export function aroundSingularity(
	v: number,
	v0: number,
	h: number,
	f: (v: number) => number
): number {
	if (!(Math.abs(v - v0) < h)) return f(v);
	const u = (v - v0) / h;
	const m2 = f(v0 - 2 * h);
	const m1 = f(v0 - h);
	const p1 = f(v0 + h);
	const p2 = f(v0 + 2 * h);
	// Lagrange basis on the nodes -2, -1, 1, 2.
	const l0 = ((u + 1) * (u - 1) * (u - 2)) / -12;
	const l1 = ((u + 2) * (u - 1) * (u - 2)) / 6;
	const l2 = ((u + 2) * (u + 1) * (u - 2)) / -6;
	const l3 = ((u + 2) * (u + 1) * (u - 1)) / 12;
	return m2 * l0 + m1 * l1 + p1 * l2 + p2 * l3;
}
