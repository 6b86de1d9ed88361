import { describe, expect, it } from 'vitest';
import { jitter } from './jitter';

describe('jitter', () => {
	const values = Float64Array.from({ length: 1000 }, (_, i) => i % 11);
	const cases = [
		{ amount: 0.3, seed: 1 },
		{ amount: 0.1, seed: 42 },
		{ amount: 0, seed: 7 }
	];
	it.each(cases)('amount $amount, seed $seed: within bounds and repeatable', ({ amount, seed }) => {
		const a = jitter(values, amount, seed);
		const b = jitter(values, amount, seed);
		expect(Array.from(a)).toEqual(Array.from(b));
		for (let i = 0; i < values.length; i++)
			expect(Math.abs(a[i] - values[i])).toBeLessThanOrEqual(amount);
	});
	it('different seeds give different offsets, spread over the whole band', () => {
		const a = jitter(values, 0.3, 1);
		const b = jitter(values, 0.3, 2);
		expect(Array.from(a)).not.toEqual(Array.from(b));
		// 1000 uniform draws on [−.3, .3]: mean offset near 0 (se ≈ .0055) and both ends reached.
		let sum = 0;
		let lo = 0;
		let hi = 0;
		for (let i = 0; i < values.length; i++) {
			const d = a[i] - values[i];
			sum += d;
			lo = Math.min(lo, d);
			hi = Math.max(hi, d);
		}
		expect(Math.abs(sum / values.length)).toBeLessThan(0.03);
		expect(lo).toBeLessThan(-0.28);
		expect(hi).toBeGreaterThan(0.28);
	});
	it('missing stays missing without shifting the next offsets', () => {
		const a = jitter(Float64Array.of(NaN, 5), 0.3, 9);
		const b = jitter(Float64Array.of(1, 5), 0.3, 9);
		expect(a[0]).toBeNaN();
		expect(a[1]).toBe(b[1]);
	});
});
