import { describe, expect, it } from 'vitest';
import { GrowableFloat64, GrowableInt32 } from './growable';

describe('growable columns', () => {
	it('keep every value across growth', () => {
		const a = new GrowableInt32();
		const b = new GrowableFloat64();
		for (let i = 0; i < 5000; i++) {
			a.push(i * 3);
			b.push(i / 4);
		}
		const ai = a.finish();
		const bf = b.finish();
		expect([ai.length, ai[0], ai[4999]]).toEqual([5000, 0, 14997]);
		expect([bf.length, bf[1], bf[4999]]).toEqual([5000, 0.25, 1249.75]);
	});

	it('take() returns the values and lets the buffer go; pushing after starts afresh', () => {
		const a = new GrowableInt32();
		for (let i = 0; i < 3000; i++) a.push(i);
		const out = a.take();
		expect([out.length, out[2999], a.length, a.data.length]).toEqual([3000, 2999, 0, 0]);
		a.push(7);
		expect(Array.from(a.finish())).toEqual([7]);
	});
});

describe('GrowableInt32.ensure', () => {
	it.each([
		['grows to exactly the room asked for, values kept', 3, 5000, 5000],
		['never shrinks', 3, 10, 1024]
	])('%s', (_name, pushed, ask, capacity) => {
		const g = new GrowableInt32();
		for (let i = 0; i < pushed; i++) g.push(i * 7);
		g.ensure(ask);
		expect(g.data.length).toBe(capacity);
		g.push(99);
		expect([...g.finish()]).toEqual([...Array.from({ length: pushed }, (_, i) => i * 7), 99]);
	});
});

describe('pre-sized growable columns (issue 22)', () => {
	it.each([
		['fewer values than the room: no growth, the view is of the same buffer', 100, 40, 100],
		['more values than the room: grows as before', 10, 40, 1024]
	])('%s', (_name, capacity, pushed, length) => {
		const a = new GrowableInt32(capacity);
		const f = new GrowableFloat64(capacity);
		for (let i = 0; i < pushed; i++) {
			a.push(i * 3);
			f.push(i / 2);
		}
		expect([a.data.length, f.data.length]).toEqual([length, length]);
		const buffer = a.data.buffer;
		const v = a.view();
		const w = f.view();
		expect(v.buffer).toBe(buffer); // not copied
		expect([v.length, v[pushed - 1], w.length, w[pushed - 1]]).toEqual([
			pushed,
			(pushed - 1) * 3,
			pushed,
			(pushed - 1) / 2
		]);
		expect([a.length, a.data.length, f.length, f.data.length]).toEqual([0, 0, 0, 0]);
	});
});
