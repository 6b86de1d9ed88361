// First-match-wins segment assignment through a lookup table over the score space, so a
// million customers cost one array read each instead of a rule scan.
import type { RfmScores } from './rfmScores';
import { OTHERS, type SegmentRule } from './segmentRule';

export interface SegmentAssignment {
	/** Distinct rule keys in first-appearance order, then 'others'. */
	keys: string[];
	/** Per customer: index into keys. */
	segment: Int32Array;
	/** Per customer: index of the rule that matched, -1 for others. */
	rule: Int32Array;
}

/** Index of the first rule matching (r, f, m); m = 0 means M is unavailable and ignored. */
export function firstMatch(rules: SegmentRule[], r: number, f: number, m: number): number {
	for (let k = 0; k < rules.length; k++) {
		const x = rules[k];
		if (r < x.r[0] || r > x.r[1] || f < x.f[0] || f > x.f[1]) continue;
		if (m !== 0 && (m < x.m[0] || m > x.m[1])) continue;
		return k;
	}
	return -1;
}

export function segmentKeys(rules: SegmentRule[]): { keys: string[]; keyOfRule: Int32Array } {
	const keys: string[] = [];
	const keyOfRule = new Int32Array(rules.length);
	rules.forEach((x, k) => {
		let at = keys.indexOf(x.key);
		if (at < 0) at = keys.push(x.key) - 1;
		keyOfRule[k] = at;
	});
	if (!keys.includes(OTHERS)) keys.push(OTHERS);
	return { keys, keyOfRule };
}

export function assignSegments(
	scores: Pick<RfmScores, 'length' | 'bins' | 'r' | 'f' | 'm'>,
	rules: SegmentRule[]
): SegmentAssignment {
	const { keys, keyOfRule } = segmentKeys(rules);
	const others = keys.indexOf(OTHERS);
	const side = scores.bins + 1;
	const lookup = new Int32Array(side * side * side);
	for (let r = 1; r < side; r++)
		for (let f = 1; f < side; f++)
			for (let m = 0; m < side; m++) lookup[(r * side + f) * side + m] = firstMatch(rules, r, f, m);
	const n = scores.length;
	const segment = new Int32Array(n);
	const rule = new Int32Array(n);
	// The rule index per score cell becomes a segment index per cell too, so the per-customer
	// loop is two table reads.
	const segmentOf = lookup.map((k) => (k < 0 ? others : keyOfRule[k]));
	// Without M its index is 0, as a zero array: one small loop for both cases.
	const m = scores.m ?? new Uint8Array(n);
	lookupCells(scores.r, scores.f, m, side, lookup, segmentOf, rule, segment);
	return { keys, segment, rule };
}

/** Per customer: the rule and segment of its (r, f, m) cell; alone so V8 optimises it early. */
function lookupCells(
	r: Uint8Array,
	f: Uint8Array,
	m: Uint8Array,
	side: number,
	ruleOf: Int32Array,
	segmentOf: Int32Array,
	rule: Int32Array,
	segment: Int32Array
): void {
	for (let i = 0; i < rule.length; i++) {
		const cell = (r[i] * side + f[i]) * side + m[i];
		rule[i] = ruleOf[cell];
		segment[i] = segmentOf[cell];
	}
}
