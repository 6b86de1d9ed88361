import { describe, expect, it } from 'vitest';
import { avoidedTerms, CARD_TERMS, glossary, loyaltyReserved, term } from './glossary';
import { dictionaries } from './messages/index';

describe('avoidedTerms', () => {
	const cases: [string, string, string[]][] = [
		['textbook term passes', '转移成本只影响重复购买意向', []],
		['a synonym is found', '转换成本只影响重复购买意向', ['转换成本']],
		['two at once', '收益递减，曲线上凸', ['收益递减', '上凸']],
		['English text passes', 'switching cost', []],
		['the log-rank test in Latin letters is found', 'Log-rank 检验：χ² = 3', ['Log-rank']],
		['the textbook name passes', '对数秩检验：χ² = 3', []]
	];
	it.each(cases)('%s', (_, text, want) => {
		expect(avoidedTerms(text).map((x) => x.found)).toEqual(want);
	});
});

describe('glossary', () => {
	it('never lists the textbook term of one concept as avoided for another', () => {
		const preferred = new Set(Object.values(glossary).map((e) => e.zh));
		const clash = Object.values(glossary).flatMap((e) => e.avoid.filter((a) => preferred.has(a)));
		expect(clash).toEqual([]);
	});
	it('gives a term per language', () => {
		expect([term('switchingCost', 'en'), term('switchingCost', 'zh')]).toEqual([
			'switching cost',
			'转移成本'
		]);
	});
});

describe('the Chinese message catalogue', () => {
	it('uses no term the glossary marks as avoided', () => {
		const bad = Object.entries(dictionaries.zh).flatMap(([key, text]) =>
			avoidedTerms(text).map((x) => `${key}: ${x.found} → ${x.use}`)
		);
		expect(bad).toEqual([]);
	});
	it('concept card titles use the glossary term in both languages', () => {
		const bad = [...CARD_TERMS].filter(([card, id]) => {
			const en = dictionaries.en[`concept.${card}.title`] ?? '';
			const zh = dictionaries.zh[`concept.${card}.title`] ?? '';
			return (
				!en.toLowerCase().includes(glossary[id].en.toLowerCase()) || !zh.includes(glossary[id].zh)
			);
		});
		expect(bad).toEqual([]);
	});
	it('names no RFM segment with a loyalty term', () => {
		const bad = Object.entries(dictionaries.zh).filter(
			([key, text]) =>
				key.startsWith('segments.segment.') && loyaltyReserved.some((w) => text.includes(w))
		);
		expect(bad).toEqual([]);
	});
});
