// ψ(x) = d lnΓ(x)/dx, needed for the analytic gradients of the likelihoods.

/** B_2k / (2k), k = 1..7: ψ(x) ~ ln x - 1/(2x) - Σ B_2k / (2k x^2k). */
const ASYMPTOTIC = [1 / 12, -1 / 120, 1 / 252, -1 / 240, 1 / 132, -691 / 32760, 1 / 12];

/** Digamma; NaN at the poles 0, -1, -2, … */
export function digamma(x: number): number {
	if (Number.isNaN(x) || (x <= 0 && Number.isInteger(x))) return NaN;
	if (x === Infinity) return Infinity;
	// Reflection: ψ(1-x) - ψ(x) = π cot(πx).
	if (x < 0) return digamma(1 - x) - Math.PI / Math.tan(Math.PI * x);
	let shift = 0;
	while (x < 10) {
		shift -= 1 / x;
		x += 1;
	}
	const inv2 = 1 / (x * x);
	let series = 0;
	for (let k = ASYMPTOTIC.length - 1; k >= 0; k--) series = series * inv2 + ASYMPTOTIC[k];
	return shift + Math.log(x) - 0.5 / x - series * inv2;
}
