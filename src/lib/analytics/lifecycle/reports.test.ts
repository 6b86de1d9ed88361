import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { transactionsFromRows } from '../tableFromRows';
import { cdnowTable } from './cdnowTable.fixture';
import { cohortsReport } from './cohortsReport';
import { LifecycleError } from './lifecycleIssue';
import { lifecycleReport } from './lifecycleReport';
import { STAGE_THRESHOLD, stageTx } from './stageFixture.fixture';

describe('cohortsReport', () => {
	// The cohort log of cohortTable.test.ts; default asOf = the day after the last row
	// (2024-04-06, so D's April purchase now counts and April is a partial fourth column).
	const tx = transactionsFromRows([
		{ customerId: 'A', date: '2024-01-05', amount: 10 },
		{ customerId: 'A', date: '2024-01-20', amount: 5 },
		{ customerId: 'A', date: '2024-03-10', amount: 20 },
		{ customerId: 'B', date: '2024-01-15', amount: 30 },
		{ customerId: 'C', date: '2024-02-03', amount: 8 },
		{ customerId: 'C', date: '2024-03-03', amount: 12 },
		{ customerId: 'D', date: '2024-02-28', amount: 4 },
		{ customerId: 'D', date: '2024-04-05', amount: 50 },
		{ customerId: 'E', date: '2024-03-31', amount: 6 }
	]);
	const cases = [
		{
			metric: 'retention',
			asOf: '2024-04-01',
			values: [
				[1, 0, 0.5],
				[1, 0.5, null],
				[1, null, null]
			]
		},
		{
			// D buys again in April (k = 2 of the Feb cohort): 1 of 2 active, 50/2 = 25 per member.
			metric: 'revenue',
			asOf: undefined,
			values: [
				[22.5, 0, 10, 0],
				[6, 6, 25, null],
				[6, 0, null, null]
			]
		},
		{
			metric: 'active',
			asOf: undefined,
			values: [
				[2, 0, 1, 0],
				[2, 1, 1, null],
				[1, 0, null, null]
			]
		},
		{
			metric: 'cumulative',
			asOf: '2024-04-01',
			values: [
				[22.5, 22.5, 32.5],
				[6, 12, null],
				[6, null, null]
			]
		}
	] as const;
	it.each(cases)('$metric (asOf $asOf)', ({ metric, asOf, values }) => {
		const r = cohortsReport(tx, { grain: 'month', metric, asOf });
		expect(r.cohorts.map((c) => c.cohort)).toEqual(['2024-01-01', '2024-02-01', '2024-03-01']);
		expect(r.cohorts.map((c) => c.size)).toEqual([2, 2, 1]);
		expect(r.cohorts.map((c) => c.values)).toEqual(values);
		expect(r.asOf).toBe(asOf ?? '2024-04-06');
	});
	it('revenue needs amounts; an unknown metric is an issue', () => {
		const counts = transactionsFromRows([{ customerId: 'a', date: '2024-01-01' }]);
		expect(() => cohortsReport(counts, { grain: 'month', metric: 'revenue' })).toThrow(
			LifecycleError
		);
		// @ts-expect-error: testing a value from outside TypeScript (the CLI).
		expect(() => cohortsReport(tx, { grain: 'month', metric: 'margin' })).toThrow(LifecycleError);
	});
});

describe('lifecycleReport', () => {
	it('hand-built histories with the threshold given', () => {
		const r = lifecycleReport(stageTx, { asOf: '2024-01-01', inactiveDays: STAGE_THRESHOLD });
		expect(r.inactiveDays).toBe(90);
		expect(r.threshold?.method).toBe('given');
		expect(r.stages).toEqual({
			exploration: 0,
			formation: 0,
			stability: 2,
			decline: 0,
			churned: 3
		});
		expect(r.patterns).toEqual({ I: 1, II: 1, III: 1, IV: 0, active: 2 });
		expect(r.customers).toEqual([
			{ customerId: 'S', stage: 'stability', pattern: 'active' },
			{ customerId: 'G', stage: 'churned', pattern: 'II' },
			{ customerId: 'X', stage: 'churned', pattern: 'I' },
			{ customerId: 'R', stage: 'stability', pattern: 'active' },
			{ customerId: 'L', stage: 'churned', pattern: 'III' }
		]);
	});
	it('derives the threshold and defaults asOf', () => {
		// Gaps between the 15ths: S 11, G 5, R 3 + one of 153 days (Apr 15 → Sep 15) + 3, L 7 = 30.
		// Sorted: four 28s, nine 30s, sixteen 31s, 153. h = 29 × 0.9 = 26.1 → x26 = x27 = 31.
		const r = lifecycleReport(stageTx);
		expect(r.asOf).toBe('2023-12-16');
		expect(r.threshold).toMatchObject({ method: 'percentile_of_gaps', gaps: 30, days: 31 });
		expect(r.customers).toHaveLength(5);
	});
	it('runs on the CDNOW sample', () => {
		const tx = cdnowTable(readFileSync('tests/fixtures/cdnow/CDNOW_sample.txt', 'utf8'));
		const r = lifecycleReport(tx);
		const total = Object.values(r.patterns).reduce((a, b) => a + b, 0);
		expect(total).toBe(2357);
		expect(r.asOf).toBe('1998-07-01');
		// Most CDNOW customers buy once or twice and never come back: pattern I dominates.
		expect(r.patterns.I).toBeGreaterThan(total / 2);
	});
});
