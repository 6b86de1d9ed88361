// User-facing text of the segments-and-value engine (RFM, named segments, value pyramid,
// ABC, clusters, attribute segments, migration) in English and Simplified Chinese.
// Keys mirror the engine's stable English keys under the module prefix: `segments.segment.<key>`,
// `segments.action.<key>`, `segments.issue.<code>`, `segments.tier.<name>`, `segments.cluster.<trait>`.

const en = {
	'segments.rfm.recency': 'Recency',
	'segments.rfm.frequency': 'Frequency',
	'segments.rfm.monetary': 'Monetary',
	'segments.rfm.score': 'RFM score',
	'segments.rfm.tieRule':
		'Scores come from quantiles of the customers. A value equal to an edge takes the lower score, and equal values always share a score. When many customers share a value (most have bought once), several edges coincide and some scores cannot occur.',
	'segments.rfm.recencyReversed':
		'Recency is reversed: the higher the score, the more recent the last purchase.',
	'segments.rfm.frequencyRule.orders': 'Frequency counts distinct orders.',
	'segments.rfm.frequencyRule.days':
		'Frequency counts distinct purchase days (no order id in the data).',
	'segments.rfm.monetaryBasis.total': 'M from net total spend',
	'segments.rfm.monetaryBasis.average': 'M from average spend per purchase',
	'segments.rfm.returnsOnly':
		'{count, plural, one {# customer had only returns up to the analysis date and is left out} other {# customers had only returns up to the analysis date and are left out}}.',

	'segments.preset.rfmVignette': 'R rfm package (10 segments)',
	'segments.preset.rfGrid': 'R × F grid (10 segments)',
	'segments.preset.short': 'Short (6 segments)',

	'segments.segment.champions': 'Champions',
	'segments.segment.potentialLoyalist': 'Potential loyalists',
	'segments.segment.loyal': 'Loyal customers',
	'segments.segment.promising': 'Promising',
	'segments.segment.newCustomers': 'New customers',
	'segments.segment.cantLose': "Can't lose them",
	'segments.segment.atRisk': 'At risk',
	'segments.segment.needAttention': 'Need attention',
	'segments.segment.aboutToSleep': 'About to sleep',
	'segments.segment.lost': 'Lost',
	'segments.segment.hibernating': 'Hibernating',
	'segments.segment.others': 'Others',
	'segments.segment.new': 'Not yet customers at the earlier date',

	'segments.action.champions': 'Reward them, ask for reviews and referrals, offer early access.',
	'segments.action.potentialLoyalist':
		'Offer membership or loyalty rewards and recommend related products.',
	'segments.action.loyal': 'Upsell higher-value products and ask for their opinion.',
	'segments.action.promising':
		'Build awareness of the range; offer a reason for a second purchase.',
	'segments.action.newCustomers':
		'Welcome them well: onboarding, support, an early second-purchase offer.',
	'segments.action.cantLose':
		'Win them back personally before a competitor does; find out what changed.',
	'segments.action.atRisk': 'Reach out with personalised offers and useful reminders.',
	'segments.action.needAttention': 'Make a limited-time offer based on their past purchases.',
	'segments.action.aboutToSleep': 'Share popular products and a discount to revive interest.',
	'segments.action.lost': 'Try one reactivation campaign; otherwise spend the budget elsewhere.',
	'segments.action.hibernating': 'Offer relevant products at a special price; do not overspend.',
	'segments.action.others': 'Check the rules: these customers fall outside every segment.',
	'segments.action.new': 'Newly acquired since the earlier date.',

	// The eight-class model of Chinese courses (preset cn8).
	'segments.preset.cn8': 'Eight classes: R, F, M high/low (Chinese textbooks)',
	'segments.segment.importantValue': 'Important value',
	'segments.segment.importantDevelop': 'Important to develop',
	'segments.segment.importantKeep': 'Important to keep',
	'segments.segment.importantRetain': 'Important to win back',
	'segments.segment.generalValue': 'General value',
	'segments.segment.generalDevelop': 'General to develop',
	'segments.segment.generalKeep': 'General to keep',
	'segments.segment.generalRetain': 'General to win back',
	'segments.action.importantValue':
		'Recent, frequent, high spend: the best customers. Give them more resources — personal, VIP service — and offer more products.',
	'segments.action.importantDevelop':
		'Recent and high spend but seldom: raise how often they buy, e.g. with a membership or points scheme.',
	'segments.action.importantKeep':
		'Frequent and high spend but not lately: contact them in person, find out why, and bring them back before a rival does.',
	'segments.action.importantRetain':
		'High spend but neither recent nor frequent: about to be lost — find the cause and win them back.',
	'segments.action.generalValue':
		'Recent and frequent but low spend: raise the spend per purchase by cross-selling and up-selling.',
	'segments.action.generalDevelop':
		'Recent but seldom and low spend (often new): encourage a second and third purchase at low cost.',
	'segments.action.generalKeep':
		'Frequent but low spend and not lately: keep in touch at low cost, with offers on what they bought.',
	'segments.action.generalRetain':
		'Low on all three: keep the contact cheap, or let the relationship go.',

	'segments.tier.platinum': 'Platinum',
	'segments.tier.gold': 'Gold',
	'segments.tier.iron': 'Iron',
	'segments.tier.lead': 'Lead',
	'segments.tier.platinum.note': 'The most valuable customers: keep them and find more like them.',
	'segments.tier.gold.note': 'Valuable but less loyal or profitable: grow their share of wallet.',
	'segments.tier.iron.note': 'Volume that fills capacity: raise their profitability.',
	'segments.tier.lead.note': 'Cost more than they bring: find the cause, change it or let go.',
	'segments.pyramid.preset.standard': '5 / 15 / 30 / 50',
	'segments.pyramid.preset.narrowTop': '1 / 4 / 15 / 80',
	'segments.pyramid.preset.broadTop': '20 / 30 / 30 / 20',
	'segments.pyramid.preset.custom': 'Custom',
	'segments.value.basis.clv': 'predicted lifetime value',
	'segments.value.basis.margin': 'margin',
	'segments.value.basis.revenue': 'net revenue',
	'segments.value.headline': 'The top {customers} % of customers bring {value} % of {basis}.',
	'segments.value.gini': 'Gini coefficient {gini} (0 = equal, 1 = one customer has everything).',
	'segments.abc.A': 'A: the customers who make the first {share} % of value',
	'segments.abc.B': 'B: the next {share} %',
	'segments.abc.C': 'C: the rest',

	'segments.cluster.recent': 'recent',
	'segments.cluster.lapsed': 'lapsed',
	'segments.cluster.frequent': 'frequent',
	'segments.cluster.infrequent': 'infrequent',
	'segments.cluster.highSpend': 'high spend',
	'segments.cluster.lowSpend': 'low spend',
	'segments.cluster.typical': 'typical',
	'segments.cluster.separator': ', ',
	'segments.cluster.elbow': 'Within-cluster sum of squares by k (look for the bend).',
	'segments.cluster.silhouette': 'Mean silhouette by k (higher is better separated).',

	'segments.attr.missing': 'Missing',
	'segments.attr.other': 'Other',

	'segments.migration.title': 'Segment migration from {from} to {to}',

	'segments.issue.no_transactions': 'There are no transactions.',
	'segments.issue.no_customers':
		'No customer has a purchase on or before the analysis date: returns (negative amounts) alone do not make a customer.',
	'segments.issue.too_few_customers': '{customers} customers are too few for {k} clusters.',
	'segments.issue.monetary_unavailable':
		'The data has no amount, so M and revenue are not available.',
	'segments.issue.margin_unavailable': 'The data has no cost, so margin is not available.',
	'segments.issue.bad_bins': 'Scores need a whole number of bins from 2 to 9 (got {bins}).',
	'segments.issue.bad_thresholds':
		'{dimension} thresholds need {expected} ascending numbers (got {got}).',
	'segments.issue.ties_fewer_bins':
		'{dimension}: only {distinct} of {bins} scores are used; because of ties scores {scores} cannot occur.',
	'segments.issue.rule_out_of_scale': 'Rule "{segment}" uses scores outside 1–{bins}.',
	'segments.issue.rules_unmatched_cells':
		'{cells} score combinations match no rule and go to Others.',
	'segments.issue.rule_shadowed':
		'Rule "{segment}" never applies: earlier rules take all its scores.',
	'segments.issue.empty_segment': 'No customer falls in "{segment}".',
	'segments.issue.bad_cuts':
		'Tier cut-offs must be four percentages that add up to 100 (got {cuts}).',
	'segments.issue.non_positive_total':
		'Total value is {total}, so shares of value cannot be computed.',
	'segments.issue.negative_values':
		'{customers, plural, one {# customer has negative value} other {# customers have negative value}} (net returns or losses).',
	'segments.issue.bad_dates': 'The earlier date must come before the later date.',
	'segments.issue.zero_variance':
		'"{feature}" is the same for every customer and does not separate clusters.',
	'segments.issue.length_mismatch': 'Expected {expected} values, got {got}.',
	'segments.issue.unknown_preset': 'Unknown preset "{preset}".'
};

