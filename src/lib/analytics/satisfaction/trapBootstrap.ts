// The satisfaction-trap reading with its uncertainty: respondents are resampled with replacement
// (seeded), the quadratic is refitted, and percentile intervals are taken for the curvature b2,
// the marginal effects at the 10th and 90th satisfaction percentiles (held at the sample's
// values), their ratio, and the fitted loyalty at the 90th percentile against average loyalty.
// The reading is three-way, so a single fit never decides it:
//  'consistent'  — every trap condition holds across the interval (concave for sure, most
//                  customers satisfied, the high-end slope at most flatShare of a positive
//                  low-end slope, loyalty there within nearAverage of average);
//  'not_a_trap'  — some condition fails across the whole interval (or the median is below the
//                  satisfied threshold);
//  'cannot_tell' — otherwise.
// It describes an association in the answers, not a cause.
import { mulberry32 } from '../mulberry32';
import { quadraticFit } from './quadraticFit';
import { quantile } from './quantile';

export interface TrapInterval {
	reading: 'consistent' | 'not_a_trap' | 'cannot_tell';
	level: number;
	draws: number;
	/** Percentile intervals over the draws (draws whose fit failed are left out). */
	curvature: [number, number];
	slopeLow: [number, number];
	slopeHigh: [number, number];
	/** slopeHigh / slopeLow, over draws with a positive low slope. */
	ratio: [number, number] | null;
	gapAtHigh: [number, number];
	/** Where the slopes are read (satisfaction points) and the median satisfaction. */
	at: { low: number; high: number; median: number };
}

export interface TrapIntervalOptions {
	draws?: number;
	seed?: number;
	level?: number;
	highSatisfaction?: number;
	flatShare?: number;
	nearAverage?: number;
}

function percentiles(values: number[], level: number): [number, number] {
	const a = Float64Array.from(values).sort();
	const lo = (1 - level) / 2;
	const pick = (p: number) => {
		const h = (a.length - 1) * p;
		const i = Math.floor(h);
		return a[i] + (h - i) * ((a[Math.min(a.length - 1, i + 1)] ?? a[i]) - a[i]);
	};
	return [pick(lo), pick(1 - lo)];
}

/** Null when fewer than 10 complete pairs or no draw could be fitted. */
export function trapBootstrap(
	satisfaction: Float64Array,
	loyalty: Float64Array,
	o: TrapIntervalOptions = {}
): TrapInterval | null {
	const draws = o.draws ?? 500;
	const level = o.level ?? 0.95;
	const { highSatisfaction = 7, flatShare = 0.25, nearAverage = 1 } = o;
	const xs: number[] = [];
	const ys: number[] = [];
	for (let i = 0; i < satisfaction.length; i++)
		if (!Number.isNaN(satisfaction[i]) && !Number.isNaN(loyalty[i])) {
			xs.push(satisfaction[i]);
			ys.push(loyalty[i]);
		}
	const n = xs.length;
	if (n < 10) return null;
	const x0 = Float64Array.from(xs);
	const at = { low: quantile(x0, 0.1), high: quantile(x0, 0.9), median: quantile(x0, 0.5) };
	const random = mulberry32(o.seed ?? 1);
	const bx = new Float64Array(n);
	const by = new Float64Array(n);
	const curv: number[] = [];
	const sLow: number[] = [];
	const sHigh: number[] = [];
	const ratio: number[] = [];
	const gap: number[] = [];
	for (let b = 0; b < draws; b++) {
		let sum = 0;
		for (let i = 0; i < n; i++) {
			const j = Math.floor(random() * n);
			bx[i] = xs[j];
			by[i] = ys[j];
			sum += ys[j];
		}
		const fit = quadraticFit(bx, by);
		if ('code' in fit) continue;
		const [b0, b1, b2] = fit.coefficients;
		const lowSlope = b1 + 2 * b2 * at.low;
		const highSlope = b1 + 2 * b2 * at.high;
		curv.push(b2);
		sLow.push(lowSlope);
		sHigh.push(highSlope);
		if (lowSlope > 0) ratio.push(highSlope / lowSlope);
		gap.push(b0 + b1 * at.high + b2 * at.high * at.high - sum / n);
	}
	if (curv.length === 0) return null;
	const curvature = percentiles(curv, level);
	const slopeLow = percentiles(sLow, level);
	const slopeHigh = percentiles(sHigh, level);
	// A ratio needs a positive low slope in (nearly) every draw to be read at all.
	const r = ratio.length >= 0.975 * curv.length ? percentiles(ratio, level) : null;
	const gapAtHigh = percentiles(gap, level);
	const satisfied = at.median >= highSatisfaction;
	const consistent =
		curvature[1] < 0 &&
		satisfied &&
		slopeLow[0] > 0 &&
		r !== null &&
		r[1] <= flatShare &&
		gapAtHigh[0] >= -nearAverage &&
		gapAtHigh[1] <= nearAverage;
	const against =
		!satisfied ||
		curvature[0] > 0 ||
		(r !== null && r[0] > flatShare) ||
		gapAtHigh[0] > nearAverage ||
		gapAtHigh[1] < -nearAverage;
	return {
		reading: consistent ? 'consistent' : against ? 'not_a_trap' : 'cannot_tell',
		level,
		draws: curv.length,
		curvature,
		slopeLow,
		slopeHigh,
		ratio: r,
		gapAtHigh,
		at
	};
}
