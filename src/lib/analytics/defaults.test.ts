// One set of defaults: the analyses read analytics/defaults (the concept cards and the CLI help
// are checked against it in src/cli/cardsQuoteDefaults.test.ts).
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from './defaults';
import { DEFAULT_CHURN_RULE, DEFAULT_STAGE_RULES } from './lifecycle';
import { DEFAULT_EXITS, DEFAULT_STAGE_LENGTHS, exitPatternAt } from './teach/lifeCurve';
import { DEFAULT_QUADRANT_THRESHOLDS, LOYALTY_BLOCK, nps } from './satisfaction';

const js = DEFAULTS.jonesSasser;
const st = DEFAULTS.stages;

describe('the engine reads the defaults module', () => {
	it('Jones & Sasser lines, loyalty index, churn rule and stage rules', () => {
		expect(DEFAULT_QUADRANT_THRESHOLDS).toEqual(js);
		expect(LOYALTY_BLOCK).toEqual(DEFAULTS.loyaltyIndex.constructs);
		expect(LOYALTY_BLOCK).not.toContain('priceTolerance');
		expect(DEFAULT_CHURN_RULE).toMatchObject(DEFAULTS.churn);
		expect(DEFAULT_STAGE_RULES).toMatchObject(st);
	});
	it('NPS: promoters from 9, passives from 7, on 0–10 only', () => {
		// 0..10 once each: detractors 0–6 (7), passives 7–8 (2), promoters 9–10 (2).
		const r = nps(
			Float64Array.from({ length: 11 }, (_, i) => i),
			[0, 10]
		);
		expect(r).toMatchObject({ promoters: 2, passives: 2, detractors: 7 });
		expect(DEFAULTS.nps).toMatchObject({ promoterMin: 9, passiveMin: 7 });
		expect(nps(Float64Array.of(1, 10), [1, 10])).toMatchObject({ code: 'nps_wrong_scale' });
	});
	it('exit pattern IV leaves late in stability, also in the Learn simulation', () => {
		const L = DEFAULT_STAGE_LENGTHS;
		const stabilityEnd = L.exploration + L.formation + L.stability;
		expect(DEFAULT_EXITS.IV).toBeLessThanOrEqual(stabilityEnd);
		expect(exitPatternAt(DEFAULT_EXITS.IV, L)).toBe('IV');
	});
});
