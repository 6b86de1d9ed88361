// Pareto and Lorenz curve points for charts. Pareto: customers from the most valuable down
// (x = share of customers, y = share of value). Lorenz: from the least valuable up. Both are
// thinned to at most `maxPoints` evenly spaced customer counts, always with both ends.
import { SegmentsError } from '../customers/segmentsIssue';

export interface CurvePoint {
	customerShare: number;
	valueShare: number;
}

export function concentrationCurves(
	values: ArrayLike<number>,
	maxPoints = 201
): { pareto: CurvePoint[]; lorenz: CurvePoint[] } {
	const n = values.length;
	if (n === 0) throw new SegmentsError({ code: 'no_customers' });
	const sorted = Float64Array.from(values).sort();
	// Prefix sums of the ascending values; the descending prefix is total minus a suffix.
	const prefix = new Float64Array(n + 1);
	for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + sorted[i];
	const total = prefix[n];
	if (!(total > 0)) throw new SegmentsError({ code: 'non_positive_total', params: { total } });
	const steps = Math.max(1, Math.min(n, maxPoints - 1));
	const pareto: CurvePoint[] = [];
	const lorenz: CurvePoint[] = [];
	for (let k = 0; k <= steps; k++) {
		const i = Math.round((k * n) / steps);
		lorenz.push({ customerShare: i / n, valueShare: prefix[i] / total });
		pareto.push({ customerShare: i / n, valueShare: (total - prefix[n - i]) / total });
	}
	return { pareto, lorenz };
}
