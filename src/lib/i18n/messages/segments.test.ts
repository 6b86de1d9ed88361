import { describe, expect, it } from 'vitest';
import { composeClusterName } from '../../analytics/cluster/composeClusterName';
import { SEGMENTS_ISSUE_CODES } from '../../analytics/customers/segmentsIssue';
import { NEW_CUSTOMERS } from '../../analytics/rfm/segmentMigration';
import { segmentPresets } from '../../analytics/rfm/segmentPresets';
import { OTHERS } from '../../analytics/rfm/segmentRule';
import { PYRAMID_TIERS, pyramidPresets } from '../../analytics/value/pyramidCuts';
import { segmentsMessages } from './segments';

const en: Record<string, string> = segmentsMessages.en;
const zh: Record<string, string> = segmentsMessages.zh;

// Every key the engine emits must have text in both languages.
const segmentKeys = [
	...new Set([
		...Object.values(segmentPresets).flatMap((rules) => rules.map((r) => r.key)),
		OTHERS,
		NEW_CUSTOMERS
	])
];
const traits = ['recent', 'lapsed', 'frequent', 'infrequent', 'highSpend', 'lowSpend', 'typical'];
const needed = [
	...segmentKeys.flatMap((k) => [`segments.segment.${k}`, `segments.action.${k}`]),
	...SEGMENTS_ISSUE_CODES.map((c) => `segments.issue.${c}`),
	...PYRAMID_TIERS.map((t) => `segments.tier.${t}`),
	...Object.keys(pyramidPresets).map((p) => `segments.pyramid.preset.${p}`),
	...Object.keys(segmentPresets).map((p) => `segments.preset.${p}`),
	...traits.map((t) => `segments.cluster.${t}`)
];

describe('segments messages', () => {
	it.each(needed)('%s exists in both languages', (key) => {
		expect(en[key]?.trim()).toBeTruthy();
		expect(zh[key]?.trim()).toBeTruthy();
	});
	it('both languages have the same keys and placeholders', () => {
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
		const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
		for (const k of Object.keys(en)) expect([k, holes(zh[k])]).toEqual([k, holes(en[k])]);
	});
	const terms: [string, string][] = [
		['segments.tier.platinum', '铂金层'],
		['segments.tier.gold', '黄金层'],
		['segments.tier.iron', '钢铁层'],
		['segments.tier.lead', '重铅层'],
		['segments.rfm.recency', '最近一次消费'],
		['segments.rfm.frequency', '消费频率'],
		['segments.rfm.monetary', '消费金额']
	];
	it.each(terms)('%s uses the CONCEPTS.md term %s', (key, term) => {
		expect(zh[key]).toBe(term);
	});
	const names = [
		{ lang: 'en', dict: en, expected: 'recent, frequent, high spend' },
		{ lang: 'zh', dict: zh, expected: '近期活跃、高频、高消费' }
	];
	it.each(names)('composes a $lang cluster name', ({ dict, expected }) => {
		expect(composeClusterName(['recent', 'frequent', 'highSpend'], dict)).toBe(expected);
	});
});
