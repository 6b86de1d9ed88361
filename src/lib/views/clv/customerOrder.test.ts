import { describe, expect, it } from 'vitest';
import { customerOrder } from './customerOrder';

describe('customerOrder', () => {
	const cases = [
		{ name: 'numbers down', column: [3, 1, 2], desc: true, order: [0, 2, 1] },
		{ name: 'numbers up', column: [3, 1, 2], desc: false, order: [1, 2, 0] },
		// NaN (no CLV) sorts last in both directions; ties keep the original order.
		{ name: 'NaN last, down', column: [NaN, 5, 5, 1], desc: true, order: [1, 2, 3, 0] },
		{ name: 'NaN last, up', column: [NaN, 5, 5, 1], desc: false, order: [3, 1, 2, 0] },
		{ name: 'ids up', column: ['b', 'a', 'c'], desc: false, order: [1, 0, 2] },
		{
			name: 'ids keep leading zeros as text',
			column: ['010', '9', '001'],
			desc: false,
			order: [2, 0, 1]
		}
	];
	it.each(cases)('$name', ({ column, desc, order }) =>
		expect(Array.from(customerOrder(column, desc))).toEqual(order)
	);
	it('works on typed arrays', () =>
		expect(Array.from(customerOrder(Float64Array.from([0.2, 0.9, 0.5]), true))).toEqual([1, 2, 0]));
});
