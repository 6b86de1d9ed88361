import { describe, expect, it } from 'vitest';
import { COHORT_METRICS } from '../../analytics/lifecycle/cohortsReport';
import { CUSTOMER_PATTERNS, EXIT_PATTERNS } from '../../analytics/lifecycle/exitPatternOf';
import { LIFECYCLE_ISSUE_CODES } from '../../analytics/lifecycle/lifecycleIssue';
import { GRAINS } from '../../analytics/lifecycle/periodOfDay';
import { FIVE_STAGE_NAMES, STAGES } from '../../analytics/lifecycle/stageRules';
import { lifecycleMessages } from './lifecycle';

const en: Record<string, string> = lifecycleMessages.en;
const zh: Record<string, string> = lifecycleMessages.zh;

// Every key the engine emits must have text in both languages.
const needed = [
	...STAGES.flatMap((s) => [`lifecycle.stage.${s}`, `lifecycle.stage.${s}.economics`]),
	...Object.values(FIVE_STAGE_NAMES).map((s) => `lifecycle.fiveStage.${s}`),
	...CUSTOMER_PATTERNS.map((p) => `lifecycle.pattern.${p}`),
	...EXIT_PATTERNS.flatMap((p) => [
		`lifecycle.pattern.${p}.description`,
		`lifecycle.pattern.${p}.causes`
	]),
	...LIFECYCLE_ISSUE_CODES.map((c) => `lifecycle.issue.${c}`),
	...COHORT_METRICS.map((m) => `lifecycle.metric.${m}`),
	...GRAINS.map((g) => `lifecycle.grain.${g}`),
	'lifecycle.threshold.percentile_of_gaps',
	'lifecycle.threshold.given'
];

describe('lifecycle messages', () => {
	it.each(needed)('%s exists in both languages', (key) => {
		expect(en[key]?.trim()).toBeTruthy();
		expect(zh[key]?.trim()).toBeTruthy();
	});
	it('both languages have the same keys and placeholders', () => {
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
		const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
		for (const k of Object.keys(en)) expect([k, holes(zh[k])]).toEqual([k, holes(en[k])]);
	});
	// Chinese terms from CONCEPTS.md §4.
	const terms: [string, string][] = [
		['lifecycle.title', '客户生命周期'],
		['lifecycle.stage.exploration', '考察期'],
		['lifecycle.stage.formation', '形成期'],
		['lifecycle.stage.stability', '稳定期'],
		['lifecycle.stage.decline', '退化期'],
		['lifecycle.fiveStage.acquisition', '获取'],
		['lifecycle.fiveStage.growth', '提升'],
		['lifecycle.fiveStage.maturity', '成熟'],
		['lifecycle.fiveStage.decline', '衰退'],
		['lifecycle.fiveStage.churn', '流失'],
		['lifecycle.curve', '客户生命曲线'],
		['lifecycle.pattern.I', '初期流产型'],
		['lifecycle.pattern.II', '半途夭折型'],
		['lifecycle.pattern.III', '提前退出型'],
		['lifecycle.pattern.IV', '长期保持型']
	];
	it.each(terms)('%s uses the CONCEPTS.md term %s', (key, term) => {
		expect(zh[key]).toContain(term);
	});
});
