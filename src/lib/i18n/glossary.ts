// The course's terms in both languages: one entry per concept with the English term, the term of
// the Chinese textbooks, and the synonyms that crept into the app and must not be used in Chinese
// text (a test reads every zh message against `avoid`). Cards, labels and exports name concepts
// through these entries so one concept keeps one name on every page.

export interface GlossaryEntry {
	en: string;
	/** The textbook's term (简体中文). */
	zh: string;
	/** Other Chinese names for the same concept that the app must not use. */
	avoid: readonly string[];
}

const entry = (en: string, zh: string, avoid: readonly string[] = []): GlossaryEntry => ({
	en,
	zh,
	avoid
});

export const glossary = {
	customerValue: entry('customer value', '客户价值'),
	deliveredValue: entry('customer delivered value', '客户让渡价值'),
	perceivedValue: entry('perceived value', '客户认知价值', ['感知价值']),
	customerLifetimeValue: entry('customer lifetime value (CLV)', '客户终生价值', ['客户终身价值']),
	valuePyramid: entry('customer value pyramid', '客户价值金字塔'),
	segmentation: entry('customer segmentation', '客户细分'),
	rfm: entry('RFM model', 'RFM 模型'),
	recency: entry('recency', '最近一次消费'),
	frequency: entry('frequency', '消费频率'),
	monetary: entry('monetary value', '消费金额'),
	lifecycle: entry('customer lifecycle', '客户生命周期'),
	developmentLifecycle: entry('development lifecycle', '客户发展生命周期', ['客户开发生命周期']),
	lifecycleCurve: entry('lifecycle curve', '客户生命曲线'),
	exitPatterns: entry('exit patterns', '退出模式'),
	cohort: entry('acquisition cohort', '同期群', ['获取队列']),
	retentionRate: entry('retention rate', '保留率', ['留存率']),
	holdout: entry('holdout', '验证期', ['保留期']),
	satisfaction: entry('customer satisfaction', '客户满意'),
	loyalty: entry('customer loyalty', '客户忠诚'),
	trust: entry('customer trust', '客户信任'),
	switchingCost: entry('switching cost', '转移成本', ['转换成本']),
	satisfactionTrap: entry('satisfaction trap', '客户满意陷阱'),
	diminishingReturns: entry('diminishing returns', '边际效用递减', ['收益递减', '上凸', '凹形']),
	increasingReturns: entry('increasing returns', '边际效用递增', ['收益递增', '下凸', '凸形']),
	jonesSasser: entry('Jones & Sasser', '琼斯与萨瑟', ['Jones 与 Sasser', '琼斯和萨瑟']),
	customerShare: entry('customer share (share of wallet)', '客户份额', ['钱包份额']),
	accumulation: entry('customer accumulation effect', '顾客累加效应'),
	customerCare: entry('customer care', '客户关怀'),
	complaints: entry('complaints', '客户投诉'),
	churn: entry('customer churn', '客户流失'),
	// Kaplan–Meier curves compared: the statistics textbooks' name, not the English one in Latin.
	logRank: entry('log-rank test', '对数秩检验', ['log-rank', 'Log-rank', 'Log-Rank'])
} as const satisfies Record<string, GlossaryEntry>;

export type ConceptTerm = keyof typeof glossary;

/**
 * The concept cards (`concept.<card>.title`) that name a glossary concept: their titles must use
 * its term in both languages, so a card and the pages speak of the same thing by the same name.
 */
export const CARD_TERMS: ReadonlyMap<string, ConceptTerm> = new Map<string, ConceptTerm>([
	['customerValue', 'customerValue'],
	['deliveredValue', 'deliveredValue'],
	['clv', 'customerLifetimeValue'],
	['valuePyramid', 'valuePyramid'],
	['segmentation', 'segmentation'],
	['holdout', 'holdout'],
	['cohorts', 'cohort'],
	['lifecycle', 'lifecycle'],
	['exitPatterns', 'exitPatterns'],
	['satisfactionTrap', 'satisfactionTrap'],
	['jonesSasser', 'jonesSasser'],
	['churn', 'churn'],
	['accumulation', 'accumulation'],
	['customerShare', 'customerShare'],
	['trust', 'trust'],
	['switchingCosts', 'switchingCost'],
	['customerCare', 'customerCare'],
	['complaints', 'complaints']
]);

/** The term for a concept in a language. */
export function term(id: ConceptTerm, lang: 'en' | 'zh'): string {
	return glossary[id][lang];
}

/**
 * The textbook's names of loyalty kinds and loyal customers: other models' groups (RFM segments
 * translated from an R package) must not be called by them, or the loyalty lesson gets muddled.
 */
export const loyaltyReserved: readonly string[] = ['忠诚'];

/** Avoided terms found in a Chinese text, with the concept each belongs to. */
export function avoidedTerms(text: string): { id: ConceptTerm; found: string; use: string }[] {
	const out: { id: ConceptTerm; found: string; use: string }[] = [];
	for (const [id, e] of Object.entries(glossary) as [ConceptTerm, GlossaryEntry][])
		for (const a of e.avoid) if (text.includes(a)) out.push({ id, found: a, use: e.zh });
	return out;
}
