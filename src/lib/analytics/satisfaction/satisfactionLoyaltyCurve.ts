// Loyalty against a satisfaction score (both 0–10): mean loyalty per satisfaction level with its
// 95 % interval, a least-squares quadratic through the respondents, and what its bend says.
// Curvature: 'diminishing' (concave, b2 < 0) or 'increasing' (convex, b2 > 0) when |b2| is at
// least 1.96 standard errors, else 'linear'. Marginal effects b1 + 2 b2 x are read at the 10th and
// 90th percentiles of satisfaction, inside the data rather than at the scale's ends.
import { binnedMeans, type Bin } from './binnedMeans';
import { quadraticFit } from './quadraticFit';
import { quantile } from './quantile';
import type { SatisfactionIssue } from './satisfactionIssue';

export type Curvature = 'diminishing' | 'increasing' | 'linear';

export interface SatisfactionLoyaltyCurve {
	bins: Bin[];
	/** Quadratic fit: loyalty = b0 + b1 s + b2 s². */
	coefficients: [number, number, number];
	se: [number, number, number];
	r2: number;
	n: number;
	curvature: Curvature;
	/** Satisfaction at the 10th, 50th and 90th percentiles of the respondents. */
	satisfactionQuantiles: { p10: number; p50: number; p90: number };
	/** Slope of the fitted curve (loyalty points per satisfaction point). */
	marginal: { low: { at: number; slope: number }; high: { at: number; slope: number } };
	/** Mean loyalty of the respondents in the fit: the reference line of the textbook charts. */
	averageLoyalty: number;
	/** The fitted curve sampled at 21 points across the observed satisfaction range. */
	fitted: { x: number; y: number }[];
}

export function satisfactionLoyaltyCurve(
	satisfaction: Float64Array,
	loyalty: Float64Array,
	binWidth = 1
): SatisfactionLoyaltyCurve | SatisfactionIssue {
	if (satisfaction.length !== loyalty.length) return { code: 'length_mismatch' };
	const fit = quadraticFit(satisfaction, loyalty);
	if ('code' in fit) return fit;
	const [b0, b1, b2] = fit.coefficients;
	const both = satisfaction.map((s, i) => (Number.isNaN(loyalty[i]) ? NaN : s));
	let sumLoyalty = 0;
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < both.length; i++) {
		if (Number.isNaN(both[i])) continue;
		sumLoyalty += loyalty[i];
		min = Math.min(min, both[i]);
		max = Math.max(max, both[i]);
	}
	const p10 = quantile(both, 0.1);
	const p50 = quantile(both, 0.5);
	const p90 = quantile(both, 0.9);
	const curve = (x: number) => b0 + b1 * x + b2 * x * x;
	const slope = (x: number) => b1 + 2 * b2 * x;
	const bent = Math.abs(b2) >= 1.959963984540054 * fit.se[2] && b2 !== 0;
	return {
		bins: binnedMeans(satisfaction, loyalty, binWidth),
		coefficients: fit.coefficients,
		se: fit.se,
		r2: fit.r2,
		n: fit.n,
		curvature: !bent ? 'linear' : b2 < 0 ? 'diminishing' : 'increasing',
		satisfactionQuantiles: { p10, p50, p90 },
		marginal: { low: { at: p10, slope: slope(p10) }, high: { at: p90, slope: slope(p90) } },
		averageLoyalty: sumLoyalty / fit.n,
		fitted: Array.from({ length: 21 }, (_, k) => {
			const x = min + ((max - min) * k) / 20;
			return { x, y: curve(x) };
		})
	};
}
