// The Compare page (issue 17, item 4): two transaction datasets side by side on segments and
// survival. Glossary terms: 客户细分, 客户流失, 客户生命周期.
export const compare2Messages = {
	en: {
		'nav.compare': 'Compare',
		'compare2.title': 'Compare two datasets',
		'compare2.intro':
			'Two transaction datasets side by side — two stores, two regions, two classes’ data: their customers, revenue, RFM segments and how long their customers stay.',
		'compare2.needTwo':
			'Comparing needs two transaction datasets; this workspace has {n, plural, one {# of them} other {# of them}}. Import a second one on the Data page — for example one store’s, one region’s or another class’s transactions.',
		'compare2.goData': 'Go to the Data page',
		'compare2.pickA': 'Dataset A',
		'compare2.pickB': 'Dataset B',
		'compare2.pickLabel': 'Datasets to compare',
		'compare2.sameTwice': 'Pick two different datasets.',
		'compare2.issue.same': 'Pick two different datasets.',
		'compare2.issue.pick': 'Pick two transaction datasets to compare.',
		'compare2.period': '{from} – {to}',
		'compare2.asOf': 'As of {date} (the day after its last purchase)',
		'compare2.customers': 'Customers',
		'compare2.revenue': 'Revenue',
		'compare2.noAmounts': 'no amounts',
		'compare2.medianLifetime': 'Median lifetime',
		'compare2.medianDays': '{days, plural, one {# day} other {# days}}',
		'compare2.notReached': 'not reached',
		'compare2.churnedActive': '{churned} churned, {active} active',
		'compare2.ruleUsed': 'Alive rule: {rule}',
		'compare2.rule':
			'Both datasets scored by the same rule: {preset}, {bins} scores per dimension, with the Segments page’s settings; {edges}',
		'compare2.rule.own': 'your own rules',
		'compare2.edges.pooled': 'score edges from both datasets’ customers together.',
		'compare2.edges.custom': 'your score thresholds.',
		'compare2.edges.mixed':
			'your thresholds where set, otherwise edges from both datasets’ customers together.',
		'compare2.edges.list': 'Shared edges — R: {r} days · F: {f} purchases · M: {m}',
		'compare2.edges.ownMoney': 'each dataset’s own',
		'compare2.currencies':
			'The two datasets are in different currencies ({a}, {b}): revenue is shown in each one’s own, and M is scored on each dataset’s own edges.',
		'compare2.shares.title': 'Segment shares: {a} vs {b}',
		'compare2.shares.axis': 'Share of the dataset’s customers',
		'compare2.shares.segment': 'Segment',
		'compare2.shares.customersOf': '{name}: customers',
		'compare2.shares.shareOf': '{name}: share',
		'compare2.survival.title': 'Customer survival: {a} vs {b}',
		'compare2.survival.subtitle':
			'Kaplan–Meier, churn by the shared alive/churned rule ({rule}); each dataset as of the day after its last purchase ({asOfA}; {asOfB}).',
		'compare2.survival.dataset': 'Dataset',
		'compare2.logRank.title': 'Do the two differ?',
		'compare2.logRank.none': 'The log-rank test needs churned customers in at least one dataset.',
		'compare2.logRank.differ':
			'The two datasets’ customers stay for different lengths of time (p < 0.05).',
		'compare2.logRank.same': 'No difference in how long customers stay at the 5 % level.',
		'compare2.segmentsTable': 'Segments of {name}',
		'compare2.share': 'Share',
		'compare2.medianTable': 'Median lifetime of each dataset'
	},
	zh: {
		'nav.compare': '数据对比',
		'compare2.title': '对比两个数据集',
		'compare2.intro':
			'并排对比两个交易数据集（两家门店、两个地区、两个班级的数据）：客户数、收入、RFM 客户细分，以及客户留存的时长。',
		'compare2.needTwo':
			'对比需要两个交易数据集；当前工作区只有 {n} 个。请在“数据”页导入第二个，例如某一门店、某一地区或另一个班级的交易数据。',
		'compare2.goData': '前往“数据”页',
		'compare2.pickA': '数据集 A',
		'compare2.pickB': '数据集 B',
		'compare2.pickLabel': '要对比的数据集',
		'compare2.sameTwice': '请选择两个不同的数据集。',
		'compare2.issue.same': '请选择两个不同的数据集。',
		'compare2.issue.pick': '请选择两个要对比的交易数据集。',
		'compare2.period': '{from} – {to}',
		'compare2.asOf': '分析日期 {date}（最后一次购买的次日）',
		'compare2.customers': '客户数',
		'compare2.revenue': '收入',
		'compare2.noAmounts': '无金额',
		'compare2.medianLifetime': '生命周期中位数',
		'compare2.medianDays': '{days} 天',
		'compare2.notReached': '未达到',
		'compare2.churnedActive': '已流失 {churned}，活跃 {active}',
		'compare2.ruleUsed': '存活规则：{rule}',
		'compare2.rule':
			'两个数据集按同一规则打分：{preset}，每个维度 {bins} 档，采用“细分与价值”页的设置；{edges}',
		'compare2.rule.own': '自定义规则',
		'compare2.edges.pooled': '分档界值取自两个数据集的全部客户。',
		'compare2.edges.custom': '分档界值为您设定的阈值。',
		'compare2.edges.mixed': '已设定阈值的维度用您的阈值，其余取自两个数据集的全部客户。',
		'compare2.edges.list': '共同界值：R {r} 天 · F {f} 次 · M {m}',
		'compare2.edges.ownMoney': '各数据集各自的界值',
		'compare2.currencies':
			'两个数据集的币种不同（{a}、{b}）：收入按各自币种显示，M 按各数据集自己的界值打分。',
		'compare2.shares.title': '客户细分占比：{a} 对比 {b}',
		'compare2.shares.axis': '占该数据集客户的比例',
		'compare2.shares.segment': '细分',
		'compare2.shares.customersOf': '{name}：客户数',
		'compare2.shares.shareOf': '{name}：占比',
		'compare2.survival.title': '客户生存曲线：{a} 对比 {b}',
		'compare2.survival.subtitle':
			'Kaplan–Meier 估计，按共用的存活/流失规则判定客户流失（{rule}）；各数据集的分析日期为其最后一次购买的次日（{asOfA}；{asOfB}）。',
		'compare2.survival.dataset': '数据集',
		'compare2.logRank.title': '两者有差异吗？',
		'compare2.logRank.none': '对数秩检验需要至少一个数据集中有已流失的客户。',
		'compare2.logRank.differ': '两个数据集的客户留存时长不同（p < 0.05）。',
		'compare2.logRank.same': '在 5% 水平下，客户留存时长没有差异。',
		'compare2.segmentsTable': '{name} 的客户细分',
		'compare2.share': '占比',
		'compare2.medianTable': '各数据集的生命周期中位数'
	}
};
