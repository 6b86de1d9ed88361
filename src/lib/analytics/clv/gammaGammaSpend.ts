// Gamma-Gamma conditional expected spend per transaction: a weighted average of the population
// mean pγ/(q-1) and the customer's own mean, E = p(γ + x z̄)/(px + q - 1).
import type { GammaGammaParams } from './clvTypes';

/** Expected spend per future transaction; x = 0 gives the population mean (Infinity when q <= 1). */
export function gammaGammaSpend(par: GammaGammaParams, x: number, meanSpend: number): number {
	const { p, q, gamma } = par;
	const n = x > 0 && meanSpend > 0 ? x : 0;
	const den = p * n + q - 1;
	if (!(den > 0)) return Infinity;
	return (p * (gamma + n * meanSpend)) / den;
}
