import { describe, expect, it } from 'vitest';
import { roundRows } from '$lib/data/export/roundCells';
import { csvDigits } from './csvDigits';

describe('csvDigits', () => {
	it('rounds every column to 3 decimals and leaves integers and text alone', () => {
		const t = csvDigits({ header: ['a', 'b', 'c'], rows: [['x', 0.909954238277, 1500]] })!;
		expect(t.digits).toEqual([3, 3, 3]);
		expect(roundRows(t.rows, t.digits)).toEqual([['x', 0.91, 1500]]);
	});
	it('no table, no digits', () => {
		expect(csvDigits(null)).toBeNull();
	});
});
