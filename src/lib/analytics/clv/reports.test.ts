import { describe, expect, it } from 'vitest';
import { loadCdnow } from '../../../../tests/helpers/cdnow';
import { dayFromISO } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { isClvIssue } from './clvTypes';
import { fitReport } from './fitReport';
import { predictReport } from './predictReport';

const cdnow = loadCdnow('sample');
const calibrationEnd = dayFromISO('1997-09-30');

describe('fitReport', () => {
	const cases = [
		{ model: 'bgnbd' as const, keys: ['r', 'alpha', 'a', 'b'], ll: -9582.43 },
		{ model: 'gammagamma' as const, keys: ['p', 'q', 'gamma'], ll: -4055.92 }
	];
	it.each(cases)('$model on CDNOW', ({ model, keys, ll }) => {
		const r = fitReport(cdnow, { model, calibrationEnd, unit: 'week' });
		expect(Object.keys(r.params)).toEqual(keys);
		expect(Math.abs(r.logLik - ll)).toBeLessThan(0.01);
		expect([r.customers, r.repeaters, r.converged]).toEqual([2357, 946, true]);
	});
	it('uses the whole period when no calibration end is given', () => {
		const r = fitReport(cdnow, { model: 'bgnbd', unit: 'week' });
		// All 2357 customers; more of them have repeat purchases over 78 weeks than over 39.
		expect(r.customers).toBe(2357);
		expect(r.repeaters).toBeGreaterThan(946);
	});
	it('throws a typed issue, not an Error, on degenerate data', () => {
		const table = transactionsFromRows([{ customerId: 'a', date: '2024-01-01', amount: 1 }]);
		let caught: unknown = null;
		try {
			fitReport(table, { model: 'bgnbd', unit: 'day' });
		} catch (e) {
			caught = e;
		}
		expect(isClvIssue(caught) && caught.code).toBe('one_customer');
	});
});

describe('predictReport', () => {
	it('CDNOW customer 1 over 12 months', () => {
		const r = predictReport(cdnow, { model: 'bgnbd', calibrationEnd, unit: 'week', horizon: 12 });
		const c = r.customers[0];
		expect(r.horizonUnits).toBeCloseTo(52.18, 2);
		expect(c.customerId).toBe('0001');
		expect([c.x, c.tx, c.T]).toEqual([2, 30 + 3 / 7, 38 + 6 / 7]);
		expect(c.expectedSpend).toBeCloseTo(24.65, 2);
		expect(c.clv).toBeCloseTo(36.3, 1);
		expect(
			r.customers.every((k) => Number.isFinite(k.expectedPurchases) && Number.isFinite(k.pAlive))
		).toBe(true);
	});
	it('no amounts: spend and CLV are null, never NaN', () => {
		const rows = Array.from({ length: 40 }, (_, k) => ({
			customerId: `c${k % 20}`,
			date: `2024-0${1 + (k % 6)}-${String(1 + (k % 27)).padStart(2, '0')}`
		}));
		const r = predictReport(transactionsFromRows(rows), {
			model: 'paretonbd',
			unit: 'week',
			horizon: 6
		});
		expect(r.customers.every((c) => c.clv === null && c.expectedSpend === null)).toBe(true);
		expect(r.customers.every((c) => Number.isFinite(c.expectedPurchases))).toBe(true);
	});
});
