// Text of the Satisfaction & loyalty view (page, cards, controls), English and 简体中文. Analysis
// results and their issues use the engine's messages in satisfaction.ts.

const en = {
	'satisfactionView.intro':
		'Survey “{name}”: {n} respondents. Every analysis below runs in this browser on the mapping in section 1.',
	'satisfactionView.introFiltered':
		'Survey “{name}”: {n} of {total} respondents, those of the customers the filter keeps. Every analysis below runs in this browser on the mapping in section 1.',
	'satisfactionView.introNoIds':
		'The survey has no customer id column, so it cannot be joined to purchases; every survey-only analysis still works.',
	'satisfactionView.changeData': 'Change or add data',
	'satisfactionView.dataEnd': 'Purchase data end on {date}.',
	'satisfactionView.all': 'All respondents',
	'satisfactionView.n': 'Respondents',
	'satisfactionView.share': 'Share',
	'satisfactionView.group': 'Group',
	'satisfactionView.group.missing': '(no value)',
	'satisfactionView.group.other': '(other)',
	'satisfactionView.groupBy': 'Group by',
	'satisfactionView.groupNone': 'No grouping',
	'satisfactionView.groupSurvey': 'Survey columns',
	'satisfactionView.groupCustomers': 'Customer attributes (joined on customer id)',
	'satisfactionView.groupNoOptions': 'The survey has no text column to group by.',
	'satisfactionView.reset': 'Reset',

	'satisfactionView.noSurvey.title': 'No survey yet',
	'satisfactionView.noSurvey.text':
		'This view needs a survey: one row per respondent, rating items (0–10, 1–5, 1–7 or 1–10) and, to join answers to purchases, a customer id and the survey date. Import one on the Data page, or load the teaching sample, which has a survey built for this view.',
	'satisfactionView.noSurvey.sample': 'Load the teaching sample',
	'satisfactionView.noSurvey.import': 'Import a survey on the Data page',

	'satisfactionView.section.mapping': '1. Survey items and constructs',
	'satisfactionView.section.nps': '2. Net Promoter Score',
	'satisfactionView.section.zones': '3. Satisfaction × loyalty (Jones & Sasser)',
	'satisfactionView.section.curves': '4. Satisfaction–loyalty curves and the satisfaction trap',
	'satisfactionView.section.drivers': '5. Drivers: importance and performance',
	'satisfactionView.section.behaviour': '6. Stated loyalty and actual behaviour',
	'satisfactionView.section.loyalty': '7. Loyalty measures and their determinants',

	'satisfactionView.mapping.title': 'Items, scales and constructs',
	'satisfactionView.mapping.help':
		'Each rating item is put on 0–10 from its own scale and averaged into the construct it measures. The scale is read from the answers and the construct suggested from the column name; change either where they are wrong. Your choices are remembered for this dataset.',
	'satisfactionView.mapping.item': 'Item',
	'satisfactionView.mapping.answers': 'Answers',
	'satisfactionView.mapping.seen': 'Range',
	'satisfactionView.mapping.mean': 'Mean answer',
	'satisfactionView.mapping.scale': 'Scale',
	'satisfactionView.mapping.construct': 'Construct',
	'satisfactionView.mapping.reversed': 'Reverse-coded',
	'satisfactionView.mapping.scaleOf': 'Scale of {item}',
	'satisfactionView.mapping.constructOf': 'Construct of {item}',
	'satisfactionView.mapping.reversedOf': '{item} is reverse-coded',
	'satisfactionView.mapping.notUsed': '— not used —',
	'satisfactionView.mapping.suggestedWas': 'changed (suggested: {construct})',
	'satisfactionView.mapping.source.user': 'your choice',
	'satisfactionView.mapping.source.recommendation': 'NPS question',
	'satisfactionView.mapping.source.survey': 'as the other items',
	'satisfactionView.mapping.source.unsure': 'please confirm',
	'satisfactionView.mapping.unsure':
		'The answers of {items} fit more than one scale (for example 1–10 and 0–10 when nobody answered 0); we assumed {scale}. Please confirm in the Scale column.',
	'satisfactionView.mapping.recommendRule':
		'{item} is the “how likely are you to recommend” question, which NPS asks on 0–10; nobody answered 0, so we took 0–10. Choose 1–10 if your questionnaire used it.',
	'satisfactionView.mapping.unused': 'Not used in any construct: {items}.',
	'satisfactionView.mapping.reset': 'Reset to the suggestions',
	'satisfactionView.mapping.aboutMeasures': 'About the loyalty measures',

	'satisfactionView.reliability.title': "Reliability (Cronbach's α)",
	'satisfactionView.reliability.subtitle':
		'Do the items of a construct measure the same thing? α of 0.7 or more is usually taken as reliable.',
	'satisfactionView.reliability.construct': 'Construct',
	'satisfactionView.reliability.item': 'Item',
	'satisfactionView.reliability.alpha': "Cronbach's α",
	'satisfactionView.reliability.itemRest': 'Item–rest r',
	'satisfactionView.reliability.alphaIfDeleted': 'α if item deleted',
	'satisfactionView.reliability.n': 'Complete answers',
	'satisfactionView.reliability.ref': '0.7',
	'satisfactionView.reliability.none':
		'No construct has two or more items, so no reliability can be computed.',
	'satisfactionView.reliability.single': 'Measured by a single item (no α): {constructs}.',
	'satisfactionView.reliability.listwise':
		'Each α uses the respondents who answered every item of its construct.',

	'satisfactionView.nps.subtitle': 'From the item {item}.',
	'satisfactionView.nps.answers': '{n} answers',
	'satisfactionView.nps.share': 'Share of respondents (%)',
	'satisfactionView.nps.low': 'NPS 95 % low',
	'satisfactionView.nps.high': 'NPS 95 % high',
	'satisfactionView.nps.interval': '95 % interval',
	'satisfactionView.nps.howCi':
		'The interval treats each answer as promoter, passive or detractor (normal approximation); a small group gives a wide interval.',
	'satisfactionView.nps.declare': 'If the question really was asked on 0–10: use 0–10 for {item}',

	'satisfactionView.zones.title': 'Satisfaction × loyalty: the six zones',
	'satisfactionView.zones.subtitle': 'Each dot is a respondent.',
	'satisfactionView.zones.xAxis': 'Satisfaction axis',
	'satisfactionView.zones.yAxis': 'Loyalty axis',
	'satisfactionView.zones.satisfactionAuto': 'Satisfaction',
	'satisfactionView.zones.satisfactionBlock': 'Satisfaction (all satisfaction items together)',
	'satisfactionView.zones.lines': 'Zone lines (0–10)',
	'satisfactionView.zones.satisfactionHigh': 'Satisfaction high from',
	'satisfactionView.zones.loyaltyHigh': 'Loyalty high from',
	'satisfactionView.zones.apostleMin': 'Apostles from',
	'satisfactionView.zones.terroristMax': 'Terrorists up to',
	'satisfactionView.zones.jitter':
		'Dots are shifted by up to 0.16 so that equal answers do not hide each other; no dot crosses a line.',
	'satisfactionView.zones.missing': '{n} respondents lack a satisfaction or loyalty score.',
	'satisfactionView.zones.zone': 'Zone',
	'satisfactionView.zones.about': 'What it means',
	'satisfactionView.zones.show': 'Show',
	'satisfactionView.zones.members': '{zone}: {n} respondents',
	'satisfactionView.zones.noIds':
		'The survey has no customer ids; respondents are numbered by row.',
	'satisfactionView.zones.respondent': 'Respondent {n}',
	'satisfactionView.zones.more': '… and {n} more (all are in the CSV).',
	'satisfactionView.zones.export': 'Download the list (CSV)',
	'satisfactionView.zones.customerId': 'Customer id',

	'satisfactionView.curves.means': 'mean per level (95 % band)',
	'satisfactionView.curves.needMapping':
		'Map the items that ask about basic expectations (what every customer takes for granted) and latent expectations (what would delight) in section 1 to draw these curves.',
	'satisfactionView.curves.fit': 'fitted curve',
	'satisfactionView.curves.basicShort': 'Basic expectations',
	'satisfactionView.curves.latentShort': 'Latent expectations',
	'satisfactionView.curves.expect.basic':
		'Textbook shape: concave — loyalty rises, then flattens near the average.',
	'satisfactionView.curves.expect.latent':
		'Textbook shape: convex — loyalty rises faster the more latent expectations are met.',
	'satisfactionView.curves.bothSubtitle':
		'Basic satisfaction lifts loyalty to about the average; only latent satisfaction lifts it well above.',
	'satisfactionView.curves.x.basic': 'Satisfaction of basic expectations (0–10)',
	'satisfactionView.curves.x.latent': 'Satisfaction of latent expectations (0–10)',
	'satisfactionView.curves.x.both': 'Satisfaction (0–10)',
	'satisfactionView.curves.y': 'Loyalty (0–10)',
	'satisfactionView.curves.level': 'Satisfaction level',
	'satisfactionView.curves.meanLoyalty': 'Mean loyalty',
	'satisfactionView.curves.low': '95 % low',
	'satisfactionView.curves.high': '95 % high',
	'satisfactionView.curves.fitText':
		'Fitted: loyalty = {equation}, s = satisfaction (R² = {r2}, n = {n}).',
	'satisfactionView.curves.reading':
		'Dots: mean loyalty at each satisfaction level, with its 95 % band; lines: the fitted curves; dashed: average loyalty.',
	'satisfactionView.trap.gap':
		'At the 90th percentile of basic satisfaction the fitted loyalty is {gap} points from the average.',
	'satisfactionView.trap.advice':
		'More spending on the basics will not buy more loyalty here; look for latent expectations to exceed.',
	'satisfactionView.cs.title': 'Completely satisfied or merely satisfied?',
	'satisfactionView.cs.noRatio':
		'Nobody in the box below the top repurchases, so the ratio cannot be formed.',
	'satisfactionView.cs.detail':
		'Top box ({top}): {topN} respondents, {topRate} repurchase; box below ({below}): {belowN} respondents, {belowRate}. {basis}',
	'satisfactionView.cs.basisIntention':
		'Repurchase here means the top answer on {item}; satisfaction is {satisfaction}.',
	'satisfactionView.cs.basisBehaviour':
		'On actual purchases after the survey (satisfaction: {satisfaction}).',

	'satisfactionView.drivers.title': 'Importance × performance',
	'satisfactionView.drivers.subtitle':
		'Importance: how strongly a driver goes with {target}. Performance: its mean score.',
	'satisfactionView.drivers.target': 'Explain',
	'satisfactionView.drivers.targetName': 'the target',
	'satisfactionView.drivers.level': 'Drivers',
	'satisfactionView.drivers.constructs': 'Constructs',
	'satisfactionView.drivers.items': 'Single items',
	'satisfactionView.drivers.measure': 'Importance',
	'satisfactionView.drivers.pick': 'Drivers used ({n})',
	'satisfactionView.drivers.coverage': 'answered by {share}',
	'satisfactionView.drivers.driver': 'Driver',
	'satisfactionView.drivers.quadrant': 'Quadrant',
	'satisfactionView.drivers.colWeight': 'Relative weight',
	'satisfactionView.drivers.colR': 'Correlation r',
	'satisfactionView.drivers.colBeta': 'Beta',
	'satisfactionView.drivers.colPerformance': 'Performance',
	'satisfactionView.drivers.x': 'Performance (mean score, 0–10)',
	'satisfactionView.drivers.fit':
		'Together the drivers explain R² = {r2} of the target (n = {n} complete answers).',

	'satisfactionView.behaviour.asOf': 'Analysis date',
	'satisfactionView.behaviour.asOfDefault': 'Back to {date} (day after the last purchase)',
	'satisfactionView.behaviour.horizon': 'Days after the survey',
	'satisfactionView.behaviour.minPurchases': 'Purchases that count as “bought again”',
	'satisfactionView.behaviour.window':
		'Purchases from the day after each answer, up to {horizon} days later, and never after {last} (the analysis date is {asOf}).',
	'satisfactionView.behaviour.subtitle':
		'Share of respondents with at least {n, plural, one {# purchase} other {# purchases}} after the survey, by stated loyalty.',
	'satisfactionView.behaviour.level': 'Stated loyalty (0–10)',
	'satisfactionView.behaviour.x': 'Stated loyalty (0–10)',
	'satisfactionView.behaviour.rate': 'Bought again (%)',
	'satisfactionView.behaviour.respondents': 'Respondents',
	'satisfactionView.behaviour.summary':
		'{matched} respondents were found in the purchase data; {rate} bought again. Correlation of stated loyalty with buying again: r = {r}.',
	'satisfactionView.behaviour.unmatched':
		'{n} respondents have an id that does not occur in the purchase data and are left out.',
	'satisfactionView.behaviour.truncated':
		'For {n} respondents the data end before the window does, so they had less time to buy again.',
	'satisfactionView.behaviour.revenue':
		'Mean spend after the survey: {loyal} for those who said they were loyal, {other} for the rest.',
	'satisfactionView.behaviour.quadrantsTitle': 'Quadrants on behavioural loyalty',
	'satisfactionView.behaviour.quadrantsSubtitle':
		'Satisfaction as stated, loyalty as done: bought again after the survey or not.',
	'satisfactionView.behaviour.noTransactions':
		'Import transactions (with the same customer ids) to compare stated loyalty with purchases after the survey.',
	'satisfactionView.behaviour.noIds':
		'The survey has no customer id column, so answers cannot be joined to purchases.',
	'satisfactionView.behaviour.noDates':
		'The survey has no date column, so purchases “after the survey” cannot be told apart.',

	'satisfactionView.loyalty.title': 'The four loyalty measures',
	'satisfactionView.loyalty.subtitle':
		'Mean 0–10 score of repurchase intention, cross-buying intention, recommendation intention and price tolerance.',
	'satisfactionView.loyalty.y': 'Mean score (0–10)',
	'satisfactionView.loyalty.missing': 'No item measures: {measures}.',
	'satisfactionView.determinants.title': 'Determinants of loyalty',
	'satisfactionView.determinants.subtitle':
		'Correlation (r) of each determinant with each loyalty measure.',
	'satisfactionView.determinants.all':
		'the determinants (perceived value, satisfaction, trust, switching cost)',
	'satisfactionView.determinants.determinant': 'Determinant',
	'satisfactionView.determinants.short.perceivedValue': 'Value',
	'satisfactionView.determinants.short.satisfaction': 'Satisfaction',
	'satisfactionView.determinants.short.trust': 'Trust',
	'satisfactionView.determinants.short.switchingCost': 'Switch cost',
	'satisfactionView.determinants.measure': 'Loyalty measure',
	'satisfactionView.determinants.textbook': 'Effect expected by the textbook',
	'satisfactionView.determinants.how':
		'Darker cells go together more strongly. Outlined cells (†) are links the textbook does not expect.',

	'satisfactionView.issue.no_survey_dates':
		'The survey has no date column, so purchases after the survey cannot be found.',
	'satisfactionView.issue.no_transactions': 'The transactions dataset is empty.',
	'satisfactionView.problem.dataset_missing':
		'A dataset could not be read from this browser’s storage. Reload the page or import it again.',
	'satisfactionView.problem.no_transactions': 'The transactions dataset is empty.',
	'satisfactionView.problem.unknown_analysis':
		'This analysis is missing from the app. Please reload the page.'
};

