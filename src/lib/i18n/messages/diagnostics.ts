// Messages of the analyst diagnostics (issue 15): model comparison, intervals, survival tests,
// k-means starts, NPS tests and the satisfaction-trap verdict.
const en = {
	'diagnostics.clusters.starts':
		'Each fit is the best of {n} seeded starts (lowest within-cluster sum of squares).'
};

const zh: typeof en = {
	'diagnostics.clusters.starts': '每次拟合取 {n} 个固定种子起点中簇内平方和最小的结果。'
};

export const diagnosticsMessages = { en, zh };
