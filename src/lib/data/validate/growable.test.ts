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
