import { describe, expect, it } from 'vitest';
import type { CustomerMetrics } from '../customers/customerTable';
import { rfmFeatures } from './rfmFeatures';

const E = Math.E;
// Two customers with log1p values R 0 and 1, F log 2 and log 2 (no variance), M 1 and 3.
const table = {
	length: 2,
	ids: ['a', 'b'],
	recency: Int32Array.from([0, 1]),
	frequency: Int32Array.from([1, 1]),
	monetary: Float64Array.from([E - 1, E ** 3 - 1]),
	average: Float64Array.from([E - 1, E ** 3 - 1])
} as unknown as CustomerMetrics;

describe('rfmFeatures', () => {
	const f = rfmFeatures(table, { extra: { age: Float64Array.from([20, NaN]) } });
	// Standardised with population sd: two points always go to −1 and +1.
	const cases = [
		{ name: 'recency', j: 0, mean: Math.log(2) / 2, expected: [-1, 1] },
		{ name: 'frequency', j: 1, mean: Math.log(2), expected: [0, 0] },
		{ name: 'monetary', j: 2, mean: 2, expected: [-1, 1] },
		// age: one value only → sd 0 → zeros; the missing value sits at the mean.
		{ name: 'age', j: 3, mean: 20, expected: [0, 0] }
	];
	it.each(cases)('$name', ({ name, j, mean, expected }) => {
		expect(f.names[j]).toBe(name);
		expect(f.means[j]).toBeCloseTo(mean, 12);
		expect([f.data[j], f.data[f.d + j]].map((v) => +v.toFixed(12))).toEqual(expected);
	});
	it('reports features without variance', () => {
		expect(
			f.issues.filter((i) => i.code === 'zero_variance').map((i) => i.params?.feature)
		).toEqual(['frequency', 'age']);
	});
});
