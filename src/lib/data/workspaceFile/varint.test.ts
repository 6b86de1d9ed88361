import { describe, expect, it } from 'vitest';
import { unzigzag, VarintReader, VarintWriter, varintSize, zigzag } from './varint';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

describe('zigzag', () => {
	const cases = [
		{ n: 0, z: 0 },
		{ n: -1, z: 1 },
		{ n: 1, z: 2 },
		{ n: -2, z: 3 },
		{ n: 2 ** 31, z: 2 ** 32 },
		{ n: -(2 ** 31), z: 2 ** 32 - 1 },
		{ n: 2 ** 51, z: 2 ** 52 }
	];
	it.each(cases)('$n ↔ $z', ({ n, z }) => {
		expect(zigzag(n)).toBe(z);
		expect(unzigzag(z)).toBe(n);
	});
});

describe('varints', () => {
	// LEB128 by hand: 7 bits a byte, lowest first, the high bit set on all but the last.
	const cases = [
		{ n: 0, bytes: [0] },
		{ n: 127, bytes: [127] },
		{ n: 128, bytes: [128, 1] },
		{ n: 300, bytes: [172, 2] },
		{ n: 2 ** 32, bytes: [128, 128, 128, 128, 16] },
		{ n: Number.MAX_SAFE_INTEGER, bytes: [255, 255, 255, 255, 255, 255, 255, 15] }
	];
	it.each(cases)('$n is $bytes', ({ n, bytes }) => {
		expect(varintSize(n)).toBe(bytes.length);
		const w = new VarintWriter(bytes.length);
		w.write(n);
		expect(Array.from(w.bytes)).toEqual(bytes);
		const r = new VarintReader(Uint8Array.from(bytes), 'x');
		expect([r.read(), r.done]).toEqual([n, true]);
	});

	const damaged = [
		{ name: 'cut inside a number', bytes: [128], detail: 'x: length: ends inside value 0' },
		{
			name: 'nine bytes',
			bytes: [128, 128, 128, 128, 128, 128, 128, 128, 1],
			detail: 'x: value 0 too long'
		},
		{
			name: 'past 2^53',
			bytes: [255, 255, 255, 255, 255, 255, 255, 16],
			detail: 'x: value 0 too large'
		}
	];
	it.each(damaged)('$name: invalid content, named', ({ bytes, detail }) => {
		const r = new VarintReader(Uint8Array.from(bytes), 'x');
		let problem: unknown = null;
		try {
			r.read();
		} catch (e) {
			problem = e instanceof WorkspaceFileProblem ? { code: e.code, ...e.values } : e;
		}
		expect(problem).toEqual({ code: 'invalid_content', detail });
	});
});
