// Gamma-Gamma assumes spend per transaction is independent of purchase frequency. A Pearson
// correlation between x and mean spend among repeat buyers beyond ±0.3 is worth a warning.
import { clvIssue, type ClvIssue } from './clvTypes';

export const DEPENDENCE_LIMIT = 0.3;

export function spendFrequencyCorrelation(
	x: ArrayLike<number>,
	meanSpend: ArrayLike<number>
): { r: number; n: number; issue: ClvIssue | null } {
	let n = 0;
	let sx = 0;
	let sy = 0;
	for (let i = 0; i < x.length; i++)
		if (x[i] > 0 && meanSpend[i] > 0) {
			n++;
			sx += x[i];
			sy += meanSpend[i];
		}
	if (n < 2) return { r: 0, n, issue: null };
	const mx = sx / n;
	const my = sy / n;
	let cxy = 0;
	let cxx = 0;
	let cyy = 0;
	for (let i = 0; i < x.length; i++)
		if (x[i] > 0 && meanSpend[i] > 0) {
			const dx = x[i] - mx;
			const dy = meanSpend[i] - my;
			cxy += dx * dy;
			cxx += dx * dx;
			cyy += dy * dy;
		}
	// A constant column has no correlation to speak of.
	const r = cxx > 0 && cyy > 0 ? cxy / Math.sqrt(cxx * cyy) : 0;
	const issue =
		Math.abs(r) > DEPENDENCE_LIMIT
			? clvIssue('spend_depends_on_frequency', 'warning', { r: Math.round(r * 1000) / 1000 })
			: null;
	return { r, n, issue };
}
