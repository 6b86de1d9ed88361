// Cent sums by hand: the decimal totals of the amounts as written (worked out digit by digit),
// which the naive float sum misses.
import { describe, expect, it } from 'vitest';
import { moneyText, sumMoney, toCents } from './money';

describe('toCents', () => {
	const cases: [number, number][] = [
		[0.1, 10],
		[0.29, 29], // 0.29 × 100 = 28.999999999999996 in doubles
		[-4.35, -435],
		[2795774.36, 279577436],
		[9876543210987.65, 987654321098765],
		[1e13, 1e15],
		[0.125, 12.5], // a half cent is kept, not rounded away
		[0, 0]
	];
	it.each(cases)('%s', (amount, want) => {
		expect(toCents(amount)).toBe(want);
	});
});

describe('sumMoney', () => {
	const cases: [string, number[], number, string][] = [
		// 0.1 + 0.2 = 0.30000000000000004 in floating point.
		['0.1 + 0.2', [0.1, 0.2], 0.3, '0.30'],
		// By hand: 2795774.06 + 0.10 + 0.20 = 2795774.36 (float: 2795774.3600000003).
		['a total that printed 2795774.3600000003', [2795774.06, 0.1, 0.2], 2795774.36, '2795774.36'],
		// One customer beyond 10^13 units: 9876543210987.65 × 2 + 11111111108888.90
		// = 19753086421975.30 + 11111111108888.90 = 30864197530864.20 (float: …864.203).
		[
			'a customer beyond 10^13 units',
			[9876543210987.65, 9876543210987.65, 11111111108888.9],
			30864197530864.2,
			'30864197530864.20'
		],
		// Returns net: 10.00 − 4.35 − 5.65 = 0.
		['returns netting to zero', [10, -4.35, -5.65], 0, '0.00'],
		['NaN skipped', [1.1, NaN, 2.2], 3.3, '3.30'],
		// 1,000 rows of 0.01 + 0.02 … exactly 10.00 + 20.00.
		[
			'many small amounts',
			Array.from({ length: 2000 }, (_, i) => (i % 2 ? 0.02 : 0.01)),
			30,
			'30.00'
		]
	];
	it.each(cases)('%s', (_, values, want, text) => {
		const s = sumMoney(values);
		expect(s).toBe(want);
		expect(moneyText(s)).toBe(text);
	});

	it('the float sum really is off (the test can fail)', () => {
		let naive = 0;
		for (const v of [9876543210987.65, 9876543210987.65, 11111111108888.9]) naive += v;
		expect(naive).not.toBe(30864197530864.2);
	});
});

describe('moneyText', () => {
	const cases: [number, string][] = [
		[-0.1, '-0.10'],
		[1234.5, '1234.50'],
		[0, '0.00'],
		[NaN, '']
	];
	it.each(cases)('%s', (v, want) => expect(moneyText(v)).toBe(want));
});