const zh: Record<keyof typeof en, string> = {
	'segments.rfm.recency': '最近一次消费',
	'segments.rfm.frequency': '消费频率',
	'segments.rfm.monetary': '消费金额',
	'segments.rfm.score': 'RFM 得分',
	'segments.rfm.tieRule':
		'得分按客户的分位数划分。恰好等于分界值的取较低的分，数值相同的客户得分一定相同。很多客户数值相同时（如大多数只买过一次），几个分界值重合，有些得分不会出现。',
	'segments.rfm.recencyReversed': '最近一次消费反向计分：得分越高，最近一次购买越近。',
	'segments.rfm.frequencyRule.orders': '消费频率按不同订单数计。',
	'segments.rfm.frequencyRule.days': '消费频率按不同购买日计（数据中没有订单号）。',
	'segments.rfm.monetaryBasis.total': 'M 按净消费总额',
	'segments.rfm.monetaryBasis.average': 'M 按每次平均消费',
	'segments.rfm.returnsOnly': '{count, plural, other {# 位客户在分析日前只有退货，未计入}}。',

	'segments.preset.rfmVignette': 'R rfm 包（10 类）',
	'segments.preset.rfGrid': 'R × F 网格（10 类）',
	'segments.preset.short': '简版（6 类）',

	'segments.segment.champions': '顶尖客户',
	'segments.segment.potentialLoyalist': '可培养客户',
	'segments.segment.loyal': '常购客户',
	'segments.segment.promising': '有潜力客户',
	'segments.segment.newCustomers': '新客户',
	'segments.segment.cantLose': '久未回购的大客户',
	'segments.segment.atRisk': '有流失风险的客户',
	'segments.segment.needAttention': '需要关注的客户',
	'segments.segment.aboutToSleep': '即将沉睡的客户',
	'segments.segment.lost': '已流失客户',
	'segments.segment.hibernating': '沉睡客户',
	'segments.segment.others': '其他',
	'segments.segment.new': '较早日期时尚未成为客户',

	'segments.action.champions': '给予回报，邀请评价和推荐，优先体验新品。',
	'segments.action.potentialLoyalist': '提供会员或积分计划，推荐相关产品。',
	'segments.action.loyal': '推荐更高价值的产品，听取他们的意见。',
	'segments.action.promising': '让他们了解更多产品，给出第二次购买的理由。',
	'segments.action.newCustomers': '做好迎新：引导、支持，尽早提供再次购买的优惠。',
	'segments.action.cantLose': '在竞争对手之前亲自挽回，弄清发生了什么变化。',
	'segments.action.atRisk': '用个性化优惠和有用的提醒主动联系。',
	'segments.action.needAttention': '根据以往购买给出限时优惠。',
	'segments.action.aboutToSleep': '推荐热门产品并给予折扣，重新激发兴趣。',
	'segments.action.lost': '做一次唤回活动；无效就把预算用在别处。',
	'segments.action.hibernating': '以优惠价格推荐相关产品，控制投入。',
	'segments.action.others': '检查规则：这些客户不属于任何细分。',
	'segments.action.new': '较早日期之后新获得的客户。',

	// The eight-class model of Chinese courses (preset cn8).
	'segments.preset.cn8': '八类 RFM 模型（R、F、M 各分高低）',
	'segments.segment.importantValue': '重要价值客户',
	'segments.segment.importantDevelop': '重要发展客户',
	'segments.segment.importantKeep': '重要保持客户',
	'segments.segment.importantRetain': '重要挽留客户',
	'segments.segment.generalValue': '一般价值客户',
	'segments.segment.generalDevelop': '一般发展客户',
	'segments.segment.generalKeep': '一般保持客户',
	'segments.segment.generalRetain': '一般挽留客户',
	'segments.action.importantValue':
		'最近买过、买得多、花得多，是最优质的客户：倾斜更多资源，提供个性化的 VIP 服务，推荐更多产品。',
	'segments.action.importantDevelop':
		'最近买过、花得多，但购买次数少：设法提高购买频率，例如会员或积分计划。',
	'segments.action.importantKeep':
		'购买频繁、花得多，但最近没有购买：主动联系，了解原因，抢在竞争对手之前把他们留住。',
	'segments.action.importantRetain':
		'花得多，但既不是最近买过也不频繁，即将流失：找出原因，重点挽留。',
	'segments.action.generalValue':
		'最近买过、购买频繁，但金额低：通过交叉销售和向上销售提高客单价。',
	'segments.action.generalDevelop':
		'最近买过，但次数少、金额低（多为新客户）：以低成本促成第二次、第三次购买。',
	'segments.action.generalKeep':
		'购买频繁，但金额低且最近没有购买：以低成本保持联系，针对其购买过的商品给出优惠。',
	'segments.action.generalRetain': '三项都低：以最低成本维持联系，或放弃这段关系。',

	'segments.tier.platinum': '铂金层',
	'segments.tier.gold': '黄金层',
	'segments.tier.iron': '钢铁层',
	'segments.tier.lead': '重铅层',
	'segments.tier.platinum.note': '最有价值的客户：留住他们，并争取更多同类客户。',
	'segments.tier.gold.note': '有价值但忠诚度或利润较低：提高客户份额。',
	'segments.tier.iron.note': '贡献了规模但利润偏低的客户：设法提高其盈利能力。',
	'segments.tier.lead.note': '带来的收益少于为其付出的成本：找出原因，加以改变或终止关系。',
	'segments.pyramid.preset.standard': '5 / 15 / 30 / 50',
	'segments.pyramid.preset.narrowTop': '1 / 4 / 15 / 80',
	'segments.pyramid.preset.broadTop': '20 / 30 / 30 / 20',
	'segments.pyramid.preset.custom': '自定义',
	'segments.value.basis.clv': '预测客户终生价值',
	'segments.value.basis.margin': '毛利',
	'segments.value.basis.revenue': '净收入',
	'segments.value.headline': '前 {customers}% 的客户带来 {value}% 的{basis}。',
	'segments.value.gini': '基尼系数 {gini}（0 = 完全平均，1 = 全部集中于一位客户）。',
	'segments.abc.A': 'A 类：贡献前 {share}% 价值的客户',
	'segments.abc.B': 'B 类：其后的 {share}%',
	'segments.abc.C': 'C 类：其余客户',

	'segments.cluster.recent': '近期活跃',
	'segments.cluster.lapsed': '久未购买',
	'segments.cluster.frequent': '高频',
	'segments.cluster.infrequent': '低频',
	'segments.cluster.highSpend': '高消费',
	'segments.cluster.lowSpend': '低消费',
	'segments.cluster.typical': '一般',
	'segments.cluster.separator': '、',
	'segments.cluster.elbow': '各 k 值的簇内平方和（找拐点）。',
	'segments.cluster.silhouette': '各 k 值的平均轮廓系数（越高分得越开）。',

	'segments.attr.missing': '缺失',
	'segments.attr.other': '其他',

	'segments.migration.title': '从 {from} 到 {to} 的细分迁移',

	'segments.issue.no_transactions': '没有交易记录。',
	'segments.issue.no_customers': '分析日及之前没有任何客户购买：只有退货（负金额）不能构成客户。',
	'segments.issue.too_few_customers': '{customers} 位客户太少，不足以分成 {k} 个簇。',
	'segments.issue.monetary_unavailable': '数据中没有金额，无法计算 M 和收入。',
	'segments.issue.margin_unavailable': '数据中没有成本，无法计算毛利。',
	'segments.issue.bad_bins': '得分档数须为 2 到 9 的整数（收到 {bins}）。',
	'segments.issue.bad_thresholds':
		'{dimension} 的分界值需要 {expected} 个递增的数（收到 {got} 个）。',
	'segments.issue.ties_fewer_bins':
		'{dimension}：{bins} 档中只用到 {distinct} 档；因数值相同，得分 {scores} 不会出现。',
	'segments.issue.rule_out_of_scale': '规则“{segment}”用到了 1–{bins} 以外的得分。',
	'segments.issue.rules_unmatched_cells': '有 {cells} 种得分组合不符合任何规则，归入“其他”。',
	'segments.issue.rule_shadowed': '规则“{segment}”永远不会生效：它的得分都被前面的规则占了。',
	'segments.issue.empty_segment': '没有客户落入“{segment}”。',
	'segments.issue.bad_cuts': '分层比例须为四个相加等于 100 的百分数（收到 {cuts}）。',
	'segments.issue.non_positive_total': '总价值为 {total}，无法计算价值占比。',
	'segments.issue.negative_values':
		'{customers, plural, other {# 位客户的价值为负}}（净退货或亏损）。',
	'segments.issue.bad_dates': '较早日期必须在较晚日期之前。',
	'segments.issue.zero_variance': '“{feature}”对所有客户都相同，无法区分簇。',
	'segments.issue.length_mismatch': '应有 {expected} 个值，收到 {got} 个。',
	'segments.issue.unknown_preset': '未知的预设“{preset}”。'
};

export const segmentsMessages = { en, zh };
