// Turns any attribute column into groups: numbers into readable bands, dates into years,
// categories as they are (the rarest merged into 'other' past maxGroups). Missing values get
// their own group with key '__missing__' so they are counted, not dropped.
import { ymdFromDay } from '../dates';
import { MISSING_DAY, type AttributeColumn } from '../types';
import { numberBands } from './numberBands';

export const MISSING_GROUP = '__missing__';
export const OTHER_GROUP = '__other__';

export interface AttributeGroups {
	name: string;
	kind: AttributeColumn['kind'];
	/** Per row: index into keys (every row has a group). */
	codes: Int32Array;
	/** Group keys: band labels, years, category labels, then '__other__' / '__missing__'. */
	keys: string[];
}

function looksLikeAge(name: string, values: Float64Array): boolean {
	if (!/(^|[^a-z])age([^a-z]|$)|年龄|年齡/i.test(name)) return false;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v === v && (v < 0 || v > 120)) return false;
	}
	return true;
}

export function attributeGroups(
	name: string,
	column: AttributeColumn,
	options: { breaks?: number[]; maxGroups?: number } = {}
): AttributeGroups {
	let codes: Int32Array;
	let keys: string[];
	if (column.kind === 'number') {
		const banded = numberBands(column.values, {
			breaks: options.breaks,
			age: looksLikeAge(name, column.values)
		});
		codes = banded.codes;
		keys = banded.bands.map((b) => b.label);
	} else if (column.kind === 'date') {
		const yearOf = (d: number) => ymdFromDay(d).year;
		let minYear = Infinity;
		let maxYear = -Infinity;
		for (const d of column.values)
			if (d !== MISSING_DAY) {
				const y = yearOf(d);
				if (y < minYear) minYear = y;
				if (y > maxYear) maxYear = y;
			}
		keys = [];
		for (let y = minYear; y <= maxYear; y++) keys.push(String(y));
		codes = Int32Array.from(column.values, (d) => (d === MISSING_DAY ? -1 : yearOf(d) - minYear));
	} else {
		({ codes, keys } = topCategories(column.codes, column.labels, options.maxGroups ?? 20));
	}
	let missing = 0;
	for (let i = 0; i < codes.length; i++) if (codes[i] < 0) missing++;
	if (missing > 0) {
		const at = keys.length;
		keys = [...keys, MISSING_GROUP];
		codes = codes.map((c) => (c < 0 ? at : c));
	}
	return { name, kind: column.kind, codes, keys };
}

/** Keeps the maxGroups − 1 most common labels (in label order) and merges the rest. */
function topCategories(src: Int32Array, labels: string[], maxGroups: number) {
	const count = new Int32Array(labels.length);
	for (const c of src) if (c >= 0) count[c]++;
	const present = labels.map((_, k) => k).filter((k) => count[k] > 0);
	let kept = present;
	if (present.length > maxGroups) {
		const byCount = present.slice().sort((a, b) => count[b] - count[a] || a - b);
		const keep = new Set(byCount.slice(0, maxGroups - 1));
		kept = present.filter((k) => keep.has(k));
	}
	const map = new Int32Array(labels.length).fill(kept.length);
	kept.forEach((k, j) => (map[k] = j));
	const keys = kept.map((k) => labels[k]);
	if (kept.length < present.length) keys.push(OTHER_GROUP);
	const codes = Int32Array.from(src, (c) => (c < 0 ? -1 : map[c]));
	return { codes, keys };
}
