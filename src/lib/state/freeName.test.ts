import { describe, expect, it } from 'vitest';
import { freeName } from './freeName';

const cases: { name: string; taken: string[]; expected: string }[] = [
	{ name: 'orders', taken: [], expected: 'orders' },
	{ name: 'orders', taken: ['orders'], expected: 'orders (2)' },
	{ name: 'orders', taken: ['orders', 'orders (2)'], expected: 'orders (3)' },
	{ name: 'orders', taken: ['orders', 'orders (3)'], expected: 'orders (2)' },
	{ name: 'orders (2)', taken: ['orders', 'orders (2)'], expected: 'orders (3)' },
	{ name: '订单', taken: ['订单'], expected: '订单 (2)' },
	{ name: '007', taken: ['007', '7'], expected: '007 (2)' },
	{ name: '__proto__', taken: ['__proto__'], expected: '__proto__ (2)' }
];

describe('freeName', () => {
	for (const c of cases)
		it(`${c.name} among [${c.taken.join(', ')}]`, () => {
			expect(freeName(c.name, c.taken)).toBe(c.expected);
		});
});
