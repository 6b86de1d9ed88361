// The compact columns of format 2 on the values they are built for — whole cents, numbered ids
// (zero-padded or not, "7" beside "007"), sorted and unsorted days, missing values — and on
// anything else: packColumn → bytes → the reader gives back exactly what went in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MISSING_DAY } from '../../../src/lib/analytics/types';
import type { StoredColumn } from '../../../src/lib/data/validate/types';
import {
	numberedLabel,
	numberedLabels,
	packColumn
} from '../../../src/lib/data/workspaceFile/columnPack';
import { unpackInts } from '../../../src/lib/data/workspaceFile/intPack';
import { runs } from './fuzzRuns';

/** Reads a packed column back the way readColumns does (without the container around it). */
function unpack(c: StoredColumn): StoredColumn {
	const { pack, parts } = packColumn(c);
	const n = c.type === 'dict' ? c.codes.length : c.values.length;
	if (pack.type === 'number') {
		if (pack.values === 'f64')
			return { type: 'number', values: new Float64Array(parts[0].slice().buffer) };
		const values = new Float64Array(n);
		unpackInts(parts[0], values, pack.values.ints, 'v');
		const { scale } = pack.values;
		return { type: 'number', values: values.map((v) => v / scale) };
	}
	if (pack.type === 'day') {
		const values = new Int32Array(n);
		unpackInts(parts[0], values, pack.values as 'plain', 'v');
		return { type: 'day', values };
	}
	const codes = new Int32Array(n);
	unpackInts(parts[0], codes, pack.codes as 'plain', 'c');
	const labels = c.type === 'dict' ? c.labels.length : 0;
	let out: string[];
	if (pack.labels === 'text')
		out = labels === 0 ? [] : new TextDecoder().decode(parts[1]).split('\u0000');
	else {
		const numbers = new Float64Array(labels);
		unpackInts(parts[1], numbers, pack.labels.ints, 'l');
		const { prefix, width } = pack.labels;
		out = Array.from(numbers, (x) => numberedLabel(prefix, width, x));
	}
	return { type: 'dict', codes, labels: out };
}

const cents = fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100);
const money = fc.array(
	fc.oneof(cents, fc.constant(NaN), fc.double({ noNaN: true, noDefaultInfinity: true })),
	{ maxLength: 300 }
);
const ids = fc
	.record({
		prefix: fc.constantFrom('', 'C', 'O-', '客户', 'x1y'),
		width: fc.integer({ min: 1, max: 8 }),
		numbers: fc.uniqueArray(fc.integer({ min: 0, max: 10 ** 8 }), { minLength: 1, maxLength: 80 }),
		extra: fc.option(fc.constantFrom('7', '007', 'C', ''), { nil: undefined })
	})
	.map(({ prefix, width, numbers, extra }) => {
		const labels = [...new Set(numbers.map((n) => numberedLabel(prefix, width, n)))];
		if (extra !== undefined && extra !== '' && !labels.includes(extra)) labels.push(extra);
		return labels;
	});

describe('compact columns (property-based)', () => {
	it('numbers: whole cents, blanks and any double come back bit for bit', () => {
		fc.assert(
			fc.property(money, (values) => {
				const c: StoredColumn = {
					type: 'number',
					values: Float64Array.from(values, (v) => (v === 0 ? 0 : v))
				};
				expect(unpack(c)).toEqual(c);
			}),
			runs(200)
		);
	});

	it('days: sorted, unsorted and missing', () => {
		const day = fc.oneof(fc.integer({ min: -700_000, max: 3_000_000 }), fc.constant(MISSING_DAY));
		fc.assert(
			fc.property(fc.array(day, { maxLength: 300 }), fc.boolean(), (values, sorted) => {
				const v = sorted ? [...values].sort((a, b) => a - b) : values;
				const c: StoredColumn = { type: 'day', values: Int32Array.from(v) };
				expect(unpack(c)).toEqual(c);
			}),
			runs(200)
		);
	});

	it('ids: numbered labels (with "7" beside "007") and codes, missing ones included', () => {
		fc.assert(
			fc.property(ids, fc.array(fc.nat(), { maxLength: 200 }), (labels, picks) => {
				const codes = Int32Array.from(picks, (p) => (p % (labels.length + 1)) - 1);
				const c: StoredColumn = { type: 'dict', codes, labels };
				expect(unpack(c)).toEqual(c);
				// Numbered exactly when every label is prefix + number of the width.
				const r = numberedLabels(labels);
				if (r)
					labels.forEach((l, i) => expect(numberedLabel(r.prefix, r.width, r.numbers[i])).toBe(l));
			}),
			runs(200)
		);
	});
});
