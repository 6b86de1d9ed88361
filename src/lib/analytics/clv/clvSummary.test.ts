import { describe, expect, it } from 'vitest';
import { loadCdnow } from '../../../../tests/helpers/cdnow';
import { dayFromISO } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { clvSummary } from './clvSummary';
import { customerDays } from './customerDays';
import { defaultCalibrationEnd } from './defaultCalibrationEnd';
import { groupSpendRows, groupTransactionRows } from './groupRows';
import { unitsPerMonth } from './unitDays';

const table = transactionsFromRows([
	// A: first 2024-01-01, two purchases on 01-08 (merged: 30 + 10), one on 01-15, holdout 02-05.
	{ customerId: 'A', date: '2024-01-15', amount: 5 },
	{ customerId: 'A', date: '2024-01-01', amount: 100 },
	{ customerId: 'A', date: '2024-01-08', amount: 30 },
	{ customerId: 'A', date: '2024-01-08', amount: 10 },
	{ customerId: 'A', date: '2024-02-05', amount: 7 },
	// B: bought once; C: first purchase after calibration (excluded); D: a return, which is
	// not a transaction (left out and counted).
	{ customerId: 'B', date: '2024-01-22', amount: 50 },
	{ customerId: 'C', date: '2024-02-01', amount: 9 },
	{ customerId: 'D', date: '2024-01-29', amount: 20 },
	{ customerId: 'D', date: '2024-01-31', amount: -20 }
]);
const calibrationEnd = dayFromISO('2024-01-31');

describe('clvSummary on a hand-made table', () => {
	const s = clvSummary(table, { calibrationEnd, unit: 'week' });
	// By hand, weeks: A first 01-01, repeats 01-08 and 01-15 → x 2, t_x 14/7 = 2, T 30/7,
	// mean repeat spend (40 + 5)/2 = 22.5, holdout 1. B: x 0, T 9/7. D: its -20 on 01-31 is a
	// return, so x 0, t_x 0, T 2/7, calibration spend 20. Calibration spend includes the
	// first purchase: A 100 + 40 + 5 = 145.
	const cases: [string, number, number, number, number, number, number, number][] = [
		['A', 2, 2, 30 / 7, 2, 22.5, 1, 145],
		['B', 0, 0, 9 / 7, 0, 0, 0, 50],
		['D', 0, 0, 2 / 7, 0, 0, 0, 20]
	];
	it.each(cases)('customer %s', (id, x, tx, T, n, mean, hold, calSpend) => {
		const i = s.ids.indexOf(id);
		expect([s.x[i], s.tx[i], s.T[i], s.spendCount[i], s.meanSpend[i], s.holdoutX[i]]).toEqual([
			x,
			tx,
			T,
			n,
			mean,
			hold
		]);
		expect(s.calibrationSpend[i]).toBeCloseTo(calSpend, 12);
	});
	it('drops late customers and counts the return it left out', () => {
		expect(s.ids).toEqual(['A', 'B', 'D']);
		expect(s.excludedLate).toBe(1);
		expect(s.nonPositiveSpends).toBe(0);
		expect(s.returnsExcluded).toBe(1);
		expect(s.issues.map((i) => i.code)).toEqual(['returns_excluded']);
		// Holdout runs to the last day in the data, 02-05: 5 days.
		expect(s.holdoutLength).toBeCloseTo(5 / 7, 14);
	});
	it('months are days / (365.25/12)', () => {
		const m = clvSummary(table, { calibrationEnd, unit: 'month' });
		expect(m.T[0]).toBeCloseTo(30 / (365.25 / 12), 14);
		expect(unitsPerMonth('week')).toBeCloseTo(365.25 / 12 / 7, 14);
		expect(12 * unitsPerMonth('week')).toBeCloseTo(52.18, 2);
	});
	it('reports no customers when calibration ends before every first purchase', () => {
		const e = clvSummary(table, { calibrationEnd: dayFromISO('2023-12-31'), unit: 'day' });
		expect(e.length).toBe(0);
		expect(e.issues[0].code).toBe('no_customers');
	});
});

