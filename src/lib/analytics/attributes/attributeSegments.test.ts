import { describe, expect, it } from 'vitest';
import { customerTable } from '../customers/customerTable';
import { dayFromISO } from '../dates';
import { assignSegments } from '../rfm/assignSegments';
import { ledgerFixture, tenCustomers } from '../rfm/ledgerFixture';
import { rfmScores } from '../rfm/rfmScores';
import { segmentPresets } from '../rfm/segmentPresets';
import { attributeGroups } from './attributeGroups';
import { attributeSegments } from './attributeSegments';
import { crossTab } from './crossTab';

const table = customerTable(ledgerFixture(tenCustomers, '2024-12-31'), {
	asOf: dayFromISO('2024-12-31')
});
const scores = rfmScores(table);
// Region: c01–c03 north, c04–c09 south, c10 missing.
const region = attributeGroups('region', {
	kind: 'category',
	codes: Int32Array.from([0, 0, 0, 1, 1, 1, 1, 1, 1, -1]),
	labels: ['north', 'south']
});

describe('attributeSegments', () => {
	const rows = attributeSegments(table, region, scores);
	// north: 1000+600+400, recency (1+2+5)/3, frequency (10+6+4)/3, R (5+5+4)/3.
	// south: 300+200+100+50+40+30 = 720, recency 330/6 = 55, frequency 9/6, R (4+3+3+2+2+1)/6.
	const cases = [
		{
			key: 'north',
			customers: 3,
			revenue: 2000,
			meanRecency: 8 / 3,
			meanFrequency: 20 / 3,
			meanR: 14 / 3
		},
		{
			key: 'south',
			customers: 6,
			revenue: 720,
			meanRecency: 55,
			meanFrequency: 1.5,
			meanR: 15 / 6
		},
		{ key: '__missing__', customers: 1, revenue: 20, meanRecency: 200, meanFrequency: 1, meanR: 1 }
	];
	it.each(cases)('$key', (c) => {
		const r = rows.find((x) => x.key === c.key);
		expect(r?.customers).toBe(c.customers);
		expect(r?.share).toBeCloseTo(c.customers / 10, 12);
		expect(r?.revenue).toBeCloseTo(c.revenue, 9);
		expect(r?.revenueShare).toBeCloseTo(c.revenue / 2740, 12);
		expect(r?.meanRecency).toBeCloseTo(c.meanRecency, 12);
		expect(r?.meanFrequency).toBeCloseTo(c.meanFrequency, 12);
		expect(r?.meanR).toBeCloseTo(c.meanR, 12);
	});
});

describe('crossTab attribute × segment', () => {
	// Vignette segments (see segmentTable.test.ts): c01 c02 champions, c03–c05 potential
	// loyalist, c06 promising, c07 c08 about to sleep, c09 c10 lost.
	const a = assignSegments(scores, segmentPresets.rfmVignette);
	const t = crossTab(region.codes, region.keys, a.segment, a.keys);
	const cell = (row: string, col: string) => t.counts[t.rows.indexOf(row)][t.columns.indexOf(col)];
	const cases = [
		{ row: 'north', col: 'champions', count: 2 },
		{ row: 'north', col: 'potentialLoyalist', count: 1 },
		{ row: 'south', col: 'potentialLoyalist', count: 2 },
		{ row: 'south', col: 'promising', count: 1 },
		{ row: 'south', col: 'aboutToSleep', count: 2 },
		{ row: 'south', col: 'lost', count: 1 },
		{ row: '__missing__', col: 'lost', count: 1 },
		{ row: 'north', col: 'lost', count: 0 }
	];
	it.each(cases)('$row × $col = $count', ({ row, col, count }) => {
		expect(cell(row, col)).toBe(count);
	});
	it('has totals and row shares', () => {
		expect(t.rowTotals).toEqual([3, 6, 1]);
		expect(t.total).toBe(10);
		expect(t.columnTotals[t.columns.indexOf('lost')]).toBe(2);
		expect(t.rowShares[0][t.columns.indexOf('champions')]).toBeCloseTo(2 / 3, 12);
	});
});
