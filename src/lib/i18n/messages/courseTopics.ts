// Messages of the course-topic views added for issue 18: Churn & complaints (§6) and
// Cross-buying & customer share (§8), with their navigation entries and home cards.

const en = {
	'nav.churn': 'Churn & complaints',
	'nav.crossbuy': 'Cross-buying & share',
	'home.cards.churn':
		'Why customers leave, the silent majority behind each complaint, and retention after a complaint.',
	'home.cards.crossbuy':
		'Categories per customer, which categories go together, cross-sell per segment, wallet share.',
	'kind.complaints': 'Complaint log',
	'course.problem.crossbuy.no_category':
		'The transactions have no category column, so cross-buying cannot be computed. Map a column to “Category” when importing.',

	'churnView.intro':
		'Why customers left and what complaints tell: reasons as Pareto charts, active vs passive churn, the complaint iceberg and what handling a complaint well is worth. Click a bar or a cell to see the customers.',
	'churnView.needCustomers.title': 'A customer file with churn reasons is needed',
	'churnView.needCustomers.text':
		'Import customers with a churn reason (e.g. churn_reason) and, if you have them, a churn type (active or passive), transactions, a survey and a complaint log (customer id, date, resolved, satisfied with the handling).',
	'churnView.loadSample': 'Load the teaching sample',
	'churnView.import': 'Import your own data',
	'churnView.loadComplaints': 'Load the sample complaint log',
	'churnView.using':
		'Customers: {customers} · transactions: {transactions} · survey: {survey} · complaints: {complaints}',
	'churnView.dissatisfied': 'Dissatisfied = satisfaction at or below',
	'churnView.noReason': '(no reason given)',
	'churnView.reasons.title': 'Why customers left (Pareto)',
	'churnView.reasons.top3': 'The three largest reasons cover {share} of departed customers',
	'churnView.reasons.note':
		'Lost revenue = each departed customer’s net spend in the year up to their last purchase (the yearly run-rate that stopped). The right-hand column is the cumulative share: fix the reasons at the top first.',
	'churnView.byCustomers': 'Customers',
	'churnView.byRevenue': 'Lost revenue',
	'churnView.types.title': 'Active vs passive churn',
	'churnView.types.note':
		'{left} customers left: {active} left of their own accord (active), {passive} were let go by the firm (passive, e.g. unprofitable or against policy).',
	'churnView.active': 'Active',
	'churnView.passive': 'Passive',
	'churnView.untyped': 'No type',
	'churnView.split.title': 'Reasons by value tier or customer group',
	'churnView.split.subtitle': 'Share of each group’s departed customers per reason',
	'churnView.byTier': 'Value tier (net revenue to date)',
	'churnView.byAttribute': 'Customer attribute',
	'churnView.pickGroup': 'Choose a customer attribute to group by.',
	'churnView.tier.platinum': 'Platinum',
	'churnView.tier.gold': 'Gold',
	'churnView.tier.iron': 'Iron',
	'churnView.tier.lead': 'Lead',
	'churnView.iceberg.title': 'The complaint iceberg',
	'churnView.iceberg.complained': 'Dissatisfied, complained',
	'churnView.iceberg.silent': 'Dissatisfied, silent',
	'churnView.iceberg.text':
		'Of {dissatisfied} respondents with satisfaction ≤ {threshold}, only {complained} complained — {per100} in 100 (the textbook figure is about 4). Behind each complaint stand {silent} silent dissatisfied customers.',
	'churnView.iceberg.rate':
		'Complaint rate: {rate} of customers ({complainers} customers, {complaints} complaints).',
	'churnView.retention.title': 'Retention after a complaint',
	'churnView.retention.subtitle':
		'Kaplan–Meier from the complaint (or survey) day; churned = no purchase for more than {days, plural, one {# day} other {# days}} (the lifecycle rule)',
	'churnView.retention.x': 'Days after the complaint',
	'churnView.retention.y': 'Still a customer',
	'churnView.retention.logRank':
		'Log-rank test that the curves are equal: χ² = {chi2} on {df} degrees of freedom, p {p}.',
	'churnView.retention.note':
		'A complaint handled well keeps customers better than silence does: the complaint is a chance to win the customer back.',
	'churnView.handled.handledWell': 'Complained, handled well',
	'churnView.handled.handledBadly': 'Complained, handled badly',
	'churnView.handled.silentDissatisfied': 'Dissatisfied, never complained',
	'churnView.showCustomers': 'Customers: {group}',
	'churnView.resolve.title': 'Time to resolve vs spend afterwards',
	'churnView.resolve.subtitle':
		'Mean net spend in the {days, plural, one {# day} other {# days}} after the first complaint',
	'churnView.bucket.fast': '0–3 days',
	'churnView.bucket.medium': '4–14 days',
	'churnView.bucket.slow': '15+ days',
	'churnView.bucket.unresolved': 'Not resolved',
	'churnView.missing.churn_reason':
		'The customer file has no churn reason or churn type column (churn_reason / 流失原因, churn_type / 流失类型).',
	'churnView.missing.complaints':
		'No complaint log in the workspace: import one (customer id, date, resolved, satisfied with the handling).',
	'churnView.missing.survey':
		'The iceberg needs a survey with customer ids and an overall satisfaction item, joined to the complaints by customer id.',
	'churnView.missing.revenue': 'Needs transactions with amounts.',
	'churnView.missing.transactions':
		'Needs transactions (for the churn rule) and a complaint log with dates.',
	'churnView.col.reason': 'Reason',
	'churnView.col.customers': 'Customers',
	'churnView.col.revenueLost': 'Lost revenue',
	'churnView.col.cumulative': 'Cumulative share',
	'churnView.col.group': 'Group',
	'churnView.col.left': 'Departed',
	'churnView.col.churned': 'Churned',
	'churnView.col.bucket': 'Time to resolve',
	'churnView.col.meanSpend': 'Mean spend afterwards',
	'churnView.col.customer': 'Customer',
	'churnView.col.type': 'Type',
	'churnView.col.tier': 'Value tier',
	'churnView.col.complaints': 'Complaints',
	'churnView.col.handled': 'Handling',
	'churnView.drill.title': 'Customers',
	'churnView.drill.hint':
		'Click a bar of the reasons chart, a cell of the heat map or a group below the retention curves.',
	'churnView.drill.count': '{n, plural, one {# customer} other {# customers}}',
	'churnView.drill.clear': 'Clear',
	'churnView.drill.csv': 'Download CSV',
	'churnView.drill.more': 'The first {n} are shown; the CSV has them all.',

	'crossbuyView.intro':
		'Customer share: selling many products to one customer. Co-purchase is counted over customers — a customer counts once per category, whenever they bought it.',
	'crossbuyView.needTx.title': 'Transactions with a category are needed',
	'crossbuyView.needTx.text':
		'Import transactions with a customer id, date, amount and category, or load the teaching sample.',
	'crossbuyView.share.title': 'Market share vs customer share',
	'crossbuyView.share.market': 'Market share: one product to many customers',
	'crossbuyView.share.marketText':
		'The widest category, {category}, reaches {share} of the {customers} buying customers. Growing this breadth means winning new buyers for each product.',
	'crossbuyView.share.customer': 'Customer share: many products to one customer',
	'crossbuyView.share.customerText':
		'A buyer takes {mean} of the {categories} categories on average; {cross} buy two or more.',
	'crossbuyView.share.walletText':
		'Respondents say {share} % of their spending in these categories goes to us (wallet share).',
	'crossbuyView.share.note':
		'A customer-share strategy raises depth (categories per customer, wallet share) among customers it already has, which costs less than winning breadth.',
	'crossbuyView.perCustomer.title': 'Categories per customer',
	'crossbuyView.perCustomer.subtitle': 'Mean {mean}; {cross} of buyers cross-buy (2+ categories)',
	'crossbuyView.lift.title': 'Which categories go together (lift)',
	'crossbuyView.lift.subtitle':
		'Lift = customers with both / customers expected if independent; above 1 = together more often',
	'crossbuyView.lift.if': 'Customers who bought',
	'crossbuyView.lift.then': '… also bought',
	'crossbuyView.lift.hint': 'Click a cell for its support, confidence and lift.',
	'crossbuyView.lift.pair':
		'{customers, plural, one {# customer} other {# customers}} bought both {a} and {b}: support {support}; of the buyers of {a}, {confidence} also bought {b} (confidence); lift {lift}.',
	'crossbuyView.pairs.title': 'Category pairs ranked by lift',
	'crossbuyView.pairs.subtitle':
		'Top 15 shown; the table and CSV hold every pair in both directions',
	'crossbuyView.suggest.title': 'Cross-sell suggestions per group',
	'crossbuyView.suggest.subtitle':
		'For the group’s customers who lack a category: the best confidence from a category they buy. Expected new buyers = the sum of those chances.',
	'crossbuyView.suggest.by': 'Group by',
	'crossbuyView.suggest.expected': '≈ {n} of {of} non-buyers ({chance})',
	'crossbuyView.wallet.title': 'Wallet share vs spend with us',
	'crossbuyView.wallet.subtitle':
		'{n} respondents; item “{item}” (% of their category spending with us)',
	'crossbuyView.wallet.missing':
		'Needs a survey with customer ids and a wallet-share item (wallet_share / 客户份额, 0–100 %).',
	'crossbuyView.wallet.x': 'Wallet share (%)',
	'crossbuyView.wallet.y': 'Net revenue to date (log10 CNY)',
	'crossbuyView.walletTier.title': 'Wallet share by value tier (net revenue to date)',
	'crossbuyView.col.categories': 'Categories bought',
	'crossbuyView.col.if': 'Bought',
	'crossbuyView.col.then': 'Also bought',
	'crossbuyView.col.support': 'Support',
	'crossbuyView.col.confidence': 'Confidence',
	'crossbuyView.col.lift': 'Lift',
	'crossbuyView.col.meanCategories': 'Categories per customer',
	'crossbuyView.col.suggest': 'Under-bought categories',
	'crossbuyView.col.meanShare': 'Mean wallet share (%)',

	'learn.sim.iceberg.title': 'The complaint iceberg: silent leavers behind each complaint',
	'learn.sim.iceberg.short': 'Complaint iceberg',
	'learn.iceberg.subtitle': '{n, plural, one {# customer} other {# customers}}; move the sliders',
	'learn.iceberg.dissatisfied': 'Dissatisfied customers',
	'learn.iceberg.complainRate': 'Dissatisfied who complain',
	'learn.iceberg.silentStay': 'Silent dissatisfied who stay',
	'learn.iceberg.handledWell': 'Complaints handled well',
	'learn.iceberg.ratio':
		'Behind each complaint stand {silent} silent dissatisfied customers ({complainers} complaints from {dissatisfied} dissatisfied).',
	'learn.iceberg.noComplaints': 'Nobody complains: the firm hears nothing.',
	'learn.iceberg.silent': 'Silent dissatisfied',
	'learn.iceberg.complained': 'Complained',
	'learn.iceberg.stay': 'Stay',
	'learn.iceberg.leave': 'Leave',
	'learn.iceberg.group': 'Group',
	'learn.iceberg.invite':
		'Of the {dissatisfied} dissatisfied, {now} stay today; if every one of them complained and was handled as now, {all} would stay. Making complaining easy pays.',
	'learn.iceberg.assumptions':
		'Assumed: a complaint handled well keeps 80 % of complainers, one handled badly 10 %.',
	'learn.iceberg.onData': 'See it on your data: Churn & complaints.'
};

