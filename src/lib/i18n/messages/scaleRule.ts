// Texts of the scale rule (issue 14): an item's scale comes from its answers or the user; a header
// such as "recommend" only suggests the 0–10 NPS question.

const en = {
	'scaleRule.recommendSuggest':
		'{item} looks like the “how likely are you to recommend” question, which NPS asks on 0–10. Its answers run from {min} to {max} and nobody answered 0, so they read as 1–10 and there is no NPS. If the question was asked on 0–10, declare it:',
	'scaleRule.declare': 'Use 0–10 for {item}'
};

const zh: Record<keyof typeof en, string> = {
	'scaleRule.recommendSuggest':
		'{item} 看起来是“您向他人推荐的可能性有多大”题，NPS 用 0–10 分提问。它的答案从 {min} 到 {max}，没有人答 0 分，所以按 1–10 分读取，不计算 NPS。如果该题确实按 0–10 分提问，请指定：',
	'scaleRule.declare': '将 {item} 设为 0–10'
};

export const scaleRuleMessages = { en, zh };
