// Messages of the analyst diagnostics (issue 15): model comparison, intervals, survival tests,
// k-means starts, NPS tests and the satisfaction-trap verdict.
const en = {
	'diagnostics.clusters.starts':
		'Each fit is the best of {n} seeded starts (lowest within-cluster sum of squares).',
	'diagnostics.compare.title': 'Which model forecasts best?',
	'diagnostics.compare.subtitle':
		'The three purchase models fitted to the same calibration period: fit in sample (higher log-likelihood, lower AIC and BIC are better) and the forecast of the holdout period.',
	'diagnostics.compare.model': 'Model',
	'diagnostics.compare.logLik': 'Log-likelihood',
	'diagnostics.compare.actual': 'Holdout purchases',
	'diagnostics.compare.predicted': 'Predicted',
	'diagnostics.compare.error': 'Error',
	'diagnostics.compare.oneTimers': 'One-timers: predicted / actual',
	'diagnostics.compare.bestHoldout': 'best forecast',
	'diagnostics.compare.bestBic': 'best BIC',
	'diagnostics.compare.over': 'over',
	'diagnostics.compare.under': 'under',
	'diagnostics.compare.allMiss':
		'None of the models forecasts these customers well. The models assume that each customer buys at a steady random rate while active and, once gone, never comes back; here even the best forecast is {error} % {direction} the holdout, and it predicts the one-time buyers {ratio} times the purchases they made. Read the predictions below as rough, and check them against the holdout before acting on them.',
	'diagnostics.compare.note':
		'Repeat purchases of all {customers} customers in the holdout period. MAE and RMSE are per customer. A model is marked when it misses the holdout total by more than 15 % or the one-time buyers by more than a factor of 2.',
	'diagnostics.compare.noHoldout':
		'There is no holdout period after the calibration end: only the in-sample fit can be compared.',
	'diagnostics.interval.band':
		'{percent} % interval from the parameters’ uncertainty (delta method): ±{width} % at the median customer. A narrow band means the fit is well determined by this many customers, not that each customer’s future is certain.',
	'diagnostics.interval.total': 'Total CLV: {total} ({percent} % interval {lower} to {upper}).',
	'diagnostics.interval.low': 'low',
	'diagnostics.interval.high': 'high',
	'diagnostics.interval.tableNote':
		'Low–high: {percent} % interval from the uncertainty of the fitted parameters (not the randomness of one customer’s future purchases).',
	'diagnostics.interval.decileTitle': 'CLV by customer decile, with its interval',
	'diagnostics.interval.decile': 'Decile',
	'diagnostics.nps.groupA': 'Compare group',
	'diagnostics.nps.groupB': 'with group',
	'diagnostics.nps.difference':
		'NPS of {a} minus {b}: {diff} points (95 % interval {low} to {high}; p {p}).',
	'diagnostics.nps.differs':
		'The two groups’ NPS differ by more than chance would explain at the 5 % level.',
	'diagnostics.nps.cannotTell':
		'The data cannot tell whether the two groups’ NPS differ: the interval includes 0.',
	'diagnostics.trap.consistent':
		'Consistent with a satisfaction trap: across the whole interval the curve is concave, most customers are satisfied with the basics, and loyalty has flattened near the average.',
	'diagnostics.trap.not_a_trap':
		'Not a satisfaction trap: at least one of its conditions fails across the whole interval.',
	'diagnostics.trap.cannot_tell':
		'The data cannot tell whether this is a satisfaction trap: the intervals include both readings.',
	'diagnostics.trap.advice':
		'In these answers, customers more satisfied with the basics are no more loyal beyond this point; look at latent expectations, where loyalty still rises with satisfaction, and test a change before counting on it.',
	'diagnostics.trap.association':
		'This describes how loyalty and satisfaction go together in these answers (an association); it does not show that raising satisfaction would or would not change loyalty.',
	'diagnostics.trap.curvature':
		'Curvature b₂: {range} ({percent} % interval; below 0 = diminishing returns).',
	'diagnostics.trap.slopes':
		'Loyalty per satisfaction point at {low}: {lowRange}; at {high}: {highRange}.',
	'diagnostics.trap.gap': 'Fitted loyalty at high satisfaction minus average loyalty: {range}.',
	'diagnostics.trap.method':
		'Intervals from {draws} bootstrap resamples of the respondents (seeded).',
	'diagnostics.trap.singleFit': 'The checks below read the single fit on all answers.',
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
	'diagnostics.compare.title': '哪个模型预测得最好？',
	'diagnostics.compare.subtitle':
		'三种购买模型在同一校准期上拟合：样本内拟合（对数似然越高、AIC 与 BIC 越低越好）以及对验证期的预测。',
	'diagnostics.compare.model': '模型',
	'diagnostics.compare.logLik': '对数似然',
	'diagnostics.compare.actual': '验证期实际购买',
	'diagnostics.compare.predicted': '预测',
	'diagnostics.compare.error': '误差',
	'diagnostics.compare.oneTimers': '一次性客户：预测 / 实际',
	'diagnostics.compare.bestHoldout': '预测最佳',
	'diagnostics.compare.bestBic': 'BIC 最佳',
	'diagnostics.compare.over': '高于',
	'diagnostics.compare.under': '低于',
	'diagnostics.compare.allMiss':
		'没有一个模型能很好地预测这些客户。这些模型假设每位客户在活跃期间以稳定的随机速率购买，一旦离开便不再回来；而这里即使最好的预测也{direction}验证期实际值 {error}%，并且对只购买一次的客户预测的购买次数是实际的 {ratio} 倍。请把下面的预测视为粗略估计，行动前先与验证期数据核对。',
	'diagnostics.compare.note':
		'验证期内全部 {customers} 位客户的重复购买次数。MAE 与 RMSE 按客户计算。预测总数偏离超过 15% 或对只购买一次的客户偏离超过 2 倍的模型会被标出。',
	'diagnostics.compare.noHoldout': '校准期之后没有验证期：只能比较样本内拟合。',
	'diagnostics.interval.band':
		'参数不确定性给出的 {percent}% 区间（Delta 方法）：中位客户处为 ±{width}%。区间窄说明这么多客户足以确定参数，并不表示每位客户的未来是确定的。',
	'diagnostics.interval.total': 'CLV 合计：{total}（{percent}% 区间 {lower} 至 {upper}）。',
	'diagnostics.interval.low': '下限',
	'diagnostics.interval.high': '上限',
	'diagnostics.interval.tableNote':
		'下限–上限：由拟合参数的不确定性得到的 {percent}% 区间（不含单个客户未来购买本身的随机性）。',
	'diagnostics.interval.decileTitle': '按客户十分位的 CLV 及其区间',
	'diagnostics.interval.decile': '十分位',
	'diagnostics.nps.groupA': '比较分组',
	'diagnostics.nps.groupB': '与分组',
	'diagnostics.nps.difference':
		'{a} 的 NPS 减去 {b}：{diff} 分（95% 置信区间 {low} 至 {high}；p {p}）。',
	'diagnostics.nps.differs': '在 5% 显著性水平下，两组 NPS 的差异超出偶然可解释的范围。',
	'diagnostics.nps.cannotTell': '数据无法判断两组 NPS 是否不同：区间包含 0。',
	'diagnostics.trap.consistent':
		'与客户满意陷阱相符：在整个区间内满意度对忠诚度的边际效用都递减，多数客户对基本期望已满意，且忠诚度在平均水平附近趋于平缓。',
	'diagnostics.trap.not_a_trap': '不是客户满意陷阱：至少有一项条件在整个区间内都不成立。',
	'diagnostics.trap.cannot_tell': '数据无法判断是否存在客户满意陷阱：区间同时容纳两种解读。',
	'diagnostics.trap.advice':
		'在这些回答中，超过这一点后对基本期望更满意的客户并不更忠诚；可关注潜在期望（忠诚度仍随满意度上升），并在依赖某项改变之前先做检验。',
	'diagnostics.trap.association':
		'这里描述的是这些回答中忠诚度与满意度如何共同变化（相关关系），并不说明提高满意度会或不会改变忠诚度。',
	'diagnostics.trap.curvature': '曲率 b₂：{range}（{percent}% 区间；小于 0 表示边际效用递减）。',
	'diagnostics.trap.slopes':
		'满意度每增加 1 分的忠诚度变化：在 {low} 处 {lowRange}；在 {high} 处 {highRange}。',
	'diagnostics.trap.gap': '高满意度处的拟合忠诚度减去平均忠诚度：{range}。',
	'diagnostics.trap.method': '区间来自对受访者的 {draws} 次自助重抽样（固定种子）。',
	'diagnostics.trap.singleFit': '下面的各项检查基于全部回答的单次拟合。',
	'diagnostics.survival.medianCi': '中位数的 {percent}% 置信区间：{lower} 至 {upper} 天',
	'diagnostics.survival.medianLower': '中位数下限',
	'diagnostics.survival.medianUpper': '中位数上限',
	'diagnostics.survival.atRiskCaption': '各时点的风险人数（仍在观察中的客户）',
	'diagnostics.survival.logRank': '对数秩检验：χ² = {chisq}，自由度 = {df}，p {p}。',
	'diagnostics.survival.logRankDiffer':
		'各组的生存曲线差异超出偶然可解释的范围（5% 显著性水平）；这是关联，不是因果。',
	'diagnostics.survival.logRankSame': '数据未显示各组生存曲线存在差异（5% 显著性水平）。',
	'diagnostics.survival.logRankNone': '无法进行对数秩检验：至少需要两个有流失客户的组。',
	'diagnostics.survival.censorMarks': '曲线上的短竖线表示在该时点仍活跃的客户（删失）。'
};

export const diagnosticsMessages = { en, zh };
