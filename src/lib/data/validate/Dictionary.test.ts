import { describe, expect, it } from 'vitest';
import { Dictionary } from './Dictionary';

/** The obvious dictionary: codes in order of first appearance, via a Map. */
function reference(values: (string | null)[]): { codes: number[]; labels: string[] } {
	const index = new Map<string, number>();
	const labels: string[] = [];
	const codes = values.map((v) => {
		if (v === null) return -1;
		let c = index.get(v);
		if (c === undefined) {
			c = labels.length;
			index.set(v, c);
			labels.push(v);
		}
		return c;
	});
	return { codes, labels };
}

function build(values: (string | null)[]) {
	const d = new Dictionary();
	for (const v of values) d.push(v);
	return { codes: Array.from(d.codes.finish()), labels: d.labels };
}

function lcg(seed: number) {
	let s = seed;
	return () => {
		s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
		return s / 0x7fffffff;
	};
}

describe('Dictionary', () => {
	// By hand: first appearances get 0, 1, 2 …; repeats get the earlier code; null is -1.
	const cases: { name: string; values: (string | null)[]; codes: number[] }[] = [
		{
			name: 'repeats and missing',
			values: ['b', 'a', 'b', null, 'a', 'c'],
			codes: [0, 1, 0, -1, 1, 2]
		},
		{ name: 'ids keep their zeros', values: ['00017', '17', '017', '17'], codes: [0, 1, 2, 1] },
		{
			name: 'ascending ids, then one of them again',
			values: ['9', '10', '11', '100', '10'],
			codes: [0, 1, 2, 3, 1]
		},
		{
			name: 'long, non-Latin-1 and empty text',
			values: ['客户甲', 'a-very-long-customer-identifier', '', '客户甲', '', 'ÿ'],
			codes: [0, 1, 2, 0, 2, 3]
		}
	];
	it.each(cases)('$name', ({ values, codes }) => {
		expect(build(values).codes).toEqual(codes);
	});

	// Mixed traffic that exercises every path: ascending runs (order numbers), random repeats
	// (customers), keys of 1–12 Latin-1 chars packed in the table, longer and CJK keys compared
	// as strings, and enough distinct values to grow the table many times.
	it('matches a Map on 200,000 mixed values', () => {
		const rand = lcg(2024);
		const values: (string | null)[] = [];
		let order = 99_990;
		for (let i = 0; i < 200_000; i++) {
			const u = rand();
			if (u < 0.3) values.push(String(order++));
			else if (u < 0.6) values.push(`C${Math.floor(rand() * 20_000)}`);
			else if (u < 0.7) values.push(`customer-${Math.floor(rand() * 5_000)}@example.com`);
			else if (u < 0.8) values.push(`客户${Math.floor(rand() * 3_000)}`);
			else if (u < 0.9) values.push(String(Math.floor(rand() * 120_000)));
			else if (u < 0.95) values.push(values[Math.floor(rand() * values.length)] ?? null);
			else values.push(null);
		}
		expect(build(values)).toEqual(reference(values));
	});

	// Ids shaped like the first one (prefix, then digits, same length) are also kept by number
	// (issue 22). Same-number neighbours of another shape must stay other labels: leading zeros,
	// another prefix or length, a letter among the digits, and numbers far past the dense range.
	it.each([
		{
			name: 'first label C + 7 digits',
			first: 'C0000001',
			shape: (n: number) => `C${String(n).padStart(7, '0')}`
		},
		{
			name: 'first label digits only',
			first: '0000001',
			shape: (n: number) => String(n).padStart(7, '0')
		},
		{ name: 'first label with a long prefix', first: 'cust-42', shape: (n: number) => `cust-${n}` }
	])('ids of one shape, by number, match a Map on 300,000 values ($name)', ({ first, shape }) => {
		const rand = lcg(99);
		const values: (string | null)[] = [first];
		let order = 1_000_000;
		for (let i = 0; i < 300_000; i++) {
			const u = rand();
			const n = Math.floor(rand() * rand() * 400_000);
			if (u < 0.55) values.push(shape(n));
			else if (u < 0.62) values.push(`C${n}`);
			else if (u < 0.67) values.push(`D${String(n).padStart(7, '0')}`);
			else if (u < 0.7) values.push(`C${String(n).padStart(6, '0')}x`);
			else if (u < 0.73) values.push(String(n));
			else if (u < 0.76) values.push(shape(300_000_000 + n));
			else if (u < 0.9) values.push(String(order++));
			else if (u < 0.97) values.push(values[Math.floor(rand() * values.length)]);
			else values.push(null);
		}
		expect(build(values)).toEqual(reference(values));
	});

	it('a million distinct ascending order ids keep their order', () => {
		const d = new Dictionary();
		for (let i = 0; i < 1_000_000; i++) d.push(String(100_000 + i));
		expect(d.labels.length).toBe(1_000_000);
		expect(d.code('100000')).toBe(0);
		expect(d.code('1099999')).toBe(999_999);
		expect(d.code('1099998')).toBe(999_998);
		expect(d.code('99999')).toBe(1_000_000);
	});

	// readByteRows passes printable ASCII as byte ranges and everything else as strings, into
	// the same dictionary: the codes must be those of the strings alone.
	it('byte ranges and strings mixed give the codes of a Map', () => {
		const rand = lcg(7);
		const values: string[] = [];
		let order = 5_000;
		for (let i = 0; i < 50_000; i++) {
			const u = rand();
			if (u < 0.3) values.push(String(order++));
			else if (u < 0.6) values.push(`C${Math.floor(rand() * 3_000)}`);
			else if (u < 0.75) values.push(`customer-${Math.floor(rand() * 900)}@example.com`);
			else if (u < 0.8) values.push(`客户${Math.floor(rand() * 300)}`);
			else values.push(values[Math.floor(rand() * values.length)] ?? 'x');
		}
		const enc = new TextEncoder();
		const bytes = enc.encode(values.join('\n'));
		const d = new Dictionary();
		let at = 0;
		for (const v of values) {
			const n = enc.encode(v).length;
			const ascii = /^[\x20-\x7e]+$/.test(v);
			// Every third ASCII value goes in as a string, the rest as bytes.
			d.codes.push(ascii && at % 3 !== 0 ? d.codeBytes(bytes, at, at + n) : d.code(v));
			at += n + 1;
		}
		expect({ codes: Array.from(d.codes.finish()), labels: d.labels }).toEqual(reference(values));
	});

	it('after releaseLookups the labels stay readable and coding refuses', () => {
		const d = new Dictionary();
		for (const v of ['b', 'a', 'b', '客户', 'a-long-identifier-of-a-customer']) d.push(v);
		d.releaseLookups();
		expect(d.labels).toEqual(['b', 'a', '客户', 'a-long-identifier-of-a-customer']);
		expect(d.packed()).toBe('b\u0000a\u0000客户\u0000a-long-identifier-of-a-customer');
		expect(() => d.code('c')).toThrow('released');
		expect(() => d.codeBytes(new TextEncoder().encode('c'), 0, 1)).toThrow('released');
	});
});

describe('Dictionary.expect and packedBytes', () => {
	// A join announces what the second part brings: the codes must not change, whatever was
	// announced (exact, too little, too much), and an exact announcement leaves nothing to trim.
	const first = ['100', '101', 'C7', '客户', '102'];
	const second = ['103', 'C7', '104', '😀', '客户', '105'];
	const utf8 = (v: string[]) => new TextEncoder().encode(v.join('')).length;
	it.each([
		['nothing announced', 0, 0],
		['exactly the second part', second.length, utf8(second)],
		['too little', 1, 2],
		['too much', 100, 1000]
	])('%s: the codes of a Map', (_name, labels, bytes) => {
		const d = new Dictionary();
		for (const v of first) d.push(v);
		d.expect(labels, bytes);
		for (const v of second) d.push(v);
		expect({ codes: Array.from(d.codes.finish()), labels: d.labels }).toEqual(
			reference([...first, ...second])
		);
		d.releaseLookups();
		expect(new TextDecoder().decode(d.packedBytes())).toBe(d.packed());
	});
	it('no labels: no bytes', () => {
		expect(new Dictionary().packedBytes()).toHaveLength(0);
	});
});
