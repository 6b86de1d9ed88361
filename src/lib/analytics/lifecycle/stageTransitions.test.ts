import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../dates';
import { customerDays } from './customerDays';
import { LifecycleError } from './lifecycleIssue';
import { STAGE_THRESHOLD, stageAsOf, stageTx } from './stageFixture.fixture';
import { resolveStageRules } from './stageRules';
import { stageTimeline } from './stageTimeline';
import { stageTransitions } from './stageTransitions';

// Stages of stageWalker.test.ts, Jan..Dec 2023 (X from March):
//   S EEESSSSSSSSS · G EEEFFFFDCCCC · X   EEECCCCCCC · R EEESDDCCDSSS · L EEESSSSSDDCC
const cd = customerDays(stageTx, stageAsOf);
const rules = resolveStageRules();

describe('stageTransitions', () => {
	const cases: { from: string; to: string; expect: Record<string, Record<string, number>> }[] = [
		{
			// Feb (index 1) → Sep (index 8): S E→S, G E→C, R E→D, L E→D; X new → C.
			from: '2023-02-10',
			to: '2023-09-30',
			expect: { new: { churned: 1 }, exploration: { stability: 1, churned: 1, decline: 2 } }
		},
		{
			// Apr → Dec: S S→S, R S→S, L S→C, G F→C, X E→C.
			from: '2023-04-01',
			to: '2023-12-31',
			expect: {
				exploration: { churned: 1 },
				formation: { churned: 1 },
				stability: { stability: 2, churned: 1 }
			}
		}
	];
	it.each(cases)('$from → $to', ({ from, to, expect: cells }) => {
		const t = stageTransitions(cd, STAGE_THRESHOLD, rules, dayFromISO(from), dayFromISO(to));
		const expected = t.rows.map((r) => t.columns.map((c) => cells[r]?.[c] ?? 0));
		expect(t.matrix).toEqual(expected);
		expect(t.from).toBe(from.slice(0, 8) + '01');
	});
	const bad = [
		{ from: '2023-05-01', to: '2023-05-20' }, // same period
		{ from: '2023-06-01', to: '2023-03-01' }, // backwards
		{ from: '2023-06-01', to: '2024-02-01' } // after asOf
	];
	it.each(bad)('rejects $from → $to', ({ from, to }) => {
		expect(() =>
			stageTransitions(cd, STAGE_THRESHOLD, rules, dayFromISO(from), dayFromISO(to))
		).toThrow(LifecycleError);
	});
});

describe('stageTimeline', () => {
	it('customer R lapses and comes back', () => {
		const t = stageTimeline(cd, 'R', STAGE_THRESHOLD, rules);
		expect(t.points.map((p) => p.stage[0].toUpperCase()).join('')).toBe('EEESDDCCDSSS');
		expect(t.points.map((p) => p.spend)).toEqual([20, 20, 20, 20, 0, 0, 0, 0, 20, 20, 20, 20]);
		expect(t.points[6]).toEqual({
			period: '2023-07-01',
			stage: 'churned',
			fiveStage: 'churn',
			spend: 0,
			purchases: 0
		});
		expect(t.points[3].fiveStage).toBe('maturity');
		expect(t.pattern).toBe('active');
		expect(t.stabilityPeriods).toBe(4);
		// Bought from January to December (k0–3 and k8–11).
		expect(t.tenure).toBe(12);
	});
	it('X starts in March', () => {
		const t = stageTimeline(cd, 'X', STAGE_THRESHOLD, rules);
		expect(t.points[0]).toMatchObject({
			period: '2023-03-01',
			stage: 'exploration',
			fiveStage: 'acquisition',
			spend: 40
		});
		expect(t.points).toHaveLength(10);
		expect(t.pattern).toBe('I');
	});
	it('an unknown id is an issue', () => {
		expect(() => stageTimeline(cd, 'nobody', STAGE_THRESHOLD, rules)).toThrow(LifecycleError);
	});
});