describe('customerDays', () => {
	it('merges same-day rows and sorts each customer by day, also for long histories', () => {
		const rows = Array.from({ length: 50 }, (_, k) => ({
			customerId: 'L',
			date: `2024-03-${String(28 - (k % 25)).padStart(2, '0')}`,
			amount: 1
		}));
		const cd = customerDays(transactionsFromRows(rows));
		// 25 distinct days (4..28), each twice.
		expect(cd.start[1] - cd.start[0]).toBe(25);
		expect(Array.from(cd.amount)).toEqual(new Array(25).fill(2));
		expect(cd.day[0]).toBe(dayFromISO('2024-03-04'));
		expect(cd.day[24]).toBe(dayFromISO('2024-03-28'));
	});
});

describe('defaultCalibrationEnd', () => {
	it('keeps the last third of the period as holdout', () => {
		// 2024-01-01 .. 2024-02-05 is 35 days; a third is 11.67 → 12 days of holdout.
		expect(defaultCalibrationEnd(table)).toBe(dayFromISO('2024-01-24'));
		expect(defaultCalibrationEnd(transactionsFromRows([]))).toBeNaN();
	});
});

describe('groupRows', () => {
	it('collapses identical rows with weights', () => {
		const x = Float64Array.of(1, 0, 1, 0, 2);
		const tx = Float64Array.of(3, 0, 3, 0, 5);
		const T = Float64Array.of(9, 9, 9, 8, 9);
		const g = groupTransactionRows(x, tx, T);
		expect(Array.from(g.x)).toEqual([0, 0, 1, 2]);
		expect(Array.from(g.T)).toEqual([8, 9, 9, 9]);
		expect(Array.from(g.weight)).toEqual([1, 1, 2, 1]);
		expect(Array.from(g.groupOf)).toEqual([2, 1, 2, 0, 3]);
		const sp = groupSpendRows(Float64Array.of(1, 0, 1, 2), Float64Array.of(5, 0, 5, -1));
		expect([sp.length, sp.weight[0], Array.from(sp.groupOf)]).toEqual([1, 2, [0, -1, 0, -1]]);
	});
});

describe('CDNOW sample data preparation (REFERENCES.md)', () => {
	const cdnow = loadCdnow('sample');
	const s = clvSummary(cdnow, { calibrationEnd: dayFromISO('1997-09-30'), unit: 'week' });
	it('reproduces the published totals', () => {
		let repeaters = 0;
		let sx = 0;
		let hold = 0;
		const dist = new Array(8).fill(0);
		for (let i = 0; i < s.length; i++) {
			if (s.x[i] > 0) repeaters++;
			sx += s.x[i];
			hold += s.holdoutX[i];
			dist[Math.min(7, s.x[i])]++;
		}
		expect([cdnow.length, s.length, customerDays(cdnow).day.length]).toEqual([6919, 2357, 6696]);
		expect([repeaters, sx, hold]).toEqual([946, 2457, 1882]);
		expect(dist).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]);
		// A 1997-01-01 buyer has T = 272/7; holdout is weeks 40–78 (273 days).
		expect(s.T[0]).toBe(272 / 7);
		expect(s.holdoutLength).toBe(39);
		expect(s.nonPositiveSpends).toBe(0);
	});
	it('matches the published 2-d.p. summary for every customer', async () => {
		const { loadCdnowPublishedSummary } = await import('../../../../tests/helpers/cdnow');
		const pub = loadCdnowPublishedSummary();
		let worst = 0;
		for (let i = 0; i < s.length; i++) {
			worst = Math.max(
				worst,
				Math.abs(s.x[i] - pub.x[i]),
				Math.abs(s.tx[i] - pub.tx[i]),
				Math.abs(s.T[i] - pub.T[i]),
				Math.abs(s.meanSpend[i] - pub.zbar[i])
			);
		}
		expect(worst).toBeLessThanOrEqual(0.005 + 1e-9);
	});
});
