import { describe, expect, it } from 'vitest';
import { entropyBytes, packable, packInts, SMALL, unpackInts, type IntPack } from './intPack';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

function back(bytes: Uint8Array, n: number, pack: IntPack, int32 = false): number[] {
	const out = int32 ? new Int32Array(n) : new Float64Array(n);
	unpackInts(bytes, out, pack, 'col');
	return Array.from(out);
}

function problem(f: () => void): unknown {
	try {
		f();
		return null;
	} catch (e) {
		return e instanceof WorkspaceFileProblem ? { code: e.code, detail: e.values.detail } : e;
	}
}

describe('packInts (short columns: the shortest packing)', () => {
	// Codes are zigzag(value or difference) + 1; 0 is missing. Counted by hand.
	const cases: { name: string; values: number[]; pack: IntPack; bytes: number[] }[] = [
		{ name: 'nothing', values: [], pack: 'plain', bytes: [] },
		{ name: 'one zero', values: [0], pack: 'plain', bytes: [1] },
		{ name: 'a missing value', values: [NaN, 2], pack: 'plain', bytes: [0, 5] },
		{ name: 'small negatives', values: [-1, 1, -2], pack: 'plain', bytes: [2, 3, 4] },
		// 1000 → 2001 = 0xd1 0x0f; the differences 1, 1 → 3, 3 (plain would take 6 bytes).
		{ name: 'a sorted run', values: [1000, 1001, 1002], pack: 'delta', bytes: [0xd1, 0x0f, 3, 3] },
		// 300, 301, 1 → plain 601 (2 bytes), 603 (2), 3 (1) = 5; delta 601, 3, 600 (2) = 5: plain.
		{
			name: 'a tie keeps plain',
			values: [300, 301, 1],
			pack: 'plain',
			bytes: [0xd9, 4, 0xdb, 4, 3]
		}
	];
	it.each(cases)('$name', ({ values, pack, bytes }) => {
		const p = packInts(values);
		expect({ pack: p.pack, bytes: Array.from(p.bytes) }).toEqual({ pack, bytes });
		expect(back(p.bytes, values.length, p.pack)).toEqual(values);
	});
});

describe('packInts (long columns: least entropy)', () => {
	const n = 4 * SMALL;
	// A fixed pseudo-random sequence in [0, 1) (the shader hash), so the test needs no seed.
	const noise = (i: number) => Math.abs(Math.sin(i * 12.9898) * 43758.5453) % 1;
	const cases: { name: string; values: number[]; pack: IntPack }[] = [
		{
			name: 'days in order',
			values: Array.from({ length: n }, (_, i) => 19000 + (i >> 3)),
			pack: 'delta'
		},
		{
			name: 'a few categories',
			values: Array.from({ length: n }, (_, i) => Math.floor(noise(i) * 3)),
			pack: 'plain'
		},
		// Cents of 100.00–149.99: the low byte is noise, the high byte takes few values.
		{
			name: 'amounts',
			values: Array.from({ length: n }, (_, i) => 10000 + Math.floor(noise(i) * 5000)),
			pack: 'planes'
		}
	];
	it.each(cases)('$name → $pack, and back', ({ values, pack }) => {
		const p = packInts(values);
		expect(p.pack).toBe(pack);
		expect(back(p.bytes, n, p.pack)).toEqual(values);
	});

	it('measures order-0 entropy in bytes, per plane', () => {
		expect(entropyBytes(new Uint8Array(64))).toBe(0);
		// 0,1,0,1…: one bit a byte.
		expect(entropyBytes(Uint8Array.from({ length: 64 }, (_, i) => i % 2))).toBe(8);
		// Two planes of one constant each: nothing.
		expect(
			entropyBytes(
				Uint8Array.from({ length: 64 }, (_, i) => (i < 32 ? 1 : 2)),
				2
			)
		).toBe(0);
	});
});

describe('packable', () => {
	const cases = [
		{ values: [0, -5, 2 ** 50, NaN], ok: true },
		{ values: [0.5], ok: false },
		{ values: [-0], ok: false },
		{ values: [2 ** 50 + 1], ok: false },
		{ values: [Infinity], ok: false }
	];
	it.each(cases)('$values → $ok', ({ values, ok }) => expect(packable(values)).toBe(ok));
});

describe('unpackInts refuses what does not add up', () => {
	const cases = [
		{
			name: 'a cut varint',
			run: () => back(Uint8Array.from([0x80]), 1, 'plain'),
			detail: /length/
		},
		{
			name: 'bytes after the last value',
			run: () => back(Uint8Array.from([1, 1]), 1, 'plain'),
			detail: /bytes after value 1/
		},
		{
			name: 'planes that do not divide',
			run: () => back(Uint8Array.from([1, 1, 1]), 2, 'planes'),
			detail: /col\.length/
		},
		{
			name: 'planes for nothing',
			run: () => back(Uint8Array.from([1]), 0, 'planes'),
			detail: /col\.length/
		},
		{
			name: 'missing in a 32-bit column',
			run: () => back(Uint8Array.from([0]), 1, 'plain', true),
			detail: /missing value at 0/
		},
		// zigzag(2^31) + 1 = 2^32 + 1: one past the largest Int32 value.
		{
			name: 'past 32 bits',
			run: () => back(Uint8Array.from([0x81, 0x80, 0x80, 0x80, 0x10]), 1, 'plain', true),
			detail: /out of range at 0/
		},
		{
			name: 'a delta walking out of range',
			run: () =>
				back(
					Uint8Array.from([0xfd, 0xff, 0xff, 0xff, 0x0f, 0xfd, 0xff, 0xff, 0xff, 0x0f]),
					2,
					'delta',
					true
				),
			detail: /out of range at 1/
		}
	];
	it.each(cases)('$name', ({ run, detail }) => {
		const p = problem(run) as { code: string; detail: string };
		expect(p.code).toBe('invalid_content');
		expect(p.detail).toMatch(detail);
	});
});
