// The compact columns of format 2: which labels are "numbered", which numbers have a decimal
// scale, and — through the whole container — that every edge case comes back exactly.
import { describe, expect, it } from 'vitest';
import { dayFromYMD } from '../../analytics/dates';
import { MISSING_DAY } from '../../analytics/types';
import type { StoredColumn } from '../validate/types';
import { numberedLabels, packColumn, scaleOf } from './columnPack';
import { decodeWorkspace } from './decodeWorkspace';
import { packInts, unpackInts } from './intPack';
import { concatBytes, encodeWorkspace } from './encodeWorkspace';
import { snapshotFixture } from './snapshotFixture';

describe('numberedLabels', () => {
	const cases: { labels: string[]; expected: { prefix: string; width: number } | null }[] = [
		{ labels: ['C00001', 'C00002', 'C05000'], expected: { prefix: 'C', width: 5 } },
		{ labels: ['O000001'], expected: { prefix: 'O', width: 6 } },
		{ labels: ['007', '008', '123'], expected: { prefix: '', width: 3 } },
		{ labels: ['1', '10', '100'], expected: { prefix: '', width: 1 } },
		{ labels: ['A1B22', 'A1B07'], expected: { prefix: 'A1B', width: 2 } },
		{ labels: ['客户1', '客户22'], expected: { prefix: '客户', width: 1 } },
		// "7" and "007" are two ids: no one width writes both, so the labels stay text.
		{ labels: ['7', '007'], expected: null },
		{ labels: ['C1', 'D2'], expected: null },
		{ labels: ['12', '-3'], expected: null },
		{ labels: ['C1', 'C1x'], expected: null },
		{ labels: ['x'], expected: null },
		{ labels: [], expected: null },
		// 16 digits would not be exact in a double.
		{ labels: ['1234567890123456'], expected: null },
		{ labels: [`${'p'.repeat(65)}1`], expected: null }
	];
	it.each(cases)('$labels', ({ labels, expected }) => {
		const r = numberedLabels(labels);
		expect(r && { prefix: r.prefix, width: r.width }).toEqual(expected);
	});
});

describe('scaleOf', () => {
	const cases: { values: number[]; scale: number | null }[] = [
		{ values: [1, -2, 0], scale: 1 },
		{ values: [129.22, -17.96, 0], scale: 100 },
		{ values: [0.3, 0.1, 0.2], scale: 10 },
		// 0.1 + 0.2 is 0.30000000000000004, no number of cents: kept as a double.
		{ values: [0.1 + 0.2], scale: null },
		{ values: [0.001], scale: 1000 },
		{ values: [0.00001], scale: null },
		{ values: [NaN, 5], scale: 1 },
		{ values: [-0], scale: null },
		{ values: [1e13, 0.01], scale: 100 }
	];
	it.each(cases)('$values → $scale', ({ values, scale }) =>
		expect(scaleOf(Float64Array.from(values))).toBe(scale)
	);
});

/** A transactions dataset of these columns through the whole container and back. */
function roundTrip(customer: StoredColumn, date: StoredColumn, amount: StoredColumn) {
	const snap = snapshotFixture();
	const d = snap.datasets[0];
	const rows = customer.type === 'dict' ? customer.codes.length : 0;
	d.record.rows = rows;
	d.record.report = { ...d.record.report, rowsRead: rows, accepted: rows };
	d.columns = { customerId: customer, date, amount };
	const back = decodeWorkspace(concatBytes(encodeWorkspace(snap)));
	return { sent: d.columns, back: back.datasets[0].columns };
}

const ids = (labels: string[], codes: number[]): StoredColumn => ({
	type: 'dict',
	codes: Int32Array.from(codes),
	labels
});
const days = (values: number[]): StoredColumn => ({ type: 'day', values: Int32Array.from(values) });
const money = (values: number[]): StoredColumn => ({
	type: 'number',
	values: Float64Array.from(values)
});
const repeat = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));

