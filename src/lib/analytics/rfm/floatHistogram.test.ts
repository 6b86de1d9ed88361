import { describe, expect, it } from 'vitest';
import { floatHistogram, floatKey } from './floatHistogram';

describe('floatHistogram', () => {
	// Ascending by construction (written in order by hand), both signs, tiny magnitudes, ±0.
	const ascending = [
		-1e6, -108.85, -1, -0.5, -1e-9, -0, 0, 1e-30, 1e-9, 0.01, 0.5, 1, 1.004, 2, 99.99, 153501.09,
		1e12
	];
	it('gives keys that never decrease as the numbers grow', () => {
		const keys = ascending.map(floatKey);
		keys.forEach((k, i) => {
			if (i > 0) expect(k).toBeGreaterThanOrEqual(keys[i - 1]);
		});
		// 1 and 1.004 are 0.4 % apart, within one key (1/64 of a power of two is 1.1 %); 1 and 2 are not.
		expect(floatKey(1)).toBe(floatKey(1.004));
		expect(floatKey(2)).toBeGreaterThan(floatKey(1));
		// Magnitudes below 2^-20 share one key per side of zero.
		expect(floatKey(1e-30)).toBe(floatKey(1e-9));
		expect(floatKey(-1e-9)).toBeLessThan(floatKey(1e-9));
	});

	it('keys each value as floatKey does and counts them', () => {
		// 0.5 … 1999 spans 12 powers of two, 768 keys: within 4n + 1024 for n = 6.
		const values = Float64Array.from([0.5, 1, 1.004, 2, 99.99, 1999]);
		const fh = floatHistogram(values);
		expect(fh).not.toBeNull();
		if (!fh) return;
		expect(Array.from(fh.keys)).toEqual(Array.from(values, floatKey));
		expect(fh.hist.min).toBe(floatKey(0.5));
		expect(fh.hist.counts[floatKey(1) - fh.hist.min]).toBe(2); // 1 and 1.004
	});

	// NaN and infinities have no key; 1e300 and -1e300 are ~2000 powers of two apart, far more
	// keys than 4n + 1024 for n = 2, as are -1e6 and 1e12 for n = 17 (100 powers of two).
	const declined = [
		{ name: 'NaN', values: [1, NaN] },
		{ name: '+Infinity', values: [1, Infinity] },
		{ name: '-Infinity', values: [-Infinity, 1] },
		{ name: 'too wide', values: [-1e300, 1e300] },
		{ name: 'too wide for few values', values: ascending }
	];
	it.each(declined)('declines $name', ({ values }) => {
		expect(floatHistogram(Float64Array.from(values))).toBeNull();
	});
});
