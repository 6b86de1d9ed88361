import { describe, expect, it } from 'vitest';
import { buyerClv, COMPUTER_BUYERS } from './buyerClv';
import { TeachError } from './teachIssue';

describe('buyerClv', () => {
	it('the young buyer is worth about 4x the old one before discounting (CONCEPTS.md §1)', () => {
		const young = buyerClv(COMPUTER_BUYERS.young, 0);
		const old = buyerClv(COMPUTER_BUYERS.old, 0);
		expect(young.undiscounted).toBe(185_000);
		expect(old.undiscounted).toBe(45_000);
		// At 0 % the present value is the plain sum of the amounts.
		expect(young.discounted).toBeCloseTo(185_000, 6);
		expect(old.discounted).toBeCloseTo(45_000, 6);
		// 185,000 / 45,000 = 4.11: "about 4x".
		expect(young.discounted / old.discounted).toBeCloseTo(4.111, 3);
		// ...although the old buyer spends more now.
		expect(old.current).toBeGreaterThan(young.current);
	});

	const cases = [
		{
			// The course's list, as given: ten purchases adding up to 185,000, the last at age 61.
			name: 'young, 0 %',
			plan: COMPUTER_BUYERS.young,
			rate: 0,
			amounts: [10_000, 12_000, 15_000, 17_000, 20_000, 22_000, 25_000, 23_000, 21_000, 20_000],
			lastAge: 61,
			discounted: 185_000
		},
		{
			// A student changes the total: the list no longer fits, so equal steps from the first
			// purchase, d = (185,000 − 10·10,000) / 45 = 1,888.89, the 10th purchase 10,000 + 9d = 27,000.
			name: 'young without the list: equal steps',
			plan: { ...COMPUTER_BUYERS.young, amounts: undefined },
			rate: 0,
			amounts: [
				10_000, 11_888.89, 13_777.78, 15_666.67, 17_555.56, 19_444.44, 21_333.33, 23_222.22,
				25_111.11, 27_000
			],
			lastAge: 61,
			discounted: 185_000
		},
		{
			// 15,000 × (1 + 1.1^−4 + 1.1^−8) = 15,000 × (1 + 0.683013 + 0.466507) = 32,242.81.
			name: 'old, 10 %',
			plan: COMPUTER_BUYERS.old,
			rate: 0.1,
			amounts: [15_000, 15_000, 15_000],
			lastAge: 73,
			discounted: 32_242.81
		},
		{
			// One purchase: the whole total today, nothing to discount.
			name: 'single purchase',
			plan: { age: 40, purchases: 1, firstAmount: 500, total: 800, intervalYears: 3 },
			rate: 0.2,
			amounts: [800],
			lastAge: 40,
			discounted: 800
		}
	];
	it.each(cases)('$name', ({ plan, rate, amounts, lastAge, discounted }) => {
		const r = buyerClv(plan, rate);
		r.purchases.forEach((p, i) => expect(p.amount).toBeCloseTo(amounts[i], 2));
		expect(r.purchases).toHaveLength(amounts.length);
		expect(r.purchases.at(-1)?.age).toBe(lastAge);
		expect(r.discounted).toBeCloseTo(discounted, 2);
	});

	it('uses the list while it fits, equal steps once a student edits the total', () => {
		expect(buyerClv(COMPUTER_BUYERS.young, 0).listed).toBe(true);
		const edited = buyerClv({ ...COMPUTER_BUYERS.young, total: 200_000 }, 0);
		expect(edited.listed).toBe(false);
		expect(edited.purchases.at(-1)?.amount).toBeCloseTo(10_000 + 9 * (100_000 / 45), 6);
	});

	it('discounts the listed amounts: young at 10 % a year, a purchase every 4 years', () => {
		// Σ amount_i / 1.1^(4i) over the ten listed amounts, by hand (Python) = 44,007.87.
		expect(buyerClv(COMPUTER_BUYERS.young, 0.1).discounted).toBeCloseTo(44_007.87, 2);
	});

	it('discounting shrinks the young buyer more (purchases lie further ahead)', () => {
		const ratio0 =
			buyerClv(COMPUTER_BUYERS.young, 0).discounted / buyerClv(COMPUTER_BUYERS.old, 0).discounted;
		const ratio8 =
			buyerClv(COMPUTER_BUYERS.young, 0.08).discounted /
			buyerClv(COMPUTER_BUYERS.old, 0.08).discounted;
		expect(ratio8).toBeLessThan(ratio0);
	});

	it.each([
		// Total 40,000 over 10 purchases starting at 10,000 would need negative later amounts (< 50,000 = 10·10,000/2).
		{
			name: 'total too small',
			plan: { ...COMPUTER_BUYERS.young, total: 40_000 },
			rate: 0,
			code: 'total_too_small'
		},
		{ name: 'rate −100 %', plan: COMPUTER_BUYERS.young, rate: -1, code: 'bad_input' },
		{
			name: 'no purchases',
			plan: { ...COMPUTER_BUYERS.old, purchases: 0 },
			rate: 0,
			code: 'bad_input'
		}
	])('$name → $code', ({ plan, rate, code }) => {
		expect(() => buyerClv(plan, rate)).toThrow(TeachError);
		try {
			buyerClv(plan, rate);
		} catch (e) {
			expect((e as TeachError).issue.code).toBe(code);
		}
	});
});
