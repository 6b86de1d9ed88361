import { describe, expect, it } from 'vitest';
import {
	decodeColumnInto,
	decodeLabels,
	encodeColumn,
	encodeLabelBytes,
	encodeLabels,
	encodePackedLabels
} from './columnCodec';

const MISSING_DAY = -2147483648;

// Each case: the input, the storage class and encoding we expect by hand, and bytes stored.
const integerCases = [
	{
		name: 'codes in first-seen order',
		v: [7, 8, 9, 10],
		cls: Uint8Array,
		enc: { t: 'sequence', first: 7 },
		bytes: 0
	},
	{
		name: 'small codes with missing (-1)',
		v: [-1, 0, 3, 250],
		cls: Uint8Array,
		enc: { t: 'offset', base: -1 },
		bytes: 4
	},
	{
		name: 'span 256 needs 16 bits',
		v: [0, 256, 3, 3],
		cls: Uint16Array,
		enc: { t: 'offset', base: 0 },
		bytes: 8
	},
	{
		name: 'days of one year',
		v: [19000, 19364, 19100, 19000],
		cls: Uint16Array,
		enc: { t: 'offset', base: 19000 },
		bytes: 8
	},
	{
		name: 'span 65536 stays 32-bit',
		v: [0, 65536, 5, 1],
		cls: Int32Array,
		enc: undefined,
		bytes: 16
	},
	{
		name: 'a missing day keeps 32 bits',
		v: [19000, MISSING_DAY, 19001, 19002],
		cls: Int32Array,
		enc: undefined,
		bytes: 16
	},
	{ name: 'one value', v: [42], cls: Uint8Array, enc: { t: 'sequence', first: 42 }, bytes: 0 },
	{ name: 'repeated value', v: [5, 5, 5], cls: Uint8Array, enc: { t: 'offset', base: 5 }, bytes: 3 }
] as const;

const numberCases = [
	{
		name: 'cents',
		v: [26.14, 20.3, -5.99, 0.29, 0],
		cls: Int32Array,
		enc: { t: 'scaled', scale: 100 }
	},
	{
		name: 'whole numbers and NaN',
		v: [1, 2, NaN, -3],
		cls: Int32Array,
		enc: { t: 'scaled', scale: 1 }
	},
	{ name: 'three decimals stay doubles', v: [1.234, 2], cls: Float64Array, enc: undefined },
	{ name: 'minus zero stays a double', v: [-0, 1], cls: Float64Array, enc: undefined },
	{ name: 'beyond 32-bit cents', v: [3e7 + 0.5, 1], cls: Float64Array, enc: undefined },
	{ name: 'infinity stays a double', v: [Infinity, 1], cls: Float64Array, enc: undefined }
] as const;

describe('columnCodec', () => {
	it.each(integerCases)('integers: $name', ({ v, cls, enc, bytes }) => {
		const e = encodeColumn(Int32Array.from(v));
		expect(e.data).toBeInstanceOf(cls);
		expect(e.enc).toEqual(enc);
		expect(e.data.byteLength).toBe(bytes);
		const out = new Int32Array(v.length + 2).fill(99);
		decodeColumnInto(e.data, e.enc, v.length, out, 1);
		expect(Array.from(out)).toEqual([99, ...v, 99]);
	});

	it.each(numberCases)('numbers: $name', ({ v, cls, enc }) => {
		const e = encodeColumn(Float64Array.from(v));
		expect(e.data).toBeInstanceOf(cls);
		expect(e.enc).toEqual(enc);
		const out = new Float64Array(v.length);
		decodeColumnInto(e.data, e.enc, v.length, out, 0);
		// Object.is: exact doubles, NaN equal to NaN, -0 distinct from 0.
		v.forEach((x, i) => expect(Object.is(out[i], x)).toBe(true));
	});

	const labelCases = [
		{ labels: ['100000', '100001', '-7', '0'], ints: true },
		{ labels: ['100000', '100001', '100002'], ints: true }, // consecutive: nothing but the start
		{ labels: ['5'], ints: true },
		{ labels: ['007', '8'], ints: false }, // a leading zero is part of the id
		{ labels: ['1e3'], ints: false },
		{ labels: ['C001', '中文'], ints: false },
		{ labels: ['2147483647'], ints: false }, // beyond what Int32 round-trips here
		{ labels: ['2147483646', '-2147483646'], ints: true },
		{ labels: ['-0'], ints: false }, // String(-0) is '0'
		{ labels: ['+5'], ints: false },
		{ labels: ['12a', '3'], ints: false },
		{ labels: ['99999999999'], ints: false },
		{ labels: ['', '5'], ints: false },
		{ labels: ['5', '-'], ints: false },
		{ labels: [], ints: false }
	];
	it('consecutive integer labels store no bytes', () => {
		const e = encodeLabels(['100000', '100001', '100002']);
		expect(e.ints?.byteLength).toBe(0);
		expect(e.intsEnc).toEqual({ t: 'sequence', first: 100000 });
	});

	it.each(labelCases)('labels $labels', ({ labels, ints }) => {
		const e = encodeLabels(labels);
		expect(e.ints !== undefined).toBe(ints);
		expect(decodeLabels(e)).toEqual(labels);
	});
});

describe('encodeLabelBytes (from a dictionary’s UTF-8) stores what encodePackedLabels stores', () => {
	const cases: [string, string[]][] = [
		['consecutive order numbers', ['100000', '100001', '100002']],
		['integers in any order, negative', ['7', '-3', '2147483646', '0']],
		['a leading zero keeps them strings', ['1', '007']],
		['minus zero keeps them strings', ['1', '-0']],
		['2^31 - 1 keeps them strings', ['1', '2147483647']],
		['eleven digits keep them strings', ['12345678901']],
		['Chinese and astral labels', ['客户甲', '😀', 'é']],
		['an empty label among integers', ['1', '', '2']],
		['a digit then a letter', ['12a']],
		['no labels', []]
	];
	it.each(cases)('%s', (_name, labels) => {
		const packed = labels.join('\u0000');
		expect(encodeLabelBytes(new TextEncoder().encode(packed), labels.length)).toEqual(
			encodePackedLabels(packed, labels.length)
		);
		expect(decodeLabels(encodeLabelBytes(new TextEncoder().encode(packed), labels.length))).toEqual(
			labels
		);
	});
});
