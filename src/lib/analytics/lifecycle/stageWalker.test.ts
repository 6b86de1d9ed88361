import { describe, expect, it } from 'vitest';
import { transactionsFromRows } from '../tableFromRows';
import { customerDays } from './customerDays';
import { CUSTOMER_PATTERNS } from './exitPatternOf';
import { LifecycleError } from './lifecycleIssue';
import { STAGE_THRESHOLD, stageAsOf, stageRows, stageTx } from './stageFixture.fixture';
import { resolveStageRules, STAGES } from './stageRules';
import { createStageWalker } from './stageWalker';

const letter = { exploration: 'E', formation: 'F', stability: 'S', decline: 'D', churned: 'C' };
const cd = customerDays(stageTx, stageAsOf);

function stagesOf(id: string, rules = resolveStageRules()) {
	const walker = createStageWalker(cd, STAGE_THRESHOLD, rules);
	const w = walker.walk(cd.customerIds.indexOf(id))!;
	const s = Array.from(walker.stage.subarray(0, w.length), (c) => letter[STAGES[c]]).join('');
	return { s, w, pattern: CUSTOMER_PATTERNS[w.pattern] };
}

describe('stageWalker by hand (monthly, threshold 90 days, default rules)', () => {
	// Windows of 3 months, means compared; "end" = first day of the next month, purchases on the 15th.
	const cases = [
		// k0–2 exploration; k3: last (Feb–Apr) 100 vs prev (Jan) 100, not ±, 100 ≥ typical 100.
		{ id: 'S', stages: 'EEESSSSSSSSS', pattern: 'active', stability: 9, tenure: 12 },
		// k3 Apr: 70/3 vs 10 → formation; k4 160/3 vs 10; k5 250/3 vs 10; k6 200/3 vs 70/3 → F;
		// k7 Aug: 100/3 < 0.7 × 160/3 → decline; k8 Sep: Oct 1 − Jun 15 = 108 > 90 → churned.
		{ id: 'G', stages: 'EEEFFFFDCCCC', pattern: 'II', stability: 0, tenure: 6 },
		// One purchase Mar 15: Jul 1 − Mar 15 = 108 > 90 at the end of June (k3).
		{ id: 'X', stages: 'EEECCCCCCC', pattern: 'I', stability: 0, tenure: 1 },
		// k3 stability; k4 40/3 < 0.7 × 20 → decline; k5 20/3 vs 20 → decline; k6 Aug 1 − Apr 15
		// = 108 → churned; k7 churned; k8 back: 20/3 vs 20/3, typical 100/9 → carry (decline);
		// k9 40/3 vs 0 (no decline), typical 12 → stability; k10, k11 stability.
		{ id: 'R', stages: 'EEESDDCCDSSS', pattern: 'active', stability: 4, tenure: 12 },
		// k3–7 stability (5 months); k8 200/3 < 70 → decline; k9 decline; k10 Dec 1 − Aug 15 = 108.
		{ id: 'L', stages: 'EEESSSSSDDCC', pattern: 'III', stability: 5, tenure: 8 }
	];
	// Tenure = acquisition to the last purchase month: G's last is June (k5), L's August (k7).
	// By time G is in formation (6 ≤ 3 + 3 → II) and L has 8 − 6 = 2 stability periods; the walk's 5
	// is further, still < 6 → III.
	it.each(cases)('customer $id: $stages', ({ id, stages, pattern, stability, tenure }) => {
		const r = stagesOf(id);
		expect(r.s).toBe(stages);
		expect(r.pattern).toBe(pattern);
		expect(r.w.stabilityPeriods).toBe(stability);
		expect(r.w.tenure).toBe(tenure);
	});
	it('pattern IV once stability lasts long enough (K = 5)', () => {
		expect(stagesOf('L', resolveStageRules({ lateStabilityPeriods: 5 })).pattern).toBe('IV');
	});
	it('the walker covers every calendar month from the oldest acquisition', () => {
		const walker = createStageWalker(cd, STAGE_THRESHOLD, resolveStageRules());
		expect(walker.lastPeriod - walker.firstPeriod + 1).toBe(12);
		expect(walker.spendBasis).toBe('amount');
	});
});

describe('stageWalker rule variants', () => {
	it('without amounts, spend is the number of purchase days', () => {
		// G becomes one purchase a month for six months: flat, so stability from k3 (1 ≥ typical 1);
		// k6 Jul: 2/3 < 0.7 × 1 → decline, k7 1/3 → decline, churned from k8 as before.
		const noAmount = transactionsFromRows(
			stageRows.map(({ customerId, date }) => ({ customerId, date }))
		);
		const cd2 = customerDays(noAmount, stageAsOf);
		const walker = createStageWalker(cd2, STAGE_THRESHOLD, resolveStageRules());
		const w = walker.walk(cd2.customerIds.indexOf('G'))!;
		const s = Array.from(walker.stage.subarray(0, w.length), (c) => letter[STAGES[c]]).join('');
		expect(s).toBe('EEESSSDDCCCC');
		expect(walker.spendBasis).toBe('purchases');
		expect(CUSTOMER_PATTERNS[w.pattern]).toBe('III');
	});
	it('a longer exploration (6 months) delays the other stages', () => {
		// G: k3–5 exploration now; k6 200/3 vs 70/3 → formation; k7 decline; k8 churned.
		expect(stagesOf('G', resolveStageRules({ explorationPeriods: 6 })).s).toBe('EEEEEEFDCCCC');
	});
	const bad = [
		{ window: 0 },
		{ drop: 1 },
		{ growth: -0.1 },
		{ explorationPeriods: 1.5 },
		{ stabilityLevel: 0 }
	];
	it.each(bad)('rejects %o', (rules) => {
		expect(() => resolveStageRules(rules)).toThrow(LifecycleError);
	});
});
