import { describe, expect, it } from 'vitest';
import { MISSING_DAY, type CustomerTable } from '../types';
import { joinAttributes } from './joinAttributes';

const customers: CustomerTable = {
	length: 3,
	ids: ['00017', 'B', 'A'],
	columns: {
		age: { kind: 'number', values: Float64Array.from([41, 23, 35]) },
		region: { kind: 'category', codes: Int32Array.from([0, 1, -1]), labels: ['north', 'south'] },
		since: { kind: 'date', values: Int32Array.from([100, 200, 300]) }
	}
};

describe('joinAttributes', () => {
	// Metrics rows A, 00017, Z: A is customers row 2, 00017 row 0, Z has no record.
	const cases = [
		{ column: 'age', expected: [35, 41, NaN] },
		{ column: 'region', expected: [-1, 0, -1] },
		{ column: 'since', expected: [300, 100, MISSING_DAY] }
	];
	const joined = joinAttributes({ length: 3, ids: ['A', '00017', 'Z'] }, customers);
	it.each(cases)('$column aligns by id', ({ column, expected }) => {
		const col = joined.columns[column];
		const got = col.kind === 'category' ? col.codes : col.values;
		expect(Array.from(got)).toEqual(expected);
	});
	it('counts matches and keeps "00017" a string id', () => {
		expect(joined.matched).toBe(2);
	});
});
