import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../dates';
import { transactionsFromRows } from '../tableFromRows';
import { cohortTable } from './cohortTable';
import { customerDays } from './customerDays';
import { exitPatterns } from './exitPatterns';
import { CUSTOMER_PATTERNS } from './exitPatternOf';
import { stageAnalysis } from './stageAnalysis';
import { STAGE_THRESHOLD, stageAsOf, stageTx } from './stageFixture.fixture';
import { resolveStageRules, STAGES } from './stageRules';

// The five histories of stageWalker.test.ts, Jan..Dec 2023 (X starts in March):
//   S EEESSSSSSSSS · G EEEFFFFDCCCC · X   EEECCCCCCC · R EEESDDCCDSSS · L EEESSSSSDDCC
const a = stageAnalysis(customerDays(stageTx, stageAsOf), STAGE_THRESHOLD, resolveStageRules());

describe('stageAnalysis', () => {
	// Column sums of the strings above, month by month.
	const cases = [
		{ stage: 'exploration', counts: [4, 4, 5, 1, 1, 0, 0, 0, 0, 0, 0, 0] },
		{ stage: 'formation', counts: [0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0] },
		{ stage: 'stability', counts: [0, 0, 0, 3, 2, 2, 2, 2, 1, 2, 2, 2] },
		{ stage: 'decline', counts: [0, 0, 0, 0, 1, 1, 0, 1, 2, 1, 0, 0] },
		{ stage: 'churned', counts: [0, 0, 0, 0, 0, 1, 2, 2, 2, 2, 3, 3] }
	] as const;
	it.each(cases)('$stage counts per month', ({ stage, counts }) => {
		expect(a.counts[stage]).toEqual(counts);
	});
	it('revenue by stage', () => {
		// Jan: everyone exploring: S 100 + G 10 + R 20 + L 100 = 230.
		// Apr: stability S 100 + R 20 + L 100 = 220; formation G 50; exploration X 0.
		// Sep: R is back in decline with 20; S stability 100; L decline 0.
		expect(a.revenue.exploration[0]).toBe(230);
		expect(a.revenue.stability[3]).toBe(220);
		expect(a.revenue.formation[3]).toBe(50);
		expect(a.revenue.decline[8]).toBe(20);
		expect(a.revenue.stability[8]).toBe(100);
		// Every unit of spend lands in exactly one stage: total 1200 + 280 + 40 + 160 + 800.
		const total = STAGES.reduce((t, s) => t + a.revenue[s].reduce((x, y) => x + y, 0), 0);
		expect(total).toBe(2480);
	});
	it('stage and pattern at asOf', () => {
		const at = (id: string) => {
			const c = stageTx.customerIds.indexOf(id);
			return [STAGES[a.customerStage[c]], CUSTOMER_PATTERNS[a.customerPattern[c]]];
		};
		expect(at('S')).toEqual(['stability', 'active']);
		expect(at('G')).toEqual(['churned', 'II']);
		expect(at('X')).toEqual(['churned', 'I']);
		expect(at('R')).toEqual(['stability', 'active']);
		expect(at('L')).toEqual(['churned', 'III']);
		expect(a.stageTotals).toEqual({
			exploration: 0,
			formation: 0,
			stability: 2,
			decline: 0,
			churned: 3
		});
		expect(a.patternTotals).toEqual({ I: 1, II: 1, III: 1, IV: 0, active: 2 });
		expect(a.periods[0]).toBe('2023-01-01');
		expect(a.periods).toHaveLength(12);
	});
});

describe('stage revenue is summed in cents (money.ts), as every money sum', () => {
	// One customer, all purchases in January 2024 (exploration), on distinct days and on the same
	// day; asOf 2024-03-01 (two months: the cohort table needs two). Totals by hand, digit by digit; the float sums differ (last column).
	const cases = [
		// 0.1 + 0.2 = 0.30000000000000004 in floating point.
		{ name: '0.1 + 0.2 on two days', amounts: [0.1, 0.2], sameDay: false, total: 0.3 },
		{ name: '0.1 + 0.2 on one day', amounts: [0.1, 0.2], sameDay: true, total: 0.3 },
		// 2795774.06 + 0.10 + 0.20 = 2795774.36 (float: 2795774.3600000003).
		{
			name: 'a total that printed …3600000003',
			amounts: [2795774.06, 0.1, 0.2],
			sameDay: false,
			total: 2795774.36
		},
		// Beyond 10^13 units, under 2^53 cents: 9876543210987.65 × 2 + 11111111108888.90
		// = 30864197530864.20 (float: 30864197530864.203).
		{
			name: 'a customer beyond 10^13 units',
			amounts: [9876543210987.65, 9876543210987.65, 11111111108888.9],
			sameDay: false,
			total: 30864197530864.2
		},
		{
			name: 'the same, on one day',
			amounts: [9876543210987.65, 9876543210987.65, 11111111108888.9],
			sameDay: true,
			total: 30864197530864.2
		}
	];
	it.each(cases)('$name', ({ amounts, sameDay, total }) => {
		let naive = 0;
		for (const v of amounts) naive += v;
		expect(naive).not.toBe(total); // the float sum is off: the test can fail
		const rows = amounts.map((amount, i) => ({
			customerId: 'A',
			date: `2024-01-${String(sameDay ? 10 : 10 + i).padStart(2, '0')}`,
			amount
		}));
		const cd = customerDays(transactionsFromRows(rows), dayFromISO('2024-03-01'));
		const s = stageAnalysis(cd, 90, resolveStageRules());
		expect(s.revenue.exploration).toEqual([total, 0]);
		expect(exitPatterns(cd, s).patterns.find((p) => p.pattern === 'active')!.revenue).toBe(total);
		expect(cohortTable(cd, { grain: 'month' }).cohorts[0].revenue).toEqual([total, 0]);
	});
});
