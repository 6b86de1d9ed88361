// Difference between two groups' NPS with its interval and a two-sided test of "no difference":
// independent samples, each score's trinomial variance (nps.ts), normal approximation —
// (NPS_a − NPS_b) ± z·√(se_a² + se_b²), z = difference / se, p = P(|Z| ≥ |z|).
import { chiSquareUpper } from '../lifecycle/chiSquareUpper';
import { normalQuantile } from '../lifecycle/normalQuantile';
import type { NpsResult } from './nps';

export interface NpsDifference {
	/** NPS of a minus NPS of b, in score points. */
	difference: number;
	se: number;
	ci: [number, number];
	level: number;
	z: number;
	/** Two-sided p-value; 1 when both scores are exact (no variance). */
	p: number;
}

export function npsDifference(
	a: Pick<NpsResult, 'score' | 'se'>,
	b: Pick<NpsResult, 'score' | 'se'>,
	level = 0.95
): NpsDifference {
	const difference = a.score - b.score;
	const se = Math.sqrt(a.se * a.se + b.se * b.se);
	const q = normalQuantile(0.5 + level / 2);
	const z = se > 0 ? difference / se : 0;
	// P(|Z| ≥ |z|) is the chi-square(1) tail at z².
	const p = se > 0 ? chiSquareUpper(z * z, 1) : difference === 0 ? 1 : 0;
	return { difference, se, ci: [difference - q * se, difference + q * se], level, z, p };
}
