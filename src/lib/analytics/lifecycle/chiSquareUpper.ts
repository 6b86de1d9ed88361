// Upper tail P(X ≥ x) of a chi-square distribution with df degrees of freedom, i.e. the
// regularised upper incomplete gamma Q(df/2, x/2): power series below a + 1, Lentz's continued
// fraction above (Numerical Recipes §6.2), accurate to about 1e-14 relative.
import { logGamma } from '../clv/logGamma';

export function chiSquareUpper(x: number, df: number): number {
	if (!(df > 0) || Number.isNaN(x)) return NaN;
	if (x <= 0) return 1;
	if (x === Infinity) return 0;
	const a = df / 2;
	const z = x / 2;
	const logPrefix = a * Math.log(z) - z - logGamma(a);
	if (z < a + 1) {
		let term = 1 / a;
		let sum = term;
		for (let n = 1; n < 1000; n++) {
			term *= z / (a + n);
			sum += term;
			if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
		}
		return Math.max(0, 1 - sum * Math.exp(logPrefix));
	}
	const tiny = 1e-300;
	let b = z + 1 - a;
	let c = 1 / tiny;
	let d = 1 / b;
	let h = d;
	for (let i = 1; i < 1000; i++) {
		const an = -i * (i - a);
		b += 2;
		d = an * d + b;
		if (Math.abs(d) < tiny) d = tiny;
		c = b + an / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const delta = d * c;
		h *= delta;
		if (Math.abs(delta - 1) < 1e-16) break;
	}
	return Math.exp(logPrefix) * h;
}
