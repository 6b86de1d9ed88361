// Messages of the analyst diagnostics (issue 15): model comparison, intervals, survival tests,
// k-means starts, NPS tests and the satisfaction-trap verdict.
const en = {
	'diagnostics.clusters.starts':
		'Each fit is the best of {n} seeded starts (lowest within-cluster sum of squares).',
	'diagnostics.survival.medianCi': '{percent} % interval of the median: {lower} to {upper} days',
	'diagnostics.survival.medianLower': 'Median, lower bound',
	'diagnostics.survival.medianUpper': 'Median, upper bound',
	'diagnostics.survival.atRiskCaption': 'Number at risk (customers still followed) at each day',
	'diagnostics.survival.logRank': 'Log-rank test: χ² = {chisq}, df = {df}, p {p}.',
	'diagnostics.survival.logRankDiffer':
		'The groups’ survival differs by more than chance would explain (at the 5 % level); this is an association, not a cause.',
	'diagnostics.survival.logRankSame':
		'The data do not show a difference between the groups’ survival (at the 5 % level).',
	'diagnostics.survival.logRankNone':
		'No log-rank test: it needs at least two groups with churned customers.',
	'diagnostics.survival.censorMarks':
		'Ticks on the curves mark customers still active at that time (censored).'
};

const zh: typeof en = {
	'diagnostics.clusters.starts': '每次拟合取 {n} 个固定种子起点中簇内平方和最小的结果。',
	'diagnostics.survival.medianCi': '中位数的 {percent}% 置信区间：{lower} 至 {upper} 天',
	'diagnostics.survival.medianLower': '中位数下限',
	'diagnostics.survival.medianUpper': '中位数上限',
	'diagnostics.survival.atRiskCaption': '各时点的风险人数（仍在观察中的客户）',
	'diagnostics.survival.logRank': 'Log-rank 检验：χ² = {chisq}，自由度 = {df}，p {p}。',
	'diagnostics.survival.logRankDiffer':
		'各组的生存曲线差异超出偶然可解释的范围（5% 显著性水平）；这是关联，不是因果。',
	'diagnostics.survival.logRankSame': '数据未显示各组生存曲线存在差异（5% 显著性水平）。',
	'diagnostics.survival.logRankNone': '无法进行 log-rank 检验：至少需要两个有流失客户的组。',
	'diagnostics.survival.censorMarks': '曲线上的短竖线表示在该时点仍活跃的客户（删失）。'
};

export const diagnosticsMessages = { en, zh };
