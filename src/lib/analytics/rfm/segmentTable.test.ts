import { describe, expect, it } from 'vitest';
import { customerTable } from '../customers/customerTable';
import { dayFromISO } from '../dates';
import { assignSegments } from './assignSegments';
import { ledgerFixture, tenCustomers } from './ledgerFixture';
import { rfmScores } from './rfmScores';
import { segmentPresets } from './segmentPresets';
import { segmentShareBars } from './segmentShareBars';
import { segmentTable } from './segmentTable';
import { segmentTreemap } from './segmentTreemap';

// Scores from rfmScores.test.ts: 555 555 444 444 333 313 212 212 111 111. Vignette rules:
// 555 champions; 444, 333 potential loyalist; 313 promising (R3–4 F1–3 M3–5);
// 212 about to sleep; 111 lost. Total revenue 2740.
const table = customerTable(ledgerFixture(tenCustomers, '2024-12-31'), {
	asOf: dayFromISO('2024-12-31')
});
const scores = rfmScores(table);
const assignment = assignSegments(scores, segmentPresets.rfmVignette);
const result = segmentTable(table, scores, assignment);
const row = (key: string) => result.rows.find((r) => r.key === key);

describe('segmentTable', () => {
	const cases = [
		{ key: 'champions', customers: 2, revenue: 1600, meanRecency: 1.5, meanFrequency: 8, meanR: 5 },
		{
			key: 'potentialLoyalist',
			customers: 3,
			revenue: 900,
			meanRecency: 35 / 3,
			meanFrequency: 3,
			meanR: 11 / 3
		},
		{ key: 'promising', customers: 1, revenue: 100, meanRecency: 30, meanFrequency: 1, meanR: 3 },
		{ key: 'aboutToSleep', customers: 2, revenue: 90, meanRecency: 75, meanFrequency: 1, meanR: 2 },
		{ key: 'lost', customers: 2, revenue: 50, meanRecency: 160, meanFrequency: 1, meanR: 1 }
	];
	it.each(cases)('$key', (c) => {
		const r = row(c.key);
		expect(r?.customers).toBe(c.customers);
		expect(r?.share).toBeCloseTo(c.customers / 10, 12);
		expect(r?.revenue).toBeCloseTo(c.revenue, 9);
		expect(r?.revenueShare).toBeCloseTo(c.revenue / 2740, 12);
		expect(r?.meanRecency).toBeCloseTo(c.meanRecency, 12);
		expect(r?.meanFrequency).toBeCloseTo(c.meanFrequency, 12);
		expect(r?.meanMonetary).toBeCloseTo(c.revenue / c.customers, 9);
		expect(r?.meanR).toBeCloseTo(c.meanR, 12);
		expect(r?.actionKey).toBe(`segments.action.${c.key}`);
	});

	it('keeps empty segments with null means, never NaN', () => {
		expect(row('loyal')).toMatchObject({
			customers: 0,
			revenue: 0,
			meanRecency: null,
			meanM: null
		});
		expect(result.rows.map((r) => r.key).at(-1)).toBe('others');
		expect(result.revenue).toBeCloseTo(2740, 9);
	});
});

describe('segment series', () => {
	it('treemap by customers leaves out empty segments', () => {
		const t = segmentTreemap(result.rows);
		expect(t.children.map((c) => [c.key, c.value])).toEqual([
			['champions', 2],
			['potentialLoyalist', 3],
			['promising', 1],
			['aboutToSleep', 2],
			['lost', 2]
		]);
		expect(t.omitted).toEqual([
			'loyal',
			'newCustomers',
			'cantLose',
			'atRisk',
			'needAttention',
			'others'
		]);
	});

	it('treemap by revenue sizes leaves by money', () => {
		const t = segmentTreemap(result.rows, 'revenue');
		expect(t.children[0].key).toBe('champions');
		expect(t.children[0].value).toBeCloseTo(1600, 9);
	});

	it('share bars pair customer and revenue shares', () => {
		const bars = segmentShareBars(result.rows);
		// Champions: 20 % of customers, 1600 / 2740 = 58.4 % of revenue.
		expect(bars[0].key).toBe('champions');
		expect(bars[0].customerShare).toBeCloseTo(0.2, 12);
		expect(bars[0].revenueShare).toBeCloseTo(0.58394, 5);
	});

	it('revenue shares are null, with an issue, when net revenue is not positive', () => {
		const refunds = customerTable(
			ledgerFixture(
				[
					{ id: 'a', recency: 1, frequency: 1, monetary: 10 },
					{ id: 'b', recency: 2, frequency: 1, monetary: 0 }
				],
				'2024-12-31'
			),
			{ asOf: dayFromISO('2024-12-31') }
		);
		// Make the total negative by hand: a return larger than all purchases.
		if (refunds.monetary) refunds.monetary[0] = -50;
		const s = rfmScores(refunds);
		const t = segmentTable(refunds, s, assignSegments(s, segmentPresets.short));
		expect(t.rows.every((r) => r.revenueShare === null)).toBe(true);
		expect(t.issues.map((i) => i.code)).toEqual(['non_positive_total']);
	});
});