const zh: Record<keyof typeof en, string> = {
	'nav.churn': '流失与投诉',
	'nav.crossbuy': '交叉购买与客户份额',
	'home.cards.churn': '客户为什么流失、每一次投诉背后沉默的大多数，以及投诉后的客户保持。',
	'home.cards.crossbuy': '每位客户购买的品类数、哪些品类一起买、各细分的交叉销售建议、客户份额。',
	'kind.complaints': '投诉记录',
	'course.problem.crossbuy.no_category':
		'交易数据没有品类列，无法计算交叉购买。导入时请把一列映射为“品类”。',

	'churnView.intro':
		'客户为什么流失、投诉说明了什么：流失原因的帕累托图、主动与被动流失、投诉冰山，以及妥善处理投诉的价值。点击柱子或格子可查看对应客户。',
	'churnView.needCustomers.title': '需要带流失原因的客户资料',
	'churnView.needCustomers.text':
		'请导入带流失原因（如 churn_reason / 流失原因）的客户资料，如有还可导入流失类型（主动/被动）、交易记录、满意度调查和投诉记录（客户编号、日期、是否解决、对处理是否满意）。',
	'churnView.loadSample': '载入教学样例',
	'churnView.import': '导入自己的数据',
	'churnView.loadComplaints': '载入样例投诉记录',
	'churnView.using':
		'客户：{customers} · 交易：{transactions} · 调查：{survey} · 投诉：{complaints}',
	'churnView.dissatisfied': '不满意 = 满意度不高于',
	'churnView.noReason': '（未给出原因）',
	'churnView.reasons.title': '客户为什么流失（帕累托）',
	'churnView.reasons.top3': '前三大原因覆盖了 {share} 的流失客户',
	'churnView.reasons.note':
		'流失收入 = 每位流失客户在最后一次购买前一年内的净消费（停止的年化消费额）。右侧一列为累计占比：先解决排在前面的原因。',
	'churnView.byCustomers': '客户数',
	'churnView.byRevenue': '流失收入',
	'churnView.types.title': '主动流失与被动流失',
	'churnView.types.note':
		'共 {left} 位客户流失：{active} 为客户主动离开（主动流失），{passive} 为企业放弃（被动流失，如无利可图或违反规定）。',
	'churnView.active': '主动流失',
	'churnView.passive': '被动流失',
	'churnView.untyped': '未给出',
	'churnView.split.title': '按价值层级或客户群体看流失原因',
	'churnView.split.subtitle': '每组流失客户中各原因所占比例',
	'churnView.byTier': '价值层级（按至今净收入）',
	'churnView.byAttribute': '客户属性',
	'churnView.pickGroup': '请选择用于分组的客户属性。',
	'churnView.tier.platinum': '铂金层',
	'churnView.tier.gold': '黄金层',
	'churnView.tier.iron': '钢铁层',
	'churnView.tier.lead': '重铅层',
	'churnView.iceberg.title': '投诉冰山',
	'churnView.iceberg.complained': '不满意且投诉',
	'churnView.iceberg.silent': '不满意但沉默',
	'churnView.iceberg.text':
		'在 {dissatisfied} 位满意度 ≤ {threshold} 的受访者中，只有 {complained} 位投诉——每 100 人中 {per100} 人（教材中约为 4 人）。每一次投诉背后，有 {silent} 位沉默的不满意客户。',
	'churnView.iceberg.rate': '投诉率：{rate} 的客户（{complainers} 位客户，{complaints} 次投诉）。',
	'churnView.retention.title': '投诉后的客户保持',
	'churnView.retention.subtitle':
		'从投诉（或调查）当天起的 Kaplan–Meier 曲线；流失 = 超过 {days} 天没有购买（生命周期规则）',
	'churnView.retention.x': '投诉后的天数',
	'churnView.retention.y': '仍是客户',
	'churnView.retention.logRank':
		'对数秩检验（原假设：各曲线相同）：χ² = {chi2}，自由度 {df}，p {p}。',
	'churnView.retention.note': '妥善处理的投诉比沉默更能留住客户：投诉是赢回客户的机会。',
	'churnView.handled.handledWell': '投诉且处理得好',
	'churnView.handled.handledBadly': '投诉但处理不好',
	'churnView.handled.silentDissatisfied': '不满意但从未投诉',
	'churnView.showCustomers': '客户：{group}',
	'churnView.resolve.title': '解决用时与之后的消费',
	'churnView.resolve.subtitle': '首次投诉后 {days} 天内的平均净消费',
	'churnView.bucket.fast': '0–3 天',
	'churnView.bucket.medium': '4–14 天',
	'churnView.bucket.slow': '15 天以上',
	'churnView.bucket.unresolved': '未解决',
	'churnView.missing.churn_reason':
		'客户资料中没有流失原因或流失类型列（churn_reason / 流失原因，churn_type / 流失类型）。',
	'churnView.missing.complaints':
		'工作区中没有投诉记录：请导入一份（客户编号、日期、是否解决、对处理是否满意）。',
	'churnView.missing.survey':
		'投诉冰山需要带客户编号和总体满意度题项的调查，并按客户编号与投诉记录关联。',
	'churnView.missing.revenue': '需要带金额的交易记录。',
	'churnView.missing.transactions': '需要交易记录（用于流失规则）和带日期的投诉记录。',
	'churnView.col.reason': '原因',
	'churnView.col.customers': '客户数',
	'churnView.col.revenueLost': '流失收入',
	'churnView.col.cumulative': '累计占比',
	'churnView.col.group': '组',
	'churnView.col.left': '流失客户',
	'churnView.col.churned': '已流失',
	'churnView.col.bucket': '解决用时',
	'churnView.col.meanSpend': '之后的平均消费',
	'churnView.col.customer': '客户',
	'churnView.col.type': '类型',
	'churnView.col.tier': '价值层级',
	'churnView.col.complaints': '投诉次数',
	'churnView.col.handled': '处理情况',
	'churnView.drill.title': '客户明细',
	'churnView.drill.hint': '点击原因图中的柱子、热力图中的格子，或保持曲线下方的组。',
	'churnView.drill.count': '{n} 位客户',
	'churnView.drill.clear': '清除',
	'churnView.drill.csv': '下载 CSV',
	'churnView.drill.more': '仅显示前 {n} 位；CSV 中包含全部。',

	'crossbuyView.intro':
		'客户份额：把多种产品卖给同一位客户。共同购买按客户计算——每位客户每个品类只计一次，无论何时购买。',
	'crossbuyView.needTx.title': '需要带品类的交易记录',
	'crossbuyView.needTx.text': '请导入带客户编号、日期、金额和品类的交易记录，或载入教学样例。',
	'crossbuyView.share.title': '市场份额与客户份额',
	'crossbuyView.share.market': '市场份额：一种产品卖给许多客户',
	'crossbuyView.share.marketText':
		'覆盖最广的品类“{category}”触达了 {customers} 位购买客户中的 {share}。扩大这种广度意味着为每种产品赢得新买家。',
	'crossbuyView.share.customer': '客户份额：多种产品卖给同一位客户',
	'crossbuyView.share.customerText':
		'每位买家平均购买 {categories} 个品类中的 {mean} 个；{cross} 的买家购买两个或更多品类。',
	'crossbuyView.share.walletText':
		'受访者表示，他们在这些品类上的支出有 {share}% 花在我们这里（客户份额）。',
	'crossbuyView.share.note':
		'客户份额策略是在已有客户中提高深度（每位客户的品类数、客户份额），其成本低于扩大广度。',
	'crossbuyView.perCustomer.title': '每位客户购买的品类数',
	'crossbuyView.perCustomer.subtitle': '平均 {mean} 个；{cross} 的买家交叉购买（2 个及以上品类）',
	'crossbuyView.lift.title': '哪些品类一起买（提升度）',
	'crossbuyView.lift.subtitle':
		'提升度 = 同时购买的客户数 / 独立时的期望客户数；大于 1 表示更常一起购买',
	'crossbuyView.lift.if': '购买了',
	'crossbuyView.lift.then': '……也购买了',
	'crossbuyView.lift.hint': '点击格子查看支持度、置信度和提升度。',
	'crossbuyView.lift.pair':
		'{customers} 位客户同时购买了 {a} 和 {b}：支持度 {support}；在 {a} 的买家中有 {confidence} 也买了 {b}（置信度）；提升度 {lift}。',
	'crossbuyView.pairs.title': '按提升度排序的品类组合',
	'crossbuyView.pairs.subtitle': '显示前 15 个；表格和 CSV 含两个方向的全部组合',
	'crossbuyView.suggest.title': '各组的交叉销售建议',
	'crossbuyView.suggest.subtitle':
		'对组内尚未购买某品类的客户：取其已购品类出发的最高置信度。预期新买家 = 这些概率之和。',
	'crossbuyView.suggest.by': '分组依据',
	'crossbuyView.suggest.expected': '≈ {of} 位未购买者中的 {n} 位（{chance}）',
	'crossbuyView.wallet.title': '客户份额与在我们这里的消费',
	'crossbuyView.wallet.subtitle': '{n} 位受访者；题项“{item}”（其品类支出中花在我们这里的百分比）',
	'crossbuyView.wallet.missing':
		'需要带客户编号和客户份额题项（wallet_share / 客户份额，0–100%）的调查。',
	'crossbuyView.wallet.x': '客户份额（%）',
	'crossbuyView.wallet.y': '迄今净收入（log10 元）',
	'crossbuyView.walletTier.title': '各价值层级（按至今净收入）的客户份额',
	'crossbuyView.col.categories': '购买的品类数',
	'crossbuyView.col.if': '购买了',
	'crossbuyView.col.then': '也购买了',
	'crossbuyView.col.support': '支持度',
	'crossbuyView.col.confidence': '置信度',
	'crossbuyView.col.lift': '提升度',
	'crossbuyView.col.meanCategories': '每位客户的品类数',
	'crossbuyView.col.suggest': '购买不足的品类',
	'crossbuyView.col.meanShare': '平均客户份额（%）',

	'learn.sim.iceberg.title': '投诉冰山：每一次投诉背后沉默离开的客户',
	'learn.sim.iceberg.short': '投诉冰山',
	'learn.iceberg.subtitle': '{n} 位客户；拖动滑块试试',
	'learn.iceberg.dissatisfied': '不满意的客户',
	'learn.iceberg.complainRate': '不满意者中投诉的比例',
	'learn.iceberg.silentStay': '沉默的不满意者中留下的比例',
	'learn.iceberg.handledWell': '处理得好的投诉',
	'learn.iceberg.ratio':
		'每一次投诉背后有 {silent} 位沉默的不满意客户（{dissatisfied} 位不满意客户中有 {complainers} 次投诉）。',
	'learn.iceberg.noComplaints': '没有人投诉：企业什么也听不到。',
	'learn.iceberg.silent': '沉默的不满意者',
	'learn.iceberg.complained': '投诉者',
	'learn.iceberg.stay': '留下',
	'learn.iceberg.leave': '离开',
	'learn.iceberg.group': '组',
	'learn.iceberg.invite':
		'在 {dissatisfied} 位不满意客户中，目前有 {now} 位留下；如果他们都来投诉并按现在的水平处理，将有 {all} 位留下。让投诉变得容易是值得的。',
	'learn.iceberg.assumptions': '假设：处理得好的投诉留住 80% 的投诉者，处理不好的留住 10%。',
	'learn.iceberg.onData': '在你的数据上查看：流失与投诉。'
};

export const courseTopics = { en, zh };
