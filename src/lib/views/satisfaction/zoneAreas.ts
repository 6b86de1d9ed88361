// The Jones & Sasser zones as rectangles on the satisfaction × loyalty plane (both 0–10, the
// plot running from `lo` to `hi`): four quadrants split at the "high" lines, then apostles and
// terrorists as the extreme corners drawn over them (left out when their threshold is off,
// i.e. not finite). Edges are clamped into the plot. Zone numbers follow ZONES: apostle 0,
// loyalist 1, mercenary 2, hostage 3, defector 4, terrorist 5.
import type { QuadrantThresholds } from '$lib/analytics/satisfaction/index';

export interface ZoneArea {
	z: number;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
	/** Label anchor: which corner of the area. */
	at: 'topLeft' | 'bottomRight' | 'bottomLeft';
}

export function zoneAreas(t: QuadrantThresholds, lo: number, hi: number): ZoneArea[] {
	const { satisfactionHigh: sh, loyaltyHigh: lh, apostleMin: am, terroristMax: tm } = t;
	const list: ZoneArea[] = [
		{ z: 1, x0: sh, x1: hi, y0: lh, y1: hi, at: 'topLeft' },
		{ z: 2, x0: sh, x1: hi, y0: lo, y1: lh, at: 'topLeft' },
		{ z: 3, x0: lo, x1: sh, y0: lh, y1: hi, at: 'topLeft' },
		{ z: 4, x0: lo, x1: sh, y0: lo, y1: lh, at: 'topLeft' }
	];
	if (Number.isFinite(am)) list.push({ z: 0, x0: am, x1: hi, y0: am, y1: hi, at: 'bottomRight' });
	if (Number.isFinite(tm)) list.push({ z: 5, x0: lo, x1: tm, y0: lo, y1: tm, at: 'bottomLeft' });
	const clamp = (v: number) => Math.max(lo, Math.min(hi, v));
	return list.map((a) => ({
		...a,
		x0: clamp(a.x0),
		x1: clamp(a.x1),
		y0: clamp(a.y0),
		y1: clamp(a.y1)
	}));
}
