// Named segments as data: score ranges per dimension, evaluated first match wins.

export interface SegmentRule {
	/** Stable English key ('champions'); i18n has `segments.segment.<key>` and `segments.action.<key>`. */
	key: string;
	/** Inclusive score ranges [lo, hi]. Two rules may share a key to build an L-shaped segment. */
	r: [number, number];
	f: [number, number];
	m: [number, number];
}

/** The segment of customers no rule matches. */
export const OTHERS = 'others';
