import { describe, expect, it } from 'vitest';
import { DIGITS, roundCell, roundRows } from './roundCells';
import { toCsv } from './toCsv';

describe('roundCell', () => {
	// Expected values written by hand from the decimal value of each input.
	const cases: { value: unknown; digits?: number | null; expected: unknown }[] = [
		{ value: 0.1 + 0.2, expected: 0.3 },
		{ value: 12.345000000000001, digits: null, expected: 12.345 },
		{ value: 1234.5678, digits: DIGITS.money, expected: 1234.57 },
		{ value: 1.005, digits: DIGITS.money, expected: 1.01 },
		{ value: -1.005, digits: DIGITS.money, expected: -1.01 },
		{ value: 19.999, digits: DIGITS.money, expected: 20 },
		{ value: -0.001, digits: DIGITS.money, expected: 0 },
		{ value: 0.123456, digits: DIGITS.share(1), expected: 0.123 },
		{ value: 0.1235, digits: DIGITS.share(1), expected: 0.124 },
		{ value: 0.5, digits: DIGITS.share(0), expected: 0.5 },
		{ value: 41.6, digits: DIGITS.count, expected: 42 },
		{ value: 7, digits: DIGITS.money, expected: 7 },
		{ value: 1e21, digits: DIGITS.money, expected: 1e21 },
		{ value: NaN, digits: DIGITS.money, expected: NaN },
		{ value: 'Champions', digits: DIGITS.money, expected: 'Champions' },
		{ value: null, digits: DIGITS.money, expected: null }
	];
	for (const c of cases)
		it(`${String(c.value)} at ${String(c.digits)} digits → ${String(c.expected)}`, () => {
			expect(roundCell(c.value, c.digits)).toEqual(c.expected);
		});
});

describe('CSV builders carry display precision', () => {
	const cases = [
		{
			name: 'segment grid: counts, money to cents, names untouched',
			header: ['R', 'F', 'customers', 'mean monetary', 'segment'],
			rows: [[5, 4, 118, 2417.3349999999996, 'Champions']],
			digits: [0, 0, 0, DIGITS.money, null],
			csv: 'R,F,customers,mean monetary,segment\r\n5,4,118,2417.33,Champions\r\n'
		},
		{
			name: 'segment shares: fractions to the decimals of a one-decimal percent',
			header: ['segment', 'share', 'revenue share'],
			rows: [
				['Lost', 0.21428571428571427, 0.030000000000000002],
				['Champions', 0.1, 0.4567]
			],
			digits: [null, DIGITS.share(1), DIGITS.share(1)],
			csv: 'segment,share,revenue share\r\nLost,0.214,0.03\r\nChampions,0.1,0.457\r\n'
		},
		{
			name: 'no digits given: float noise only',
			header: ['k', 'silhouette'],
			rows: [[3, 0.30000000000000004]],
			digits: [],
			csv: 'k,silhouette\r\n3,0.3\r\n'
		}
	];
	for (const c of cases)
		it(c.name, () => {
			expect(toCsv(c.header, roundRows(c.rows, c.digits))).toBe('\ufeff' + c.csv);
		});
});
