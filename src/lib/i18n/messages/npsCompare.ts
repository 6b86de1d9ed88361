// NPS compared between periods (the KPI strip's windows) and between survey waves, and the
// Satisfaction page's key figure in the strip (issue 17). NPS stays "NPS" in Chinese too, after
// 净推荐值 in the card's title.
export const npsCompareMessages = {
	en: {
		'compare.key.satisfaction': 'NPS',
		'kpi.scorePoints': '{n} points',
		'compare.key.satisfactionHint':
			'Net Promoter Score of the survey answers dated in the period: % promoters (9–10) − % detractors (0–6) on the 0–10 recommendation item.',
		'npsCompare.title': 'NPS: this period against the comparison period',
		'npsCompare.intro':
			'The survey answers dated in each period, scored as above. The change is in points of NPS, with its 95 % interval.',
		'npsCompare.off':
			'Choose a period and a comparison in the key figures at the top to compare NPS between two periods.',
		'npsCompare.noDates':
			'The survey has no answer dates, so its NPS cannot be split into periods. Map a date column on the Data page to compare periods.',
		'npsCompare.period': 'Period',
		'npsCompare.now': 'This period',
		'npsCompare.before': 'Comparison period',
		'npsCompare.change': 'Change: {change} (95 % interval {low} to {high}; p {p}).',
		'npsCompare.differs':
			'The two periods’ NPS differ by more than chance would explain at the 5 % level.',
		'npsCompare.cannotTell':
			'The data cannot tell whether NPS changed between the two periods: the interval includes 0.',
		'npsCompare.waves.title': 'NPS by survey wave',
		'npsCompare.waves.intro':
			'Each wave of the column {column} against the wave before it, in the order of their first answers (by name without dates).',
		'npsCompare.wave': 'Wave',
		'npsCompare.firstAnswer': 'First answer',
		'npsCompare.waveChange': 'Change from the wave before',
		'npsCompare.waveP': 'p'
	},
	zh: {
		'compare.key.satisfaction': 'NPS',
		'kpi.scorePoints': '{n} 分',
		'compare.key.satisfactionHint':
			'本期内作答的问卷的净推荐值：0–10 分推荐意向题中推荐者（9–10 分）百分比减去贬损者（0–6 分）百分比。',
		'npsCompare.title': '净推荐值：本期与对比期',
		'npsCompare.intro':
			'按作答日期落在各期内的问卷计算，算法同上。变化以 NPS 分数计，附 95% 置信区间。',
		'npsCompare.off': '在页面顶部的关键指标中选择期间和对比，即可比较两期的 NPS。',
		'npsCompare.noDates':
			'问卷没有作答日期，无法按期间拆分 NPS。请在数据页映射日期列后再比较期间。',
		'npsCompare.period': '期间',
		'npsCompare.now': '本期',
		'npsCompare.before': '对比期',
		'npsCompare.change': '变化：{change}（95% 置信区间 {low} 至 {high}；p {p}）。',
		'npsCompare.differs': '在 5% 显著性水平下，两期 NPS 的差异超出偶然可解释的范围。',
		'npsCompare.cannotTell': '数据无法判断两期之间 NPS 是否变化：区间包含 0。',
		'npsCompare.waves.title': '各调查波次的 NPS',
		'npsCompare.waves.intro':
			'{column} 列的每一波次与上一波次相比，按各波次最早的作答日期排序（没有日期时按名称）。',
		'npsCompare.wave': '波次',
		'npsCompare.firstAnswer': '最早作答',
		'npsCompare.waveChange': '较上一波次的变化',
		'npsCompare.waveP': 'p'
	}
};
