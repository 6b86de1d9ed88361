import { describe, expect, it } from 'vitest';
import {
	accumulationRow,
	accumulationSeries,
	accumulationTable,
	TEXTBOOK_PERIODS
} from './accumulationTable';
import { TeachError } from './teachIssue';

const textbook = { customers: 100, profitPerCustomer: 10, movesPerPeriod: 1 };

describe('accumulationTable', () => {
	it('reproduces the textbook table (CONCEPTS.md §7)', () => {
		const rows = accumulationTable(textbook, TEXTBOOK_PERIODS);
		// The published pairs: one customer per period for 10 periods, then periods 25 and 50.
		expect(rows.map((r) => `${r.a}/${r.b}`)).toEqual([
			'100/100',
			'99/101',
			'98/102',
			'97/103',
			'96/104',
			'95/105',
			'94/106',
			'93/107',
			'92/108',
			'91/109',
			'90/110',
			'75/125',
			'50/150'
		]);
		// Relative size B/A to two decimals, as the textbook prints it: 1.00 … 1.22, 1.67, 3.00.
		expect(rows.map((r) => r.relative?.toFixed(2))).toEqual([
			'1.00',
			'1.02',
			'1.04',
			'1.06',
			'1.08',
			'1.11',
			'1.13',
			'1.15',
			'1.17',
			'1.20',
			'1.22',
			'1.67',
			'3.00'
		]);
		// Market shares of the 200 customers: 99/200 = 49.5 % … 50/200 = 25 % against 75 %.
		expect(
			rows.map((r) => `${(100 * (r.shareA ?? 0)).toFixed(1)}/${(100 * (r.shareB ?? 0)).toFixed(1)}`)
		).toEqual([
			'50.0/50.0',
			'49.5/50.5',
			'49.0/51.0',
			'48.5/51.5',
			'48.0/52.0',
			'47.5/52.5',
			'47.0/53.0',
			'46.5/53.5',
			'46.0/54.0',
			'45.5/54.5',
			'45.0/55.0',
			'37.5/62.5',
			'25.0/75.0'
		]);
		// 50/150 at 10 per customer: profits 500 and 1500, gap 1000.
		expect(rows[12]).toMatchObject({ gap: 100, profitA: 500, profitB: 1500, profitGap: 1000 });
	});

	const cases = [
		// 3 per period for 4 periods: 12 moved, 88/112, gap 24, 112/88 = 1.2727.
		{
			o: { customers: 100, profitPerCustomer: 5, movesPerPeriod: 3 },
			period: 4,
			a: 88,
			b: 112,
			relative: 112 / 88,
			profitGap: 120
		},
		// 60 would move but A only has 50: A empties, B has 100, relative size undefined.
		{
			o: { customers: 50, profitPerCustomer: 2, movesPerPeriod: 6 },
			period: 10,
			a: 0,
			b: 100,
			relative: null,
			profitGap: 200
		},
		// Nobody moves: the shops stay equal.
		{
			o: { customers: 100, profitPerCustomer: 10, movesPerPeriod: 0 },
			period: 30,
			a: 100,
			b: 100,
			relative: 1,
			profitGap: 0
		},
		// Empty market: no relative size rather than 0/0.
		{
			o: { customers: 0, profitPerCustomer: 10, movesPerPeriod: 1 },
			period: 3,
			a: 0,
			b: 0,
			relative: null,
			profitGap: 0
		}
	];
	it.each(cases)(
		'$o.customers customers, $o.movesPerPeriod a period, period $period',
		({ o, period, a, b, relative, profitGap }) => {
			const r = accumulationRow(o, period);
			expect(r.a).toBe(a);
			expect(r.b).toBe(b);
			if (relative === null) expect(r.relative).toBeNull();
			else expect(r.relative).toBeCloseTo(relative, 12);
			expect(r.profitGap).toBe(profitGap);
		}
	);

	it('series runs from period 0 to the horizon', () => {
		const s = accumulationSeries(textbook, 50);
		expect(s).toHaveLength(51);
		expect(s[50].relative).toBe(3);
	});

	it.each([
		{ field: 'customers', o: { ...textbook, customers: -1 } },
		{ field: 'movesPerPeriod', o: { ...textbook, movesPerPeriod: Number.NaN } }
	])('refuses a bad $field', ({ field, o }) => {
		try {
			accumulationRow(o, 1);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(TeachError);
			expect((e as TeachError).issue).toEqual({ code: 'bad_input', params: { field } });
		}
	});
});