const zh: Record<keyof typeof en, string> = {
	'satisfactionView.intro':
		'调查“{name}”：{n} 位受访者。以下所有分析都在本浏览器中按第 1 节的映射计算。',
	'satisfactionView.introFiltered':
		'调查“{name}”：筛选保留的客户中有 {n} 位受访者（共 {total} 位）。以下所有分析都在本浏览器中按第 1 节的映射计算。',
	'satisfactionView.introNoIds':
		'该调查没有客户编号列，无法与购买记录关联；仅依赖调查的分析仍可全部使用。',
	'satisfactionView.changeData': '更换或添加数据',
	'satisfactionView.dataEnd': '购买数据截至 {date}。',
	'satisfactionView.all': '全部受访者',
	'satisfactionView.n': '受访者数',
	'satisfactionView.share': '占比',
	'satisfactionView.group': '分组',
	'satisfactionView.group.missing': '（缺失）',
	'satisfactionView.group.other': '（其他）',
	'satisfactionView.groupBy': '分组依据',
	'satisfactionView.groupNone': '不分组',
	'satisfactionView.groupSurvey': '调查中的列',
	'satisfactionView.groupCustomers': '客户属性（按客户编号关联）',
	'satisfactionView.groupNoOptions': '该调查没有可用于分组的文本列。',
	'satisfactionView.reset': '恢复默认',

	'satisfactionView.noSurvey.title': '尚无调查数据',
	'satisfactionView.noSurvey.text':
		'本页需要一份调查数据：每位受访者一行，包含评分题项（0–10、1–5、1–7 或 1–10 分）；如要把答案与购买行为关联，还需要客户编号和调查日期。请在“数据”页导入，或加载为本页准备了调查数据的教学样例。',
	'satisfactionView.noSurvey.sample': '加载教学样例',
	'satisfactionView.noSurvey.import': '在“数据”页导入调查',

	'satisfactionView.section.mapping': '1. 调查题项与构念',
	'satisfactionView.section.nps': '2. 净推荐值（NPS）',
	'satisfactionView.section.zones': '3. 满意度 × 忠诚度（琼斯与萨瑟）',
	'satisfactionView.section.curves': '4. 满意–忠诚曲线与客户满意陷阱',
	'satisfactionView.section.drivers': '5. 驱动因素：重要性与表现',
	'satisfactionView.section.behaviour': '6. 表达的忠诚与实际行为',
	'satisfactionView.section.loyalty': '7. 忠诚的衡量指标及其决定因素',

	'satisfactionView.mapping.title': '题项、量表与构念',
	'satisfactionView.mapping.help':
		'每个评分题项先按其自身量表换算到 0–10 分，再对同一构念的题项取平均。量表根据答案识别，构念根据列名建议；如有不对请修改。您的选择会为该数据集保存。',
	'satisfactionView.mapping.item': '题项',
	'satisfactionView.mapping.answers': '有效答案',
	'satisfactionView.mapping.seen': '答案范围',
	'satisfactionView.mapping.mean': '平均答案',
	'satisfactionView.mapping.scale': '量表',
	'satisfactionView.mapping.construct': '构念',
	'satisfactionView.mapping.reversed': '反向计分',
	'satisfactionView.mapping.scaleOf': '{item} 的量表',
	'satisfactionView.mapping.constructOf': '{item} 的构念',
	'satisfactionView.mapping.reversedOf': '{item} 为反向计分题',
	'satisfactionView.mapping.notUsed': '— 不使用 —',
	'satisfactionView.mapping.suggestedWas': '已修改（建议：{construct}）',
	'satisfactionView.mapping.source.user': '您的选择',
	'satisfactionView.mapping.source.recommendation': 'NPS 题',
	'satisfactionView.mapping.source.survey': '与其他题项一致',
	'satisfactionView.mapping.source.unsure': '请确认',
	'satisfactionView.mapping.unsure':
		'{items} 的答案同时符合多种量表（例如没有人答 0 分时，1–10 与 0–10 都说得通），暂按 {scale} 处理。请在“量表”列中确认。',
	'satisfactionView.mapping.recommendRule':
		'{item} 是“您向他人推荐的可能性有多大”题，NPS 用 0–10 分提问；因为没有人答 0 分，这里按 0–10 分处理。如果您的问卷用的是 1–10 分，请改为 1–10。',
	'satisfactionView.mapping.unused': '未归入任何构念：{items}。',
	'satisfactionView.mapping.reset': '恢复为建议的映射',
	'satisfactionView.mapping.aboutMeasures': '关于忠诚的衡量指标',

	'satisfactionView.reliability.title': '信度（克朗巴哈 α 系数）',
	'satisfactionView.reliability.subtitle':
		'同一构念的题项是否测量同一内容？α 不低于 0.7 通常被视为可靠。',
	'satisfactionView.reliability.construct': '构念',
	'satisfactionView.reliability.item': '题项',
	'satisfactionView.reliability.alpha': '克朗巴哈 α',
	'satisfactionView.reliability.itemRest': '题项–其余相关 r',
	'satisfactionView.reliability.alphaIfDeleted': '删除该题后的 α',
	'satisfactionView.reliability.n': '完整答卷',
	'satisfactionView.reliability.ref': '0.7',
	'satisfactionView.reliability.none': '没有构念包含两个或以上题项，无法计算信度。',
	'satisfactionView.reliability.single': '仅由一个题项测量（无 α）：{constructs}。',
	'satisfactionView.reliability.listwise': '每个 α 只使用回答了该构念全部题项的受访者。',

	'satisfactionView.nps.subtitle': '根据题项 {item} 计算。',
	'satisfactionView.nps.answers': '{n} 个答案',
	'satisfactionView.nps.share': '受访者占比（%）',
	'satisfactionView.nps.low': 'NPS 95% 下限',
	'satisfactionView.nps.high': 'NPS 95% 上限',
	'satisfactionView.nps.interval': '95% 区间',
	'satisfactionView.nps.howCi':
		'区间把每个答案视为推荐者、被动者或贬损者之一（正态近似）；组越小，区间越宽。',
	'satisfactionView.nps.declare': '如果该题确实按 0–10 分提问：将 {item} 设为 0–10',

	'satisfactionView.zones.title': '满意度 × 忠诚度：六类客户',
	'satisfactionView.zones.subtitle': '每个点代表一位受访者。',
	'satisfactionView.zones.xAxis': '满意度轴',
	'satisfactionView.zones.yAxis': '忠诚度轴',
	'satisfactionView.zones.satisfactionAuto': '客户满意度',
	'satisfactionView.zones.satisfactionBlock': '客户满意度（全部满意度题项合计）',
	'satisfactionView.zones.lines': '分界线（0–10 分）',
	'satisfactionView.zones.satisfactionHigh': '满意度“高”起点',
	'satisfactionView.zones.loyaltyHigh': '忠诚度“高”起点',
	'satisfactionView.zones.apostleMin': '热心的追随者起点',
	'satisfactionView.zones.terroristMax': '恐怖分子上限',
	'satisfactionView.zones.jitter':
		'为避免相同答案互相遮挡，点最多偏移 0.16 分；任何点都不会越过分界线。',
	'satisfactionView.zones.missing': '{n} 位受访者缺少满意度或忠诚度得分。',
	'satisfactionView.zones.zone': '类型',
	'satisfactionView.zones.about': '含义',
	'satisfactionView.zones.show': '显示',
	'satisfactionView.zones.members': '{zone}：{n} 位受访者',
	'satisfactionView.zones.noIds': '该调查没有客户编号，受访者按行号编号。',
	'satisfactionView.zones.respondent': '第 {n} 位受访者',
	'satisfactionView.zones.more': '……另有 {n} 位（完整名单见 CSV）。',
	'satisfactionView.zones.export': '下载名单（CSV）',
	'satisfactionView.zones.customerId': '客户编号',

	'satisfactionView.curves.means': '各档平均值（95% 区间带）',
	'satisfactionView.curves.needMapping':
		'请在第 1 节把询问基本期望（客户视为理所当然的）和潜在期望（会带来惊喜的）的题项对应到相应构念，即可绘制这些曲线。',
	'satisfactionView.curves.fit': '拟合曲线',
	'satisfactionView.curves.basicShort': '基本期望',
	'satisfactionView.curves.latentShort': '潜在期望',
	'satisfactionView.curves.expect.basic':
		'教材中的形状：边际效用递减——忠诚度先上升，随后在平均水平附近趋平。',
	'satisfactionView.curves.expect.latent':
		'教材中的形状：边际效用递增——潜在期望满足得越多，忠诚度上升越快。',
	'satisfactionView.curves.bothSubtitle':
		'基本期望满意只能把忠诚度提升到平均水平附近；只有潜在期望满意才能使其远高于平均。',
	'satisfactionView.curves.x.basic': '基本期望满意度（0–10 分）',
	'satisfactionView.curves.x.latent': '潜在期望满意度（0–10 分）',
	'satisfactionView.curves.x.both': '满意度（0–10 分）',
	'satisfactionView.curves.y': '忠诚度（0–10 分）',
	'satisfactionView.curves.level': '满意度档次',
	'satisfactionView.curves.meanLoyalty': '平均忠诚度',
	'satisfactionView.curves.low': '95% 下限',
	'satisfactionView.curves.high': '95% 上限',
	'satisfactionView.curves.fitText':
		'拟合：忠诚度 = {equation}，s 为满意度（R² = {r2}，n = {n}）。',
	'satisfactionView.curves.reading':
		'圆点：各满意度档次的平均忠诚度及其 95% 区间带；实线：拟合曲线；虚线：平均忠诚度。',
	'satisfactionView.trap.gap':
		'在基本期望满意度的第 90 百分位处，拟合忠诚度与平均忠诚度相差 {gap} 分。',
	'satisfactionView.trap.advice':
		'在这里继续加大对基本期望的投入不会换来更多忠诚；应寻找并超越客户的潜在期望。',
	'satisfactionView.cs.title': '完全满意还是仅仅满意？',
	'satisfactionView.cs.noRatio': '次高档中没有人重复购买，无法计算倍数。',
	'satisfactionView.cs.detail':
		'最高档（{top}）：{topN} 位受访者，重复购买率 {topRate}；次高档（{below}）：{belowN} 位，{belowRate}。{basis}',
	'satisfactionView.cs.basisIntention':
		'此处“重复购买”指在 {item} 上选择最高分；满意度取自 {satisfaction}。',
	'satisfactionView.cs.basisBehaviour': '基于调查后的实际购买（满意度取自 {satisfaction}）。',

	'satisfactionView.drivers.title': '重要性 × 表现',
	'satisfactionView.drivers.subtitle': '重要性：驱动因素与{target}的关联强度。表现：其平均得分。',
	'satisfactionView.drivers.target': '解释对象',
	'satisfactionView.drivers.targetName': '解释对象',
	'satisfactionView.drivers.level': '驱动因素',
	'satisfactionView.drivers.constructs': '构念',
	'satisfactionView.drivers.items': '单个题项',
	'satisfactionView.drivers.measure': '重要性指标',
	'satisfactionView.drivers.pick': '使用的驱动因素（{n} 个）',
	'satisfactionView.drivers.coverage': '作答率 {share}',
	'satisfactionView.drivers.driver': '驱动因素',
	'satisfactionView.drivers.quadrant': '象限',
	'satisfactionView.drivers.colWeight': '相对权重',
	'satisfactionView.drivers.colR': '相关系数 r',
	'satisfactionView.drivers.colBeta': '标准化系数',
	'satisfactionView.drivers.colPerformance': '表现',
	'satisfactionView.drivers.x': '表现（平均得分，0–10 分）',
	'satisfactionView.drivers.fit':
		'这些驱动因素共同解释了目标变量的 R² = {r2}（n = {n} 份完整答卷）。',

	'satisfactionView.behaviour.asOf': '分析日期',
	'satisfactionView.behaviour.asOfDefault': '恢复为 {date}（最后一次购买的次日）',
	'satisfactionView.behaviour.horizon': '调查后的天数',
	'satisfactionView.behaviour.minPurchases': '算作“再次购买”的购买次数',
	'satisfactionView.behaviour.window':
		'统计每份答卷次日起 {horizon} 天内的购买，且不晚于 {last}（分析日期为 {asOf}）。',
	'satisfactionView.behaviour.subtitle': '按表达的忠诚度分组，调查后至少购买 {n} 次的受访者占比。',
	'satisfactionView.behaviour.level': '表达的忠诚度（0–10 分）',
	'satisfactionView.behaviour.x': '表达的忠诚度（0–10 分）',
	'satisfactionView.behaviour.rate': '再次购买（%）',
	'satisfactionView.behaviour.respondents': '受访者数',
	'satisfactionView.behaviour.summary':
		'在购买数据中找到 {matched} 位受访者，其中 {rate} 再次购买。表达的忠诚度与再次购买的相关系数 r = {r}。',
	'satisfactionView.behaviour.unmatched': '{n} 位受访者的编号在购买数据中找不到，未计入。',
	'satisfactionView.behaviour.truncated':
		'有 {n} 位受访者的观察窗口超出了数据截止日，他们再次购买的时间较短。',
	'satisfactionView.behaviour.revenue': '调查后的平均消费：表示忠诚者 {loyal}，其他人 {other}。',
	'satisfactionView.behaviour.quadrantsTitle': '以行为忠诚划分的象限',
	'satisfactionView.behaviour.quadrantsSubtitle':
		'满意度取自答卷，忠诚度取自行为：调查后是否再次购买。',
	'satisfactionView.behaviour.noTransactions':
		'请导入交易数据（客户编号需一致），即可比较表达的忠诚与调查后的购买。',
	'satisfactionView.behaviour.noIds': '该调查没有客户编号列，答案无法与购买记录关联。',
	'satisfactionView.behaviour.noDates': '该调查没有日期列，无法区分“调查后”的购买。',

	'satisfactionView.loyalty.title': '忠诚的四个衡量指标',
	'satisfactionView.loyalty.subtitle':
		'重复购买意向、交叉购买意向、推荐意向和价格忍耐力的平均得分（0–10 分）。',
	'satisfactionView.loyalty.y': '平均得分（0–10 分）',
	'satisfactionView.loyalty.missing': '没有题项测量：{measures}。',
	'satisfactionView.determinants.title': '客户忠诚的决定因素',
	'satisfactionView.determinants.subtitle': '各决定因素与各忠诚指标的相关系数（r）。',
	'satisfactionView.determinants.all': '决定因素（客户认知价值、客户满意、客户信任、转移成本）',
	'satisfactionView.determinants.determinant': '决定因素',
	'satisfactionView.determinants.short.perceivedValue': '客户认知价值',
	'satisfactionView.determinants.short.satisfaction': '客户满意度',
	'satisfactionView.determinants.short.trust': '客户信任',
	'satisfactionView.determinants.short.switchingCost': '转移成本',
	'satisfactionView.determinants.measure': '忠诚指标',
	'satisfactionView.determinants.textbook': '教材预期有影响',
	'satisfactionView.determinants.how':
		'颜色越深，关联越强。带边框的单元格（†）是教材认为不存在的关联。',

	'satisfactionView.issue.no_survey_dates': '该调查没有日期列，无法找出调查之后的购买。',
	'satisfactionView.issue.no_transactions': '交易数据集是空的。',
	'satisfactionView.problem.dataset_missing':
		'无法从本浏览器的存储中读取数据集。请刷新页面或重新导入。',
	'satisfactionView.problem.no_transactions': '交易数据集是空的。',
	'satisfactionView.problem.unknown_analysis': '应用中缺少此分析，请刷新页面。'
};

export const satisfactionViewMessages = { en, zh };