describe('round trip through format 2', () => {
	const day = (y: number, m: number, d: number) => dayFromYMD(y, m, d);
	const cases: {
		name: string;
		customer: StoredColumn;
		date: StoredColumn;
		amount: StoredColumn;
		packs?: unknown[];
	}[] = [
		{ name: 'no rows', customer: ids([], []), date: days([]), amount: money([]) },
		{
			name: 'one row',
			customer: ids(['C1'], [0]),
			date: days([day(2024, 2, 29)]),
			amount: money([9.99])
		},
		{
			name: 'returns: negative amounts',
			customer: ids(['C1', 'C2'], [0, 1, 0]),
			date: days([20000, 20000, 20001]),
			amount: money([100, -100, -0.01])
		},
		{
			name: 'ids like 007 beside 7, and 008',
			customer: ids(['007', '7', '008'], [0, 1, 2, 0]),
			date: days([20000, 20001, 20002, 20003]),
			amount: money([1, 2, 3, 4])
		},
		{
			name: 'Chinese ids and numbered Chinese ids',
			customer: ids(['客户乙', '顾客 7', '𠮷野家'], [2, 1, 0]),
			date: days([20000, 20000, 20000]),
			amount: money([5, 6, 7])
		},
		{
			name: 'cents exact: 0.1, 0.2, 0.3 and the sum 0.1 + 0.2 beside them',
			customer: ids(['a'], [0, 0, 0, 0]),
			date: days([20000, 20000, 20000, 20000]),
			amount: money([0.1, 0.2, 0.3, 0.1 + 0.2]),
			packs: [{ type: 'number', values: 'f64' }]
		},
		{
			name: 'dates before 1970 and after 2038',
			customer: ids(['a', 'b'], [0, 1, 0, 1]),
			date: days([day(1900, 1, 1), day(1969, 12, 31), day(2038, 1, 20), day(9999, 12, 31)]),
			amount: money([1, 1, 1, 1])
		},
		{
			name: 'a long sorted column: numbered ids, delta days, cents in planes',
			customer: ids(
				repeat(300, (i) => `C${String(i + 1).padStart(5, '0')}`),
				repeat(300, (i) => i)
			),
			date: days(repeat(300, (i) => 19000 + (i >> 2))),
			amount: money(repeat(300, (i) => Math.round(Math.abs(Math.sin(i) * 50000)) / 100)),
			packs: [
				{ type: 'dict', codes: 'delta', labels: { prefix: 'C', width: 5, ints: 'delta' } },
				{ type: 'day', values: 'delta' },
				{ type: 'number', values: { scale: 100, ints: 'planes' } }
			]
		}
	];
	it.each(cases)('$name', ({ customer, date, amount, packs }) => {
		const { sent, back } = roundTrip(customer, date, amount);
		// toEqual compares typed arrays element by element with Object.is (NaN, -0).
		expect(back).toEqual(sent);
		if (packs) {
			const got = [customer, date, amount].map((c) => packColumn(c).pack);
			expect(got.slice(-packs.length)).toEqual(packs);
		}
	});

	it('keeps a missing id (-1) and a missing number (NaN)', () => {
		const snap = snapshotFixture();
		const survey = snap.datasets[1];
		survey.record.rows = 3;
		survey.record.report = { ...survey.record.report, rowsRead: 3, accepted: 3 };
		survey.columns = {
			q1: money([7, NaN, 10]),
			segment: ids(['x'], [0, -1, 0])
		};
		const back = decodeWorkspace(concatBytes(encodeWorkspace(snap)));
		expect(back.datasets[1].columns).toEqual(survey.columns);
	});

	it('keeps a missing day (the smallest Int32) beside a real one', () => {
		const { pack, bytes } = packInts([MISSING_DAY, 20000, MISSING_DAY]);
		const out = new Int32Array(3);
		unpackInts(bytes, out, pack, 'signupDate');
		expect(Array.from(out)).toEqual([MISSING_DAY, 20000, MISSING_DAY]);
	});
});
