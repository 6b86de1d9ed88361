// Text of the Segments & value page (settings, sections, charts, drill-down) in English and
// Simplified Chinese. Engine terms (segment names, tiers, issues) live in segments.ts.

const en = {
	'segmentsView.title': 'Segments & value',
	'segmentsView.intro': 'Customers of “{name}” scored by recency, frequency and monetary value.',
	'segmentsView.withCustomers': 'Attributes from “{name}” are joined by customer id.',
	'segmentsView.goData': 'Import data',
	'segmentsView.goHome': 'Load the teaching sample on the home page',
	'segmentsView.settings': 'Scoring settings',
	'segmentsView.exportCsv': 'Export CSV',
	'segmentsView.problem.customerNotFound': 'Customer “{id}” is not in this analysis.',
	'segmentsView.problem.dataset_missing':
		'The dataset is no longer in this workspace. Choose or import another on the Data page.',
	'segmentsView.problem.internal': 'The analysis failed: {message}',

	'segmentsView.nav.label': 'Sections of this page',
	'segmentsView.nav.rfm': 'RFM scores',
	'segmentsView.nav.segments': 'Named segments',
	'segmentsView.nav.value': 'Value pyramid',
	'segmentsView.nav.pareto': 'Pareto & ABC',
	'segmentsView.nav.clusters': 'Clusters',
	'segmentsView.nav.attributes': 'Attribute segments',
	'segmentsView.nav.migration': 'Migration',

	'segmentsView.set.asOf': 'Analysis date',
	'segmentsView.set.asOfDefault': 'Day after the last purchase',
	'segmentsView.set.asOfDefaultHint':
		'Use the default analysis date: the day after the last transaction, so every purchase counts.',
	'segmentsView.set.bins': 'Scores',
	'segmentsView.set.binsOption': '1–{bins}',
	'segmentsView.set.monetary': 'Monetary value (M)',
	'segmentsView.set.preset': 'Segment rules',
	'segmentsView.set.presetEdited': 'Edited rules',
	'segmentsView.set.customThresholds': 'Custom thresholds',
	'segmentsView.set.thresholdsHint':
		'Type {n} ascending edges per dimension, separated by commas (a value equal to an edge takes the lower score).',
	'segmentsView.set.thresholdsBad':
		'Each dimension needs exactly {n} numbers in ascending order; the last valid thresholds stay in use.',
	'segmentsView.set.facts':
		'{customers, plural, one {# customer} other {# customers}} as of {date}.',
	'segmentsView.set.mFrom.total': 'M is the net total spend.',
	'segmentsView.set.mFrom.average': 'M is the average spend per purchase.',
	'segmentsView.set.noMonetary': 'The data has no amount, so M is not available.',

	'segmentsView.scoring.title': 'RFM scores and their bin edges',
	'segmentsView.scoring.intro':
		'Each customer gets a score from 1 to {bins} on each dimension. The table shows which raw values give which score and how many customers have it.',
	'segmentsView.scoring.tieRuleTitle': 'Tie rule:',
	'segmentsView.scoring.quantile': 'Edges from quantiles',
	'segmentsView.scoring.custom': 'Custom edges',
	'segmentsView.scoring.score': 'Score',
	'segmentsView.scoring.range': 'Values',
	'segmentsView.scoring.edges': 'Edges',
	'segmentsView.scoring.any': 'any value',
	'segmentsView.scoring.none': 'cannot occur (equal edges)',
	'segmentsView.scoring.mUnavailable':
		'The data has no amount column: customers are scored and segmented by R and F only, and M, revenue and the value pyramid are not available.',
	'segmentsView.scoring.unit.recency': 'days since the last purchase',
	'segmentsView.scoring.unit.frequency': 'purchases',
	'segmentsView.scoring.unit.monetary': 'net spend',
	'segmentsView.scoring.unit.monetaryAverage': 'average spend per purchase',

	'segmentsView.hist.title': '{dimension}: distribution',
	'segmentsView.hist.subtitle': 'Bars: customers per value range. Dashed lines: score edges.',
	'segmentsView.hist.from': 'From',
	'segmentsView.hist.to': 'To (exclusive)',

	'segmentsView.col.customers': 'Customers',
	'segmentsView.col.share': 'Share',
	'segmentsView.col.revenue': 'Revenue',
	'segmentsView.col.revenueShare': 'Revenue share',
	'segmentsView.col.meanRecency': 'Recency, days',
	'segmentsView.col.meanFrequency': 'Frequency',
	'segmentsView.col.meanMonetary': 'Spend',
	'segmentsView.col.meanScores': 'R / F / M',
	'segmentsView.col.action': 'Suggested action',

	'segmentsView.rules.title': 'Named segments: the rules',
	'segmentsView.rules.intro':
		'Rules are checked from the top. A customer belongs to the first rule whose R, F and M ranges (scores 1–{bins}) all contain their scores: first match wins. Customers no rule matches are “Others”.',
	'segmentsView.rules.rescaled':
		'The preset is written for scores 1–5; on 1–{bins} each score reads as the nearest 1–5 score. Left out because no score reads into their ranges: {names}.',
	'segmentsView.rules.rescaledAll':
		'The preset is written for scores 1–5; on 1–{bins} each score reads as the nearest 1–5 score.',
	'segmentsView.rules.segment': 'Segment',
	'segmentsView.rules.status': 'Check',
	'segmentsView.rules.actions': 'Move or delete',
	'segmentsView.rules.customName': 'Own name…',
	'segmentsView.rules.newName': 'New segment',
	'segmentsView.rules.from': '{dim} from, rule {n}',
	'segmentsView.rules.to': '{dim} to, rule {n}',
	'segmentsView.rules.up': 'Move up',
	'segmentsView.rules.down': 'Move down',
	'segmentsView.rules.delete': 'Delete rule',
	'segmentsView.rules.add': 'Add a rule',
	'segmentsView.rules.reset': 'Back to “{preset}”',
	'segmentsView.rules.othersRow': 'customers no rule matches',
	'segmentsView.rules.ok': 'applies to all its {cells} score cells',
	'segmentsView.rules.partly':
		'applies to {wins} of its {cells} score cells; earlier rules take the rest',
	'segmentsView.rules.shadowed': 'never applies: earlier rules take all its scores',
	'segmentsView.rules.outOfScale': 'uses scores outside 1–{bins}',
	'segmentsView.rules.unmatched':
		'{n, plural, one {# customer matches no rule and is counted} other {# customers match no rule and are counted}} as “Others”. Widen a rule or add one to cover them.',
	'segmentsView.rules.noM': 'M is not available in this data, so the M ranges are ignored.',

	'segmentsView.table.title': 'Segment table',
	'segmentsView.table.intro':
		'Size and revenue per segment, its mean recency, frequency, spend and R / F / M scores, and a suggested action.',
	'segmentsView.table.total': 'Total',

	'segmentsView.grid.title': 'R × F grid',
	'segmentsView.grid.subtitle':
		'Each cell: customers with that R and F score and the segment most of them fall in (“+”: M splits the cell between segments). Colour: mean spend. Orange lines: segment borders.',
	'segmentsView.grid.subtitleNoM':
		'Each cell: customers with that R and F score and their segment. Colour: number of customers. Orange lines: segment borders.',
	'segmentsView.grid.x': 'Frequency score',
	'segmentsView.grid.y': 'Recency score',

	'segmentsView.treemap.title': 'Segments as a treemap',
	'segmentsView.treemap.size': 'Size rectangles by',
	'segmentsView.treemap.by.customers': 'Area = number of customers.',
	'segmentsView.treemap.by.revenue': 'Area = revenue.',
	'segmentsView.treemap.omitted': 'Not drawn (nothing to show): {names}.',

	'segmentsView.shares.title': 'Share of customers vs share of revenue',
	'segmentsView.shares.subtitle':
		'A segment whose revenue bar is longer than its customer bar brings more than its head count.',
	'segmentsView.shares.subtitleNoM': 'Share of customers per segment (no revenue in this data).',
	'segmentsView.shares.customers': 'Share of customers',
	'segmentsView.shares.revenue': 'Share of revenue',

	'segmentsView.value.title': 'Customer value pyramid',
	'segmentsView.value.cuts': 'Tier cut-offs (% of customers, top down)',
	'segmentsView.value.basis': 'Rank customers by',
	'segmentsView.value.basisAuto': 'Automatic (lifetime value, else margin, else revenue)',
	'segmentsView.value.rankedBy': 'Customers ranked by {basis}.',
	'segmentsView.value.basisClv':
		'From the lifetime-value model as set on the Lifetime value page: {model}, {months, plural, one {# month} other {# months}} ahead from {date}.',
	'segmentsView.value.basisWhy.margin':
		'Historical net value: the data has cost, so margin (amount − cost) to date is used. Predicted lifetime value is one choice away in “Rank customers by” (it needs a fitted model).',
	'segmentsView.value.basisWhy.revenue':
		'Historical net value: net revenue to date (purchases minus returns); the data has no cost column. Predicted lifetime value is one choice away in “Rank customers by” (it needs a fitted model).',
	'segmentsView.value.basisWhy.clv': 'Predicted lifetime value from the lifetime-value model.',
	'segmentsView.value.basisUnavailable':
		'{asked} is not available for this data, so {basis} is used.',
	'segmentsView.value.clvMissing':
		'{n, plural, one {# customer first bought after the prediction date and has no prediction; it ranks last} other {# customers first bought after the prediction date and have no prediction; they rank last}} with value 0.',
	'segmentsView.value.chart': 'Value pyramid',
	'segmentsView.value.chartSub': 'Tiers of {cuts} % of customers, from the most valuable down.',
	'segmentsView.value.tierCustomers': '{n, plural, one {# customer} other {# customers}} ({share})',
	'segmentsView.value.tierValue': '{share} of {basis}',
	'segmentsView.value.tier': 'Tier',
	'segmentsView.value.value': 'Value',
	'segmentsView.value.valueShare': 'Share of value',
	'segmentsView.value.range': 'Value range',
	'segmentsView.value.min': 'Lowest value',
	'segmentsView.value.max': 'Highest value',
	'segmentsView.value.cutNote':
		'The literature fixes no cut-offs (Zeithaml, Rust & Lemon 2001): tiers are cut by number of customers, so customers with equal value at a border can fall in two tiers.',

	'segmentsView.pareto.title': 'Pareto concentration, Gini and ABC',
	'segmentsView.pareto.chart': 'Pareto and Lorenz curves',
	'segmentsView.pareto.subtitle':
		'Pareto: customers from the most valuable down. Lorenz: from the least valuable up. The further both bow from the diagonal, the more concentrated the value.',
	'segmentsView.pareto.pareto': 'Pareto (most valuable first)',
	'segmentsView.pareto.lorenz': 'Lorenz (least valuable first)',
	'segmentsView.pareto.equal': 'Everyone worth the same',
	'segmentsView.pareto.x': 'Share of customers',
	'segmentsView.pareto.y': 'Share of {basis}',
	'segmentsView.abc.title': 'ABC classes',
	'segmentsView.abc.class': 'Class',
	'segmentsView.abc.drill': 'ABC class {name}',
	'segmentsView.abc.note':
		'A: the most valuable customers who together make the first 80 % of value; B: the next 15 %; C: the last 5 %.',

	'segmentsView.clusters.title': 'Clusters of behaviour (k-means)',
	'segmentsView.clusters.intro':
		'k-means groups customers by log(1 + R), log(1 + F) and log(1 + M), each standardised, with a fixed seed so the result is the same every time. The elbow and the silhouette help choose k; the names describe each cluster against the average customer.',
	'segmentsView.clusters.k': 'Number of clusters k',
	'segmentsView.clusters.best': 'best silhouette',
	'segmentsView.clusters.chosenAuto':
		'k = {k}: the highest mean silhouette from 3 clusters up. Two clusters score {s2}, but two groups are usually too coarse to act on; pick k = 2 above to see them.',
	'segmentsView.clusters.chosenTwo': 'k = 2: too few customers for more clusters.',
	'segmentsView.clusters.chosen': 'k = {k}, chosen by you.',
	'segmentsView.clusters.sampled':
		'The elbow uses a sample of {n, plural, one {# customer} other {# customers}}.',
	'segmentsView.clusters.silhouetteSample':
		'Silhouette on a sample of {n, plural, one {# customer} other {# customers}}.',
	'segmentsView.clusters.elbow': 'Elbow: within-cluster sum of squares',
	'segmentsView.clusters.silhouetteTitle': 'Mean silhouette',
	'segmentsView.clusters.wss': 'Within-cluster sum of squares',
	'segmentsView.clusters.silhouette': 'Mean silhouette',
	'segmentsView.clusters.profiles': 'Cluster profiles (k = {k})',
	'segmentsView.clusters.cluster': 'Cluster',
	'segmentsView.clusters.recency': 'Recency, days',
	'segmentsView.clusters.frequency': 'Frequency',
	'segmentsView.clusters.monetary': 'Spend',
	'segmentsView.clusters.meanMedian':
		'Each cell: mean (median). Clusters are numbered from the highest mean spend down.',
	'segmentsView.clusters.meanMedianNoM':
		'Each cell: mean (median). Clusters are numbered from the highest mean frequency down.',
	'segmentsView.clusters.drill': 'Cluster {name}',
	'segmentsView.clusters.scatter': 'Customers by cluster',
	'segmentsView.clusters.scatterAll': 'Every customer, coloured by cluster.',
	'segmentsView.clusters.scatterSample':
		'A fixed random sample of {n} of {total, plural, one {# customer} other {# customers}}, coloured by cluster.',
	'segmentsView.clusters.scatterNote':
		'Axes are log₁₀(1 + value), the scale k-means works in: 0.5 ≈ 2, 1 = 9, 1.5 ≈ 31, 2 = 99, 3 = 999.',
	'segmentsView.clusters.logAxis': '{dim}: log₁₀(1 + {unit})',
	'segmentsView.clusters.x': 'Across',
	'segmentsView.clusters.y': 'Up',

	'segmentsView.attr.title': 'Segments by attribute',
	'segmentsView.attr.none':
		'Import a customers dataset (id plus age, region, channel …) to segment customers by their attributes and cross them with the RFM segments.',
	'segmentsView.attr.noColumns': 'The customers dataset has no attribute columns.',
	'segmentsView.attr.pick': 'Attribute',
	'segmentsView.attr.matched':
		'{matched} of {customers, plural, one {# customer} other {# customers}} found in the customers dataset.',
	'segmentsView.attr.banded': 'Numbers are grouped into readable bands.',
	'segmentsView.attr.means': 'Recency, frequency, spend and R / F / M are means per group.',
	'segmentsView.attr.byYear': 'Dates are grouped by year.',
	'segmentsView.attr.sharesTitle': '{attribute}: share of customers and revenue',
	'segmentsView.attr.crossTitle': '{attribute} × RFM segment',
	'segmentsView.attr.crossSub':
		'Customers per group and segment. Colour: share of the row (the group).',

	'segmentsView.migration.title': 'Segment migration',
	'segmentsView.migration.intro':
		'Where the customers of each segment at an earlier date are at the analysis date, scored with the same rules, bins and thresholds at both dates (quantiles are taken at each date, so a move means the customer’s standing changed).',
	'segmentsView.migration.earlier': 'Earlier date',
	'segmentsView.migration.default': '90 days earlier',
	'segmentsView.migration.later': 'Later date: the analysis date, {date}.',
	'segmentsView.migration.summary':
		'{stayed, plural, one {# customer stayed in their segment} other {# customers stayed in their segment}}, {moved} moved to another, {new} are new since the earlier date.',
	'segmentsView.migration.matrixSub':
		'Rows: segment at the earlier date; columns: at the later date. Colour: share of the row. Framed cells: stayed.',
	'segmentsView.migration.from': 'Segment on {date}',
	'segmentsView.migration.to': 'Segment on {date}',
	'segmentsView.migration.fromTo': 'From',
	'segmentsView.migration.newRow': 'New since then',
	'segmentsView.migration.flow': 'Flow between segments',
	'segmentsView.migration.flowSub': 'Band width = customers who moved.',

	'segmentsView.list.count': '{n, plural, one {# customer} other {# customers}}',
	'segmentsView.list.id': 'Customer',
	'segmentsView.list.recency': 'Recency (days)',
	'segmentsView.list.frequency': 'Frequency',
	'segmentsView.list.monetary': 'Spend',
	'segmentsView.list.score': 'RFM',
	'segmentsView.list.valueNote': 'Tier and value are by {basis}.',

	'segmentsView.profile.title': 'Customer {id}',
	'segmentsView.profile.action': 'Suggested action: {action}',
	'segmentsView.profile.behaviour': 'As of {date}',
	'segmentsView.profile.average': 'Average per purchase',
	'segmentsView.profile.history': 'History',
	'segmentsView.profile.first': 'First purchase',
	'segmentsView.profile.last': 'Last purchase',
	'segmentsView.profile.tenure': 'Customer for',
	'segmentsView.profile.days': '{n, plural, one {# day} other {# days}}',
	'segmentsView.profile.purchaseDays': 'Days with purchases',
	'segmentsView.profile.later': 'Rows after the analysis date (not scored)',
	'segmentsView.profile.attributes': 'Attributes',
	'segmentsView.profile.timeline': 'Purchase timeline',
	'segmentsView.profile.timelineSub':
		'One stem per purchase day: amount bought above the line, returns below. Dashed line: the analysis date.',
	'segmentsView.profile.timelineSubNoM':
		'One stem per purchase day (height: rows that day). Dashed line: the analysis date.',
	'segmentsView.profile.asOf': 'analysis date',
	'segmentsView.profile.date': 'Date',
	'segmentsView.profile.bought': 'Bought',
	'segmentsView.profile.returned': 'Returned',
	'segmentsView.profile.linesHeader': 'Rows',
	'segmentsView.profile.lines': '{n, plural, one {# row} other {# rows}}',
	'segmentsView.summary.intro':
		'Customers of the customer summary “{name}” scored by recency, frequency and monetary value taken from its columns.',
	'segmentsView.summary.unitHint':
		'A summary file does not say its time unit; weeks are assumed unless you choose otherwise. Recency is converted to days.',
	'segmentsView.summary.monetary': 'Average per purchase (from the summary)',
	'segmentsView.summary.monetaryUnit': 'average spend per purchase, from the summary',
	'segmentsView.summary.facts':
		'{customers, plural, one {# customer} other {# customers}} from the summary. Recency = T − t_x in days, frequency = x + 1 purchases (the first included), M = the average spend per purchase from the summary.',
	'segmentsView.summary.dropped':
		'Summary rows left out (negative or missing values, recency after T, or a recency without repeat purchases): {n}.',
	'segmentsView.summary.noSpend':
		'Customers without a mean spend in the summary (BTYD summaries give one-time buyers 0), so their M is 0: {n}.',
	'segmentsView.summary.revenue':
		'Revenue from a summary is estimated as average spend × purchases (x + 1).',
	'segmentsView.summary.needsTransactions': 'Needs transactions: a summary has no dates.',
	'segmentsView.summary.migration':
		'Segment migration compares two analysis dates; a summary describes one moment only. Import the transactions to see who moved between segments.',
	'segmentsView.summary.timeline': 'The purchase timeline needs the dated transactions.',
	'segmentsView.summary.behaviour': 'From the summary',
	'segmentsView.summary.daysBefore':
		'{n, plural, one {# day} other {# days}} before the end of observation',
	'segmentsView.summary.clvBasis':
		'Ranked by predicted lifetime value over {months, plural, one {# month} other {# months}} ({model}), fitted on the summary.'
};

