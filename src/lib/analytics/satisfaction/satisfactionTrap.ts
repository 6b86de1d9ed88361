// The satisfaction trap 客户满意陷阱, made testable. On the curve of loyalty against satisfaction of
// BASIC expectations, we call it a trap when all four hold:
//  1. concave: the curve's curvature is 'diminishing' (b2 < 0, |b2| ≥ 1.96 se);
//  2. satisfied: the median basic satisfaction is at least `highSatisfaction` (default 7 of 10);
//  3. flattened: the slope at the 90th percentile is at most `flatShare` (default ¼) of the slope at
//     the 10th percentile, which must be positive;
//  4. near average: the fitted loyalty at the 90th percentile is within `nearAverage` (default 1
//     point of 10) of average loyalty — more basic satisfaction buys no more than average loyalty.
import type { SatisfactionLoyaltyCurve } from './satisfactionLoyaltyCurve';

export interface TrapOptions {
	highSatisfaction?: number;
	flatShare?: number;
	nearAverage?: number;
}

export interface TrapVerdict {
	verdict: 'trap' | 'no_trap';
	checks: { concave: boolean; satisfied: boolean; flattened: boolean; nearAverage: boolean };
	/** Fitted loyalty at the 90th percentile minus average loyalty. */
	gapAtHigh: number;
}

export function satisfactionTrap(
	curve: SatisfactionLoyaltyCurve,
	{ highSatisfaction = 7, flatShare = 0.25, nearAverage = 1 }: TrapOptions = {}
): TrapVerdict {
	const [b0, b1, b2] = curve.coefficients;
	const { low, high } = curve.marginal;
	const x = high.at;
	const gapAtHigh = b0 + b1 * x + b2 * x * x - curve.averageLoyalty;
	const checks = {
		concave: curve.curvature === 'diminishing',
		satisfied: curve.satisfactionQuantiles.p50 >= highSatisfaction,
		flattened: low.slope > 0 && high.slope <= flatShare * low.slope,
		nearAverage: Math.abs(gapAtHigh) <= nearAverage
	};
	const trap = checks.concave && checks.satisfied && checks.flattened && checks.nearAverage;
	return { verdict: trap ? 'trap' : 'no_trap', checks, gapAtHigh };
}
