// Suggests the construct an item measures from its column header, in English or Chinese, and
// from the ECSI item codes. The user confirms; the first matching rule wins, so specific rules
// ("basic satisfaction", "price tolerance") come before general ones ("satisfaction", "price").
import type { Construct } from './constructs';
import { emptyRecord } from '../emptyRecord';

type Rule = [RegExp, Construct];

// Item codes: the whole header is a code plus an optional number (ECSI mobi, plspm, the bank file).
const CODE_RULES: Rule[] = [
	[/^cusl1$/, 'repurchase'],
	[/^cusl2$/, 'priceTolerance'],
	[/^cusl3$/, 'recommendation'],
	[/^(imag|ima)\d*$/, 'image'],
	[/^(cuex|expe|exp)\d*$/, 'expectations'],
	[/^(perq|qual|qua)\d*$/, 'quality'],
	[/^(perv|val)\d*$/, 'perceivedValue'],
	[/^(cusa|sat|csat)\d*$/, 'satisfaction'],
	[/^(cusco|comp)\d*$/, 'complaint'],
	[/^(cusl|loy)\d*$/, 'loyalty'],
	[/^nps\d*$/, 'recommendation']
];

const WORD_RULES: Rule[] = [
	[/basic|基本/, 'basicSatisfaction'],
	[/latent|delight|excite|潜在|惊喜/, 'latentSatisfaction'],
	[/cross|other products|交叉/, 'crossBuying'],
	[
		/re-?purchase|buy again|choose .*again|again|return|再次购买|回购|复购|重复购买|再买/,
		'repurchase'
	],
	[/recommend|\bnps\b|word of mouth|推荐|口碑/, 'recommendation'],
	[/price tolerance|pay more|willing to pay|价格忍耐|多付/, 'priceTolerance'],
	[/switching|switch cost|转换成本|转移成本/, 'switchingCost'],
	[/value|worth|性价比|价值/, 'perceivedValue'],
	[/price|价格|价钱/, 'priceTolerance'],
	[/trust|信任|信赖/, 'trust'],
	[/complain|投诉|抱怨/, 'complaint'],
	[/image|reputation|形象|声誉/, 'image'],
	[/quality|质量|品质/, 'quality'],
	[/expect|期望|预期/, 'expectations'],
	[/\bsat|satisf|csat|满意/, 'satisfaction'],
	[/loyal|忠诚/, 'loyalty']
];

export function suggestConstruct(header: string): Construct | null {
	const h = header
		.trim()
		.toLowerCase()
		.replace(/[_\s]+/g, ' ');
	const code = h.replace(/[^a-z0-9]/g, '');
	for (const [re, c] of CODE_RULES) if (re.test(code)) return c;
	for (const [re, c] of WORD_RULES) if (re.test(h)) return c;
	return null;
}

/** Suggestions for every item; items with no suggestion are left out. */
export function suggestConstructMap(headers: string[]): Record<string, Construct> {
	const map: Record<string, Construct> = emptyRecord();
	for (const h of headers) {
		const c = suggestConstruct(h);
		if (c) map[h] = c;
	}
	return map;
}