const zh: Record<keyof typeof en, string> = {
	'segmentsView.title': '客户细分与价值',
	'segmentsView.intro': '按最近一次消费（R）、消费频率（F）和消费金额（M）为“{name}”中的客户打分。',
	'segmentsView.withCustomers': '已按客户编号关联“{name}”中的客户属性。',
	'segmentsView.goData': '导入数据',
	'segmentsView.goHome': '在首页加载教学样例',
	'segmentsView.settings': '打分设置',
	'segmentsView.exportCsv': '导出 CSV',
	'segmentsView.problem.customerNotFound': '客户“{id}”不在本次分析中。',
	'segmentsView.problem.dataset_missing':
		'该数据集已不在本工作区中，请在“数据”页选择或导入其他数据。',
	'segmentsView.problem.internal': '分析失败：{message}',

	'segmentsView.nav.label': '本页各部分',
	'segmentsView.nav.rfm': 'RFM 得分',
	'segmentsView.nav.segments': '命名细分',
	'segmentsView.nav.value': '价值金字塔',
	'segmentsView.nav.pareto': '帕累托与 ABC',
	'segmentsView.nav.clusters': '聚类',
	'segmentsView.nav.attributes': '按属性细分',
	'segmentsView.nav.migration': '细分迁移',

	'segmentsView.set.asOf': '分析日期',
	'segmentsView.set.asOfDefault': '最后一次购买的次日',
	'segmentsView.set.asOfDefaultHint': '使用默认分析日期：最后一笔交易的次日，所有购买都计入。',
	'segmentsView.set.bins': '得分档数',
	'segmentsView.set.binsOption': '1–{bins}',
	'segmentsView.set.monetary': '消费金额（M）',
	'segmentsView.set.preset': '细分规则',
	'segmentsView.set.presetEdited': '已修改的规则',
	'segmentsView.set.customThresholds': '自定义分界值',
	'segmentsView.set.thresholdsHint':
		'每个维度输入 {n} 个递增的分界值，用逗号分隔（恰好等于分界值的取较低的分）。',
	'segmentsView.set.thresholdsBad': '每个维度须恰好输入 {n} 个递增的数；仍沿用上一组有效的分界值。',
	'segmentsView.set.facts': '截至 {date} 共 {customers} 位客户。',
	'segmentsView.set.mFrom.total': 'M 取净消费总额。',
	'segmentsView.set.mFrom.average': 'M 取每次平均消费。',
	'segmentsView.set.noMonetary': '数据中没有金额，M 不可用。',

	'segmentsView.scoring.title': 'RFM 得分及其分界值',
	'segmentsView.scoring.intro':
		'每位客户在每个维度上得到 1 到 {bins} 的分。下表列出各得分对应的原始数值范围及客户数。',
	'segmentsView.scoring.tieRuleTitle': '相同数值的处理：',
	'segmentsView.scoring.quantile': '按分位数划分',
	'segmentsView.scoring.custom': '自定义分界值',
	'segmentsView.scoring.score': '得分',
	'segmentsView.scoring.range': '数值范围',
	'segmentsView.scoring.edges': '分界值',
	'segmentsView.scoring.any': '任意值',
	'segmentsView.scoring.none': '不会出现（分界值重合）',
	'segmentsView.scoring.mUnavailable':
		'数据中没有金额列：只按 R 和 F 打分和细分，M、收入和价值金字塔均不可用。',
	'segmentsView.scoring.unit.recency': '距最近一次购买的天数',
	'segmentsView.scoring.unit.frequency': '购买次数',
	'segmentsView.scoring.unit.monetary': '净消费金额',
	'segmentsView.scoring.unit.monetaryAverage': '每次平均消费',

	'segmentsView.hist.title': '{dimension}分布',
	'segmentsView.hist.subtitle': '柱：各数值区间的客户数。虚线：得分分界值。',
	'segmentsView.hist.from': '从',
	'segmentsView.hist.to': '到（不含）',

	'segmentsView.col.customers': '客户数',
	'segmentsView.col.share': '占比',
	'segmentsView.col.revenue': '收入',
	'segmentsView.col.revenueShare': '收入占比',
	'segmentsView.col.meanRecency': '最近一次消费（天）',
	'segmentsView.col.meanFrequency': '消费频率',
	'segmentsView.col.meanMonetary': '消费金额',
	'segmentsView.col.meanScores': 'R / F / M',
	'segmentsView.col.action': '建议措施',

	'segmentsView.rules.title': '命名细分：规则',
	'segmentsView.rules.intro':
		'规则自上而下检查。客户属于第一条 R、F、M 范围（得分 1–{bins}）都包含其得分的规则：先匹配者优先。不符合任何规则的客户归入“其他”。',
	'segmentsView.rules.rescaled':
		'预设规则按 1–5 分编写；在 1–{bins} 分下，每个得分按最接近的 1–5 分解读。以下规则因没有得分落入其范围而被略去：{names}。',
	'segmentsView.rules.rescaledAll':
		'预设规则按 1–5 分编写；在 1–{bins} 分下，每个得分按最接近的 1–5 分解读。',
	'segmentsView.rules.segment': '细分',
	'segmentsView.rules.status': '检查',
	'segmentsView.rules.actions': '移动或删除',
	'segmentsView.rules.customName': '自定义名称…',
	'segmentsView.rules.newName': '新细分',
	'segmentsView.rules.from': '规则 {n} 的 {dim} 下限',
	'segmentsView.rules.to': '规则 {n} 的 {dim} 上限',
	'segmentsView.rules.up': '上移',
	'segmentsView.rules.down': '下移',
	'segmentsView.rules.delete': '删除规则',
	'segmentsView.rules.add': '添加规则',
	'segmentsView.rules.reset': '恢复为“{preset}”',
	'segmentsView.rules.othersRow': '不符合任何规则的客户',
	'segmentsView.rules.ok': '适用于其全部 {cells} 个得分组合',
	'segmentsView.rules.partly': '适用于其 {cells} 个得分组合中的 {wins} 个，其余被前面的规则占用',
	'segmentsView.rules.shadowed': '永远不会生效：它的得分都被前面的规则占了',
	'segmentsView.rules.outOfScale': '用到了 1–{bins} 以外的得分',
	'segmentsView.rules.unmatched':
		'有 {n} 位客户不符合任何规则，计入“其他”。可放宽某条规则或新增规则来覆盖他们。',
	'segmentsView.rules.noM': '数据中没有 M，M 的范围不起作用。',

	'segmentsView.table.title': '细分汇总表',
	'segmentsView.table.intro':
		'各细分的规模、收入，其最近一次消费、消费频率、消费金额和 R / F / M 得分的平均值，以及建议措施。',
	'segmentsView.table.total': '合计',

	'segmentsView.grid.title': 'R × F 网格',
	'segmentsView.grid.subtitle':
		'每格：该 R、F 得分的客户数及其中多数所属的细分（“+”表示 M 把该格分到不同细分）。颜色：平均消费金额。橙色线：细分边界。',
	'segmentsView.grid.subtitleNoM':
		'每格：该 R、F 得分的客户数及其细分。颜色：客户数。橙色线：细分边界。',
	'segmentsView.grid.x': '消费频率得分',
	'segmentsView.grid.y': '最近一次消费得分',

	'segmentsView.treemap.title': '细分矩形树图',
	'segmentsView.treemap.size': '矩形大小依据',
	'segmentsView.treemap.by.customers': '面积 = 客户数。',
	'segmentsView.treemap.by.revenue': '面积 = 收入。',
	'segmentsView.treemap.omitted': '未绘出（无可显示的数值）：{names}。',

	'segmentsView.shares.title': '客户占比与收入占比',
	'segmentsView.shares.subtitle': '收入条比客户条长的细分，带来的价值超过其人数所占的比例。',
	'segmentsView.shares.subtitleNoM': '各细分的客户占比（数据中没有收入）。',
	'segmentsView.shares.customers': '客户占比',
	'segmentsView.shares.revenue': '收入占比',

	'segmentsView.value.title': '客户价值金字塔',
	'segmentsView.value.cuts': '分层比例（客户百分比，自上而下）',
	'segmentsView.value.basis': '客户排序依据',
	'segmentsView.value.basisAuto': '自动（客户终生价值，其次毛利，再次收入）',
	'segmentsView.value.rankedBy': '按{basis}对客户排序。',
	'segmentsView.value.basisClv':
		'来自“客户终生价值”页所设的模型：{model}，从 {date} 起预测未来 {months} 个月。',
	'segmentsView.value.basisWhy.margin':
		'历史净价值：数据中有成本，因此使用至今的毛利（金额 − 成本）。预测的客户终生价值只需在“客户排序依据”中选择（它需要先拟合模型）。',
	'segmentsView.value.basisWhy.revenue':
		'历史净价值：至今的净收入（购买减去退货）；数据中没有成本列。预测的客户终生价值只需在“客户排序依据”中选择（它需要先拟合模型）。',
	'segmentsView.value.basisWhy.clv': '由终生价值模型预测的客户终生价值。',
	'segmentsView.value.basisUnavailable': '该数据无法提供{asked}，因此使用{basis}。',
	'segmentsView.value.clvMissing':
		'{n} 位客户在预测日期之后才首次购买，没有预测值；他们以价值 0 排在最后。',
	'segmentsView.value.chart': '价值金字塔',
	'segmentsView.value.chartSub': '按客户数 {cuts}% 分层，从最有价值的客户开始。',
	'segmentsView.value.tierCustomers': '{n} 位客户（{share}）',
	'segmentsView.value.tierValue': '占{basis}的 {share}',
	'segmentsView.value.tier': '层级',
	'segmentsView.value.value': '价值',
	'segmentsView.value.valueShare': '价值占比',
	'segmentsView.value.range': '价值范围',
	'segmentsView.value.min': '最低价值',
	'segmentsView.value.max': '最高价值',
	'segmentsView.value.cutNote':
		'文献没有规定分层比例（Zeithaml、Rust 和 Lemon，2001）：各层按客户数划分，因此价值相同的客户可能分在相邻两层。',

	'segmentsView.pareto.title': '帕累托集中度、基尼系数与 ABC 分类',
	'segmentsView.pareto.chart': '帕累托曲线与洛伦兹曲线',
	'segmentsView.pareto.subtitle':
		'帕累托曲线：从最有价值的客户往下累计；洛伦兹曲线：从价值最低的客户往上累计。两条曲线离对角线越远，价值越集中。',
	'segmentsView.pareto.pareto': '帕累托曲线（价值高者在前）',
	'segmentsView.pareto.lorenz': '洛伦兹曲线（价值低者在前）',
	'segmentsView.pareto.equal': '人人价值相同',
	'segmentsView.pareto.x': '客户累计占比',
	'segmentsView.pareto.y': '{basis}累计占比',
	'segmentsView.abc.title': 'ABC 分类',
	'segmentsView.abc.class': '类别',
	'segmentsView.abc.drill': 'ABC 分类：{name} 类',
	'segmentsView.abc.note':
		'A 类：价值最高、合计贡献前 80% 价值的客户；B 类：其后 15%；C 类：最后 5%。',

	'segmentsView.clusters.title': '消费行为聚类（k 均值）',
	'segmentsView.clusters.intro':
		'k 均值按标准化后的 log(1 + R)、log(1 + F)、log(1 + M) 对客户分组，随机种子固定，每次结果相同。肘部图和轮廓系数帮助选择 k；名称描述各簇与平均客户相比的特点。',
	'segmentsView.clusters.k': '簇数 k',
	'segmentsView.clusters.best': '轮廓系数最高',
	'segmentsView.clusters.chosenAuto':
		'k = {k}：3 个簇及以上中平均轮廓系数最高。2 个簇得 {s2}，但只分两组通常太粗，难以据此采取行动；可在上方选择 k = 2 查看。',
	'segmentsView.clusters.chosenTwo': 'k = 2：客户太少，无法分出更多的簇。',
	'segmentsView.clusters.chosen': 'k = {k}，由你选择。',
	'segmentsView.clusters.sampled': '肘部图使用 {n} 位客户的样本。',
	'segmentsView.clusters.silhouetteSample': '轮廓系数基于 {n} 位客户的样本。',
	'segmentsView.clusters.elbow': '肘部图：簇内平方和',
	'segmentsView.clusters.silhouetteTitle': '平均轮廓系数',
	'segmentsView.clusters.wss': '簇内平方和',
	'segmentsView.clusters.silhouette': '平均轮廓系数',
	'segmentsView.clusters.profiles': '各簇概况（k = {k}）',
	'segmentsView.clusters.cluster': '簇',
	'segmentsView.clusters.recency': '最近一次消费（天）',
	'segmentsView.clusters.frequency': '消费频率',
	'segmentsView.clusters.monetary': '消费金额',
	'segmentsView.clusters.meanMedian': '每格：平均值（中位数）。各簇按平均消费金额从高到低编号。',
	'segmentsView.clusters.meanMedianNoM': '每格：平均值（中位数）。各簇按平均消费频率从高到低编号。',
	'segmentsView.clusters.drill': '簇 {name}',
	'segmentsView.clusters.scatter': '按簇着色的客户',
	'segmentsView.clusters.scatterAll': '全部客户，按簇着色。',
	'segmentsView.clusters.scatterSample': '从 {total} 位客户中固定随机抽取的 {n} 位，按簇着色。',
	'segmentsView.clusters.scatterNote':
		'坐标为 log₁₀(1 + x)（x 为原数值），即 k 均值所用的尺度：0.5 ≈ 2，1 = 9，1.5 ≈ 31，2 = 99，3 = 999。',
	'segmentsView.clusters.logAxis': '{dim}：log₁₀(1 + {unit})',
	'segmentsView.clusters.x': '横轴',
	'segmentsView.clusters.y': '纵轴',

	'segmentsView.attr.title': '按属性细分',
	'segmentsView.attr.none':
		'导入客户资料数据集（客户编号及年龄、地区、渠道等）后，可按属性细分客户，并与 RFM 细分交叉分析。',
	'segmentsView.attr.noColumns': '客户资料数据集中没有属性列。',
	'segmentsView.attr.pick': '属性',
	'segmentsView.attr.matched': '{customers} 位客户中有 {matched} 位在客户资料中找到。',
	'segmentsView.attr.banded': '数值已分成易读的区间。',
	'segmentsView.attr.means': '最近一次消费、消费频率、消费金额和 R / F / M 均为各组平均值。',
	'segmentsView.attr.byYear': '日期按年份分组。',
	'segmentsView.attr.sharesTitle': '{attribute}：客户占比与收入占比',
	'segmentsView.attr.crossTitle': '{attribute} × RFM 细分',
	'segmentsView.attr.crossSub': '各组、各细分的客户数。颜色：占该行（该组）的比例。',

	'segmentsView.migration.title': '细分迁移',
	'segmentsView.migration.intro':
		'较早日期时各细分的客户在分析日期时所处的细分。两个日期使用相同的规则、档数和分界值（分位数在各自日期分别计算，因此迁移表示客户的相对位置发生了变化）。',
	'segmentsView.migration.earlier': '较早日期',
	'segmentsView.migration.default': '提前 90 天',
	'segmentsView.migration.later': '较晚日期：分析日期 {date}。',
	'segmentsView.migration.summary':
		'{stayed} 位客户留在原细分，{moved} 位迁到其他细分，{new} 位是较早日期之后的新客户。',
	'segmentsView.migration.matrixSub':
		'行：较早日期的细分；列：较晚日期的细分。颜色：占该行的比例。带框的单元格：留在原细分。',
	'segmentsView.migration.from': '{date} 的细分',
	'segmentsView.migration.to': '{date} 的细分',
	'segmentsView.migration.fromTo': '来自',
	'segmentsView.migration.newRow': '此后的新客户',
	'segmentsView.migration.flow': '细分之间的流动',
	'segmentsView.migration.flowSub': '带宽 = 迁移的客户数。',

	'segmentsView.list.count': '{n} 位客户',
	'segmentsView.list.id': '客户',
	'segmentsView.list.recency': '最近一次消费（天）',
	'segmentsView.list.frequency': '消费频率',
	'segmentsView.list.monetary': '消费金额',
	'segmentsView.list.score': 'RFM',
	'segmentsView.list.valueNote': '层级和价值按{basis}计算。',

	'segmentsView.profile.title': '客户 {id}',
	'segmentsView.profile.action': '建议措施：{action}',
	'segmentsView.profile.behaviour': '截至 {date}',
	'segmentsView.profile.average': '每次平均消费',
	'segmentsView.profile.history': '购买历史',
	'segmentsView.profile.first': '首次购买',
	'segmentsView.profile.last': '最近一次购买',
	'segmentsView.profile.tenure': '成为客户已有',
	'segmentsView.profile.days': '{n} 天',
	'segmentsView.profile.purchaseDays': '有购买的天数',
	'segmentsView.profile.later': '分析日期之后的记录（不计分）',
	'segmentsView.profile.attributes': '属性',
	'segmentsView.profile.timeline': '购买时间线',
	'segmentsView.profile.timelineSub':
		'每个购买日一根竖线：线上为购买金额，线下为退货。虚线：分析日期。',
	'segmentsView.profile.timelineSubNoM': '每个购买日一根竖线（高度：当天记录数）。虚线：分析日期。',
	'segmentsView.profile.asOf': '分析日期',
	'segmentsView.profile.date': '日期',
	'segmentsView.profile.bought': '购买',
	'segmentsView.profile.returned': '退货',
	'segmentsView.profile.linesHeader': '记录数',
	'segmentsView.profile.lines': '{n} 条记录',
	'segmentsView.summary.intro':
		'按客户汇总表“{name}”各列给出的最近一次消费（R）、消费频率（F）和消费金额（M）为客户打分。',
	'segmentsView.summary.unitHint':
		'汇总文件不会写明时间单位；除非另选，默认按“周”理解。最近一次消费会换算成天数。',
	'segmentsView.summary.monetary': '每次平均消费（取自汇总表）',
	'segmentsView.summary.monetaryUnit': '每次平均消费，取自汇总表',
	'segmentsView.summary.facts':
		'汇总表中共 {customers} 位客户。最近一次消费 = T − t_x（换算为天），消费频率 = x + 1 次（含首次购买），M = 汇总表中的每次平均消费。',
	'segmentsView.summary.dropped':
		'汇总表中有 {n} 行未使用：数值为负或缺失、最近购买时间晚于 T，或没有重复购买却有最近购买时间。',
	'segmentsView.summary.noSpend':
		'{n} 位客户在汇总表中没有平均消费额（BTYD 汇总表中只买过一次的客户记为 0），其 M 按 0 计。',
	'segmentsView.summary.revenue': '汇总表的消费额按“每次平均消费 × 购买次数（x + 1）”估算。',
	'segmentsView.summary.needsTransactions': '需要交易数据：汇总表没有日期。',
	'segmentsView.summary.migration':
		'细分迁移要比较两个分析日期，而汇总表只描述一个时点。导入交易数据后即可查看客户在细分之间的流动。',
	'segmentsView.summary.timeline': '购买时间线需要带日期的交易数据。',
	'segmentsView.summary.behaviour': '取自汇总表',
	'segmentsView.summary.daysBefore': '观察期结束前 {n} 天',
	'segmentsView.summary.clvBasis':
		'按在汇总表上拟合的 {model} 模型预测的未来 {months} 个月客户终生价值排序。'
};

export const segmentsViewMessages = { en, zh };
