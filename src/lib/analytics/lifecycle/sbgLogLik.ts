// Shifted-beta-geometric model (Fader & Hardie 2007, "How to project customer retention"):
// each customer churns at the end of a period with probability θ, θ ~ Beta(α, β) across
// customers. P(T = 1) = α/(α+β), P(T = t) = P(T = t−1)·(β+t−2)/(α+β+t−1), S(t) = S(t−1) − P(T = t).

/** P(T = t) for t = 1..periods (index 0 holds t = 1). */
export function sbgChurnProbabilities(alpha: number, beta: number, periods: number): Float64Array {
	const p = new Float64Array(periods);
	if (periods === 0) return p;
	p[0] = alpha / (alpha + beta);
	for (let t = 2; t <= periods; t++)
		p[t - 1] = (p[t - 2] * (beta + t - 2)) / (alpha + beta + t - 1);
	return p;
}

/** S(t) for t = 0..periods: the share still a customer after t periods (S(0) = 1). */
export function sbgSurvival(alpha: number, beta: number, periods: number): Float64Array {
	const p = sbgChurnProbabilities(alpha, beta, periods);
	const s = new Float64Array(periods + 1);
	s[0] = 1;
	for (let t = 1; t <= periods; t++) s[t] = s[t - 1] - p[t - 1];
	return s;
}

/** Retention rate r(t) = S(t)/S(t−1) = (β+t−1)/(α+β+t−1) for t = 1..periods (index 0 = t 1). */
export function sbgRetention(alpha: number, beta: number, periods: number): Float64Array {
	const r = new Float64Array(periods);
	for (let t = 1; t <= periods; t++) r[t - 1] = (beta + t - 1) / (alpha + beta + t - 1);
	return r;
}

/**
 * Log-likelihood of survivors s_0..s_n (counts or shares): those lost in period t churned at
 * T = t, the s_n still active are right-censored: Σ (s_{t−1} − s_t) ln P(T = t) + s_n ln S(n).
 */
export function sbgLogLik(alpha: number, beta: number, survivors: ArrayLike<number>): number {
	if (!(alpha > 0 && beta > 0)) return -Infinity;
	const n = survivors.length - 1;
	const p = sbgChurnProbabilities(alpha, beta, n);
	let ll = 0;
	let s = 1;
	for (let t = 1; t <= n; t++) {
		const lost = survivors[t - 1] - survivors[t];
		if (lost > 0) ll += lost * Math.log(p[t - 1]);
		s -= p[t - 1];
	}
	if (survivors[n] > 0) ll += survivors[n] * Math.log(s);
	return ll;
}
