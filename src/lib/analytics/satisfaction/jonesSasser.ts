// Jones & Sasser (1995) satisfaction × loyalty typology on 0–10 scores. High means at or above
// the threshold, so a respondent exactly on a line counts as high. Defaults (analytics/defaults,
// shared by the app, the CLI and the concept card): satisfaction and loyalty are high from 7 of
// 10; apostles are 9+ on both, terrorists 2 or less on both — the extreme corners of loyalist and
// defector. Set apostleMin to Infinity or terroristMax to −Infinity to drop the extreme zones.
import { DEFAULTS } from '../defaults';
import type { SatisfactionIssue } from './satisfactionIssue';

export const ZONES = [
	'apostle',
	'loyalist',
	'mercenary',
	'hostage',
	'defector',
	'terrorist'
] as const;

export type Zone = (typeof ZONES)[number];

export interface QuadrantThresholds {
	/** Satisfaction at or above this is high. */
	satisfactionHigh: number;
	/** Loyalty at or above this is high. */
	loyaltyHigh: number;
	/** Both at or above this: apostle (must not be below the two high thresholds). */
	apostleMin: number;
	/** Both at or below this: terrorist (must be below the two high thresholds). */
	terroristMax: number;
}

export const DEFAULT_QUADRANT_THRESHOLDS: QuadrantThresholds = { ...DEFAULTS.jonesSasser };

export interface QuadrantResult {
	/** Per respondent: index into ZONES, or −1 when satisfaction or loyalty is missing. */
	zone: Int8Array;
	counts: Record<Zone, number>;
	/** Respondents placed in a zone. */
	n: number;
	missing: number;
	thresholds: QuadrantThresholds;
}

export function jonesSasser(
	satisfaction: Float64Array,
	loyalty: Float64Array,
	thresholds: Partial<QuadrantThresholds> = {}
): QuadrantResult | SatisfactionIssue {
	const t = { ...DEFAULT_QUADRANT_THRESHOLDS, ...thresholds };
	const { satisfactionHigh: sh, loyaltyHigh: lh, apostleMin: am, terroristMax: tm } = t;
	if (
		!Number.isFinite(sh) ||
		!Number.isFinite(lh) ||
		Number.isNaN(am) ||
		Number.isNaN(tm) ||
		am < Math.max(sh, lh) ||
		tm >= Math.min(sh, lh)
	)
		return { code: 'invalid_thresholds' };
	if (satisfaction.length !== loyalty.length) return { code: 'length_mismatch' };
	const zone = new Int8Array(satisfaction.length);
	const tally = new Int32Array(ZONES.length);
	let missing = 0;
	for (let i = 0; i < zone.length; i++) {
		const s = satisfaction[i];
		const l = loyalty[i];
		if (Number.isNaN(s) || Number.isNaN(l)) {
			zone[i] = -1;
			missing++;
			continue;
		}
		let z: number;
		if (s >= sh) z = l >= lh ? (s >= am && l >= am ? 0 : 1) : 2;
		else z = l >= lh ? 3 : s <= tm && l <= tm ? 5 : 4;
		zone[i] = z;
		tally[z]++;
	}
	const counts = Object.fromEntries(ZONES.map((name, z) => [name, tally[z]])) as Record<
		Zone,
		number
	>;
	return { zone, counts, n: zone.length - missing, missing, thresholds: t };
}
