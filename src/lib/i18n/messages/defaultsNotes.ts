// Notes that name a default of analytics/defaults where a page relies on it.

const en = {
	'defaults.clv.marginUnset':
		'No margin entered (100 %): these CLVs are on revenue, an upper bound of what the customers are worth. Enter your margin (% of spend) for a profit CLV.'
};

const zh: Record<keyof typeof en, string> = {
	'defaults.clv.marginUnset':
		'尚未输入利润率（按 100% 计）：这些 CLV 按收入计算，是客户价值的上限。请输入利润率（占消费的百分比），得到按利润计算的 CLV。'
};

export const defaultsNotesMessages = { en, zh };
