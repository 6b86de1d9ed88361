// The concept cards (en, zh) and the CLI help quote the numbers of analytics/defaults: a changed
// default fails here until every text follows it (issue 24: no contradictions).
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../lib/analytics/defaults';
import { conceptsMessages } from '../lib/i18n/messages/concepts';
import { LIFECYCLE_HELP } from './commands/lifecycle';
import { SURVEY_HELP } from './commands/survey';

const { en, zh } = conceptsMessages;
const js = DEFAULTS.jonesSasser;
const st = DEFAULTS.stages;

describe('the concept cards quote the defaults', () => {
	const cases = [
		{
			key: 'concept.jonesSasser.how',
			en: [
				`high from ${js.satisfactionHigh};`,
				`apostles ${js.apostleMin} or more on both`,
				`terrorists ${js.terroristMax} or less on both`
			],
			zh: [
				`${js.satisfactionHigh} 分及以上为高`,
				`两项都在 ${js.apostleMin} 分及以上为热心的追随者`,
				`两项都在 ${js.terroristMax} 分及以下`
			]
		},
		{
			key: 'concept.lifecycleStages.how',
			en: [
				`exploration is the first ${st.explorationPeriods} months or up to ${st.explorationMaxPurchases} purchase days`
			],
			zh: [
				`考察期为前 ${st.explorationPeriods} 个月，或至今只在不超过 ${st.explorationMaxPurchases} 个不同的日子购买过`
			]
		},
		{
			key: 'concept.exitPatterns.how',
			en: [`IV needs at least ${st.lateStabilityPeriods} months in stability`],
			zh: [`模式 IV 需在稳定期至少 ${st.lateStabilityPeriods} 个月`]
		}
	];
	it.each(cases)('$key', (c) => {
		const textEn = (en as Record<string, string>)[c.key];
		const textZh = (zh as Record<string, string>)[c.key];
		for (const q of c.en) expect(textEn).toContain(q);
		for (const q of c.zh) expect(textZh).toContain(q);
	});
	it('the Jones & Sasser card quotes the satisfaction and loyalty lines as one number', () => {
		// The card says "high from N" for both axes: they must be the same default.
		expect(js.satisfactionHigh).toBe(js.loyaltyHigh);
	});
});

describe('the CLI help quotes the defaults', () => {
	it('cli survey: the zone lines and NPS bands', () => {
		expect(SURVEY_HELP).toContain(`high from ${js.satisfactionHigh} (satisfaction)`);
		expect(SURVEY_HELP).toContain(`apostles ${js.apostleMin}+ on both`);
		expect(SURVEY_HELP).toContain(`promoters ${DEFAULTS.nps.promoterMin}–10`);
	});
	it('cli lifecycle: the churn rule', () => {
		expect(LIFECYCLE_HELP).toContain(`--cutoff (default ${DEFAULTS.churn.cutoff})`);
		expect(LIFECYCLE_HELP).toContain(`--floor-days (default ${DEFAULTS.churn.floorDays})`);
	});
});
