// The Learn page's textbook examples: what the textbook gives and what the simulation adds, and
// the accumulation table's market-share columns.

export const courseLearnMessages = {
	en: {
		'learn.seeAlso': 'See also:',
		'learn.seeAlsoCard': 'See also: {title}',
		'learn.source.gives': 'The textbook gives',
		'learn.source.adds': 'The simulation adds',
		'learn.clv.gives':
			'All ten purchases of the 25-year-old — 10,000, 12,000, 15,000, 17,000, 20,000, 22,000, 25,000, 23,000, 21,000, 20,000 (185,000 in all) — against the 65-year-old’s three of 15,000 (45,000): 185,000 / 45,000 = 4.11 times, although the older buyer spends more today.',
		'learn.clv.edited':
			'Edited: the listed amounts no longer fit, so the amounts now change in equal steps from the first purchase to add up to the total. “Reset” brings back the textbook’s list.',
		'learn.acc.shareA': 'Market share A',
		'learn.acc.shareB': 'Market share B',
		'learn.acc.gives':
			'Two shops of 100 customers each, one customer a period moving from A to B: the customers of A and B, the absolute gap, the relative size B/A and the market shares for periods 0–10, 25 and 50 (90/110 after 10 periods, 75/125 after 25, 50/150 after 50).',
		'learn.acc.adds':
			'Other starting sizes, several customers a period, every period in between (the charts), and the profits at a profit per customer you choose (10 by default).'
	},
	zh: {
		'learn.seeAlso': '另见：',
		'learn.seeAlsoCard': '另见：{title}',
		'learn.source.gives': '教材给出',
		'learn.source.adds': '模拟补充',
		'learn.clv.gives':
			'25 岁客户的全部十次购买——10,000、12,000、15,000、17,000、20,000、22,000、25,000、23,000、21,000、20,000（合计 185,000 元）——对比 65 岁客户的三次 15,000 元（合计 45,000 元）：185,000 ÷ 45,000 = 4.11 倍，尽管年长客户现在花得更多。',
		'learn.clv.edited':
			'已修改：教材列出的金额不再适用，金额改为从首次购买起按等差变化，合计等于总额。点击“重置”可恢复教材中的数据。',
		'learn.acc.shareA': 'A 店市场份额',
		'learn.acc.shareB': 'B 店市场份额',
		'learn.acc.gives':
			'两家商店各有 100 位顾客，每期有 1 位顾客从 A 店转到 B 店：第 0–10 期、第 25 期和第 50 期两店的顾客数、绝对差距、相对规模 B/A 和市场份额（10 期后 90/110，25 期后 75/125，50 期后 50/150）。',
		'learn.acc.adds':
			'其他初始规模、每期转移多位顾客、中间每一期的变化（图表），以及按所选单位顾客利润（默认 10）计算的利润。'
	}
};
