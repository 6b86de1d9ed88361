// Pareto/NBD log-likelihood (Schmittlein, Morrison & Colombo 1987; closed form as in Fader &
// Hardie's 2005 note):
//   L = Γ(r+x)α^r β^s / Γ(r) · [ (α+T)^-(r+x) (β+T)^-s + s/(r+s+x) · A0 ],
//   A0 = F(t_x)/(m+t_x)^(r+s+x) - F(T)/(m+T)^(r+s+x),  m = max(α, β),
//   F(y) = 2F1(r+s+x, s+1 or r+x; r+s+x+1; |α-β|/(m+y)) (s+1 when α >= β, r+x otherwise).
// A0 is a difference of two positive terms, taken in logs; the bracket by log-sum-exp.
import type { ParetoNbdParams, TransactionRows } from './clvTypes';
import { logHyp2f1 } from './hyp2f1';
import { logGamma } from './logGamma';

/** The two log terms of the bracket for one customer (the first is the "still alive at T" path). */
export function paretoNbdTerms(
	p: ParetoNbdParams,
	x: number,
	tx: number,
	T: number
): { alive: number; dropped: number } {
	const { r, alpha, s, beta } = p;
	const alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
	const rsx = r + s + x;
	const up = alpha >= beta;
	const m = up ? alpha : beta;
	const diff = Math.abs(alpha - beta);
	const b2 = up ? s + 1 : r + x;
	// 1 - z = (min + y)/(m + y), passed exactly so z near 1 keeps its precision.
	const mn = up ? beta : alpha;
	const f1 =
		logHyp2f1(rsx, b2, rsx + 1, diff / (m + tx), (mn + tx) / (m + tx)) - rsx * Math.log(m + tx);
	const f2 =
		logHyp2f1(rsx, b2, rsx + 1, diff / (m + T), (mn + T) / (m + T)) - rsx * Math.log(m + T);
	// ln(e^f1 - e^f2); A0 = 0 when t_x = T.
	const logA0 = f2 < f1 ? f1 + Math.log1p(-Math.exp(f2 - f1)) : -Infinity;
	return { alive, dropped: Math.log(s) - Math.log(rsx) + logA0 };
}

/**
 * ln of the largest likelihood any (λ, μ) gives one customer. Both paths of the individual
 * likelihood, λ^x μ/(λ+μ) e^(-(λ+μ)t_x) and λ^(x+1)/(λ+μ) e^(-(λ+μ)T) with T >= t_x, are at most
 * λ^x e^(-λ t_x) times weights summing to one; that peaks at λ = x/t_x. A gamma mixture over λ
 * and μ cannot exceed the largest value it mixes.
 */
export function rowBound(x: number, tx: number): number {
	if (x === 0) return 0;
	if (!(tx > 0)) return Infinity;
	return x * Math.log(x / tx) - x;
}

/** Total Pareto/NBD log-likelihood over weighted rows (sorted by x so lnΓ(r+x) is reused). */
export function paretoNbdLogLik(p: ParetoNbdParams, rows: TransactionRows): number {
	const head = p.r * Math.log(p.alpha) + p.s * Math.log(p.beta) - logGamma(p.r);
	let cx = NaN;
	let lg = 0;
	let ll = 0;
	for (let i = 0; i < rows.length; i++) {
		const x = rows.x[i];
		if (x !== cx) {
			cx = x;
			lg = logGamma(p.r + x);
		}
		const t = paretoNbdTerms(p, x, rows.tx[i], rows.T[i]);
		const m = Math.max(t.alive, t.dropped);
		const row = head + lg + m + Math.log(Math.exp(t.alive - m) + Math.exp(t.dropped - m));
		// A customer's likelihood is at most sup_λ λ^x e^(-λ t_x) (see rowBound). Far out in the
		// parameter space (r and α past 1e9 on very regular buyers) the hypergeometric terms lose
		// their precision and the sum comes out above that bound, rising without limit: the fit
		// then ran after it for a minute. Such a point is no likelihood at all.
		if (row > rowBound(x, rows.tx[i]) + 1e-9 * (1 + Math.abs(row))) return NaN;
		ll += rows.weight[i] * row;
	}
	return ll;
}
