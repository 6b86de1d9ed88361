// Texts of the Lifetime value view (src/lib/views/clv) in English and 简体中文. Engine issues and
// model names live in clv.ts; keys here are clvView.<area>.<item>.
export const clvViewMessages = {
	en: {
		'clvView.intro':
			'Who will buy again, how often, and what is each customer worth over the coming months? Probabilistic models (BG/NBD, Pareto/NBD, MBG/NBD with Gamma-Gamma for spend) learn from each customer’s frequency and recency up to a calibration date, and are checked on the period after it.',
		'clvView.dataset':
			'Dataset: {name} · {rows, plural, one {# transaction} other {# transactions}} · {customers, plural, one {# customer} other {# customers}}',
		'clvView.settings': 'Model settings',
		'clvView.set.model': 'Purchase model',
		'clvView.set.spend': 'Spend per purchase',
		'clvView.set.unit': 'Time unit',
		'clvView.set.calibrationEnd': 'Calibration ends on',
		'clvView.set.defaultEnd': 'Default',
		'clvView.set.defaultEndHint':
			'Keep the last third of the period as holdout, to check the model on data it did not see',
		'clvView.set.allData': 'Use all data',
		'clvView.set.allDataHint':
			'Calibrate on everything and predict from the last day (no holdout check)',
		'clvView.set.horizon': 'Horizon (calendar months)',
		'clvView.set.margin': 'Margin (% of spend)',
		'clvView.set.discount': 'Discount rate (%)',
		'clvView.set.discountPer': 'Discount rate period',
		'clvView.per.month': 'per month',
		'clvView.per.year': 'per year',
		'clvView.spend.gammagamma': 'Gamma-Gamma model',
		'clvView.spend.observed': 'Customer’s own average',
		'clvView.unit.day': 'day',
		'clvView.unit.days': 'days',
		'clvView.unit.week': 'week',
		'clvView.unit.weeks': 'weeks',
		'clvView.unit.month': 'month',
		'clvView.unit.months': 'months',
		'clvView.fitting': 'Fitting the models… {pct} %',
		'clvView.calibrationEndMark': 'calibration end',
		'clvView.section.evaluation': 'How well does the model predict?',
		'clvView.section.customers': 'Customers',
		'clvView.section.teaching': 'Teaching models',

		'clvView.fit.title': 'Fit: {model}',
		'clvView.fit.setup':
			'Calibration to {end} in {unit}; holdout after it: {holdout} {unit}. Same-day purchases count as one transaction; the first purchase is not a repeat.',
		'clvView.fit.param': 'Parameter',
		'clvView.fit.estimate': 'Estimate',
		'clvView.fit.se': 'Standard error',
		'clvView.fit.meaning': 'What it describes',
		'clvView.fit.logLik': 'Log-likelihood',
		'clvView.fit.customers':
			'{n, plural, one {# customer} other {# customers}}, {repeaters} of them bought again',
		'clvView.fit.ok':
			'The fit converged: these are the parameters that explain the purchases best, and every standard error is available.',
		'clvView.fit.excludedLate':
			'{n, plural, one {# customer whose first purchase is after the calibration end is not in the fit} other {# customers whose first purchase is after the calibration end are not in the fit}}.',
		'clvView.fit.shortHoldout':
			'The holdout is only {n} {unit} long: too little data for a reliable check. Move the calibration end earlier.',
		'clvView.fit.onlyReturns':
			'Every transaction up to the calibration end is a return (negative amount). A return is not a purchase, so there is no buying to model.',
		'clvView.fit.independence':
			'Independence check: correlation between purchase frequency and average spend r = {r} ({n, plural, one {# repeat buyer} other {# repeat buyers}}).',
		'clvView.fit.independenceOk': 'Small enough for the Gamma-Gamma assumption.',
		'clvView.fit.spendObserved':
			'Spend per purchase uses each customer’s own average instead of the Gamma-Gamma estimate, which pulls small samples towards the population mean.',

		'clvView.param.bgnbd.r': 'Shape of the purchase-rate distribution (gamma)',
		'clvView.param.bgnbd.alpha': 'Scale of the purchase rate: r/α is the mean rate per unit',
		'clvView.param.bgnbd.a': 'Drop-out after a purchase (beta a)',
		'clvView.param.bgnbd.b': 'Drop-out after a purchase (beta b): a/(a+b) is the mean chance',
		'clvView.param.paretonbd.r': 'Shape of the purchase-rate distribution (gamma)',
		'clvView.param.paretonbd.alpha': 'Scale of the purchase rate: r/α is the mean rate per unit',
		'clvView.param.paretonbd.s': 'Shape of the drop-out-rate distribution (gamma)',
		'clvView.param.paretonbd.beta': 'Scale of the drop-out rate: s/β is the mean rate per unit',
		'clvView.param.gammagamma.p': 'Shape of spend per purchase within a customer',
		'clvView.param.gammagamma.q': 'Shape of average spend across customers',
		'clvView.param.gammagamma.gamma': 'Scale of average spend: mean spend = pγ/(q−1)',

		'clvView.advice.not_converged':
			'Try another model, a coarser time unit or a later calibration end; treat the numbers below with caution.',
		'clvView.advice.param_at_bound':
			'The model describes these data with a simpler pattern than it allows; predictions can still be useful, but do not read this parameter literally.',
		'clvView.advice.weakly_identified':
			'Many values fit almost equally well; rely on the predictions rather than on this parameter.',
		'clvView.advice.hessian_not_invertible':
			'The estimates may still predict well; compare them with the holdout below.',
		'clvView.advice.too_few_repeaters':
			'Use a longer calibration period or more customers if you can.',
		'clvView.advice.spend_depends_on_frequency':
			'Frequent buyers spend differently per purchase, so Gamma-Gamma spend (and CLV) may be biased; compare with the customer’s own average.',
		'clvView.advice.mean_spend_undefined':
			'Spend estimates for customers with few purchases are unreliable; consider the customer’s own average.',
		'clvView.advice.holdout_empty':
			'Move the calibration end earlier (the default keeps the last third) to see how well the model predicts.',
		'clvView.advice.everyone_bought_once':
			'These models learn from repeat buying: use a longer period or a later calibration end.',
		'clvView.advice.one_customer': 'Import transactions of many customers.',
		'clvView.advice.all_one_day':
			'Import data that spans several days at least, or move the calibration end later.',
		'clvView.advice.no_customers': 'Move the calibration end later.',
		'clvView.advice.no_positive_spends':
			'Purchase predictions still work; spend and CLV need positive amounts (returns and free orders do not count).',

		'clvView.recency.title': 'Two kinds of recency',
		'clvView.recency.intro':
			'Customer {id}: each dot is a purchase day up to the calibration end (black: the first).',
		'clvView.recency.modelRecency': 'the model’s recency',
		'clvView.recency.rfm': 'RFM recency',
		'clvView.recency.end': 'calibration end',
		'clvView.recency.txExplain':
			'Time from the first purchase ({first}) to the last one ({last}). BG/NBD and Pareto/NBD call this recency.',
		'clvView.recency.rfmExplain':
			'Time from the last purchase ({last}) to the analysis date, here the calibration end ({end}). Small is good in RFM.',
		'clvView.recency.xT':
			'x counts the repeat purchases (the first does not count); T is the customer’s age, from the first purchase to the calibration end.',
		'clvView.recency.why':
			'Same customer, same data, opposite directions: a large t_x (last purchase late in a customer’s life) is good news in the model, as a small RFM recency is in RFM. RFM recency = T − t_x.',

		'clvView.tracking.title': 'Repeat transactions over time: actual and model',
		'clvView.tracking.subtitle':
			'Left of the dashed line the model saw the data (calibration); right of it, it predicts (holdout).',
		'clvView.tracking.mode': 'Show',
		'clvView.tracking.incremental': 'per period',
		'clvView.tracking.cumulative': 'cumulative',
		'clvView.tracking.period': 'Period',
		'clvView.tracking.start': 'Starts on',
		'clvView.tracking.x': '{unit} since {start}',
		'clvView.tracking.y': 'Repeat transactions',

		'clvView.holdout.subtitle':
			'Mean repeat purchases in the {n} {unit} after the calibration end, by repeat purchases before it.',
		'clvView.holdout.actual': 'Actual',
		'clvView.holdout.model': 'Model',
		'clvView.holdout.x': 'Repeat purchases in calibration',
		'clvView.holdout.y': 'Mean repeat purchases in holdout',
		'clvView.holdout.customers': 'Customers',
		'clvView.holdout.errors':
			'Per customer: mean absolute error {mae}, root mean square error {rmse}',
		'clvView.holdout.errorsExplain':
			'Errors of each customer’s predicted holdout purchases; the averages by group above can match even when single customers are hard to predict.',

		'clvView.matrix.expectedTitle': 'Expected purchases in the next {horizon}',
		'clvView.matrix.aliveTitle': 'Probability alive (%)',
		'clvView.matrix.subtitle':
			'For a customer first seen T = {T} {unit} before the calibration end, by frequency x and recency t_x.',
		'clvView.matrix.x': 'Recency t_x ({unit} from first to last purchase)',
		'clvView.matrix.y': 'Frequency x',
		'clvView.matrix.aliveNote':
			'Frequent buyers who have not bought for a long time (top left) are probably gone; a customer with no repeat purchase (x = 0) has no recency.',

		'clvView.dist.title': 'Distribution of predicted CLV',
		'clvView.dist.subtitle': 'Customers by lifetime value over the next {horizon}',
		'clvView.dist.x': 'CLV (from)',
		'clvView.dist.from': 'From',
		'clvView.dist.to': 'To',
		'clvView.dist.customers': 'Customers',
		'clvView.dist.none': 'No customer has a monetary CLV (see the spend model above).',
		'clvView.dist.summary':
			'{n, plural, one {# customer} other {# customers}}, total {total}, mean {mean}.',

		'clvView.table.title': 'Customers by predicted value',
		'clvView.table.export': 'Export all {n} as CSV',
		'clvView.table.id': 'Customer',
		'clvView.table.expected': 'Expected purchases ({horizon})',
		'clvView.table.clv': 'CLV',
		'clvView.table.open': 'Show this customer’s P(alive) history',

		'clvView.history.title': 'P(alive) history of customer {id}',
		'clvView.history.subtitle':
			'The chance the customer is still active falls while they do not buy and jumps back at each purchase.',
		'clvView.history.purchases': 'Repeat purchases',
		'clvView.history.t': '{unit} since the first purchase',
		'clvView.history.hint': 'Click a customer in the table to see their P(alive) history.',
		'clvView.history.unknown': 'Customer {id} is not in this dataset.',

		'clvView.hist.title': 'Historical CLV: past value is not future value',
		'clvView.hist.subtitle':
			'The ten customers with the largest past margin, compounded to {date} at the discount rate, beside their predicted CLV.',
		'clvView.hist.predicted': 'Predicted CLV ({horizon})',
		'clvView.hist.y': 'Value',
		'clvView.hist.summary':
			'Historical CLV of all customers: {total}. Of the top {top} by past value, {overlap} are also in the top {top} by predicted value.',

		'clvView.ret.title': 'Retention model: CLV = m·r / (1 + d − r)',
		'clvView.ret.subtitle':
			'The classroom formula for a customer who brings margin m each period, stays with probability r and is discounted at d per period.',
		'clvView.ret.m': 'Margin per period m',
		'clvView.ret.r': 'Retention rate r',
		'clvView.ret.d': 'Discount rate d',
		'clvView.ret.y': 'CLV',
		'clvView.ret.note':
			'Value climbs steeply as retention nears 100 %: keeping customers is worth more than the margin alone suggests. The formula assumes the same margin and retention for every customer and period, which the models above do not.',

		'clvView.book.title': 'Reproduce the textbook result',
		'clvView.book.intro':
			'Loads the CDNOW sample (2,357 customers), calibrates to {end} in weeks, and fits the three models of the literature.',
		'clvView.book.button': 'Reproduce the textbook result',
		'clvView.book.loading': 'Loading the CDNOW sample…',
		'clvView.book.model': 'Model',
		'clvView.book.ours': 'Ours',
		'clvView.book.published': 'Published',
		'clvView.book.diff': 'Difference',
		'clvView.book.counts':
			'{n, plural, one {# customer} other {# customers}}, {repeaters, plural, one {# repeat buyer} other {# repeat buyers}}.',
		'clvView.book.source':
			'Published values: the BTYD literature (Fader, Hardie & Lee) and the reference implementations lifetimes, BTYD and CLVTools. Differences in the last digit come from rounding and optimiser tolerance.',
		'clvView.source.label': 'Read customers from',
		'clvView.source.transactions': 'transactions “{name}”',
		'clvView.source.summary': 'customer summary “{name}”',
		'clvView.summary.dataset':
			'Customer summary: {name} · {customers, plural, one {# customer} other {# customers}} · no dates',
		'clvView.summary.unit': 'Unit of the summary’s recency and T',
		'clvView.summary.unitHint':
			'A summary file does not say its time unit. Weeks are assumed unless you choose otherwise (docs/sql/btyd.duckdb.sql writes weeks); rates and the calendar-month CLV depend on it.',
		'clvView.summary.setup':
			'Fitted on the customer summary as given: frequency x, recency t_x and age T in {unit}. A summary has no dates, so there is no calibration split and predictions start at the end of its observation.',
		'clvView.summary.dropped':
			'Summary rows left out (negative or missing values, recency after T, or a recency without repeat purchases): {n}.',
		'clvView.summary.withoutSpend':
			'Repeat buyers without a positive mean spend, left out of the spend model: {n}.',
		'clvView.summary.needsTransactions': 'Needs transactions: a summary has no dates.',
		'clvView.summary.needsList':
			'Not shown for a customer summary: the tracking plot of purchases week by week, the holdout check by frequency, the calibration end, one customer’s P(alive) history and historical CLV. They are all drawn from dated purchases; import the transactions to see them.',
		'clvView.summary.history':
			'One customer’s P(alive) history is drawn from their purchase dates.',
		'clvView.summary.matrixSubtitle':
			'For a customer first seen T = {T} {unit} before the end of the summary’s observation, by frequency x and recency t_x.'
	},
	zh: {
		'clvView.intro':
			'哪些客户还会再买、买多少次、未来几个月每位客户值多少？概率模型（BG/NBD、Pareto/NBD、MBG/NBD，以及用于消费金额的 Gamma-Gamma 模型）从校准期内每位客户的购买频次和最近购买时间中学习，再用校准期之后的验证期检验。',
		'clvView.dataset': '数据集：{name} · {rows} 笔交易 · {customers} 位客户',
		'clvView.settings': '模型设置',
		'clvView.set.model': '购买模型',
		'clvView.set.spend': '每次购买的消费金额',
		'clvView.set.unit': '时间单位',
		'clvView.set.calibrationEnd': '校准期结束日',
		'clvView.set.defaultEnd': '默认',
		'clvView.set.defaultEndHint': '保留最后三分之一的时间作为验证期，用模型没见过的数据检验它',
		'clvView.set.allData': '使用全部数据',
		'clvView.set.allDataHint': '用全部数据校准，从最后一天开始预测（不做验证期检验）',
		'clvView.set.horizon': '预测期（日历月）',
		'clvView.set.margin': '利润率（占消费的 %）',
		'clvView.set.discount': '折现率（%）',
		'clvView.set.discountPer': '折现率的期间',
		'clvView.per.month': '每月',
		'clvView.per.year': '每年',
		'clvView.spend.gammagamma': 'Gamma-Gamma 模型',
		'clvView.spend.observed': '客户自身的平均值',
		'clvView.unit.day': '天',
		'clvView.unit.days': '天',
		'clvView.unit.week': '周',
		'clvView.unit.weeks': '周',
		'clvView.unit.month': '月',
		'clvView.unit.months': '月',
		'clvView.fitting': '正在拟合模型… {pct}%',
		'clvView.calibrationEndMark': '校准期结束',
		'clvView.section.evaluation': '模型预测得准不准？',
		'clvView.section.customers': '客户',
		'clvView.section.teaching': '教学模型',

		'clvView.fit.title': '拟合结果：{model}',
		'clvView.fit.setup':
			'校准期截至 {end}，时间单位为{unit}；其后的验证期长 {holdout} {unit}。同一天的多次购买算作一次交易；首次购买不算重复购买。',
		'clvView.fit.param': '参数',
		'clvView.fit.estimate': '估计值',
		'clvView.fit.se': '标准误',
		'clvView.fit.meaning': '含义',
		'clvView.fit.logLik': '对数似然',
		'clvView.fit.customers': '{n} 位客户，其中 {repeaters} 位发生了重复购买',
		'clvView.fit.ok': '拟合已收敛：这组参数最能解释这些购买，且所有标准误都可用。',
		'clvView.fit.excludedLate': '有 {n} 位客户的首次购买晚于校准期结束日，未纳入拟合。',
		'clvView.fit.shortHoldout':
			'验证期只有 {n} {unit}：数据太少，无法可靠地检验模型。请把校准期结束日往前移。',
		'clvView.fit.onlyReturns':
			'校准期结束前的所有交易都是退货（负金额）。退货不是购买，因此没有可供建模的购买行为。',
		'clvView.fit.independence':
			'独立性检验：购买频次与平均消费金额的相关系数 r = {r}（{n} 位重复购买客户）。',
		'clvView.fit.independenceOk': '相关性足够小，符合 Gamma-Gamma 模型的假设。',
		'clvView.fit.spendObserved':
			'每次购买的消费金额采用客户自身的平均值，而不是 Gamma-Gamma 的估计（后者会把样本少的客户向总体均值收缩）。',

		'clvView.param.bgnbd.r': '购买率分布（伽马分布）的形状参数',
		'clvView.param.bgnbd.alpha': '购买率的尺度参数：r/α 为每单位时间的平均购买率',
		'clvView.param.bgnbd.a': '每次购买后流失概率（贝塔分布 a）',
		'clvView.param.bgnbd.b': '每次购买后流失概率（贝塔分布 b）：a/(a+b) 为平均流失概率',
		'clvView.param.paretonbd.r': '购买率分布（伽马分布）的形状参数',
		'clvView.param.paretonbd.alpha': '购买率的尺度参数：r/α 为每单位时间的平均购买率',
		'clvView.param.paretonbd.s': '流失率分布（伽马分布）的形状参数',
		'clvView.param.paretonbd.beta': '流失率的尺度参数：s/β 为每单位时间的平均流失率',
		'clvView.param.gammagamma.p': '同一客户每次消费金额的形状参数',
		'clvView.param.gammagamma.q': '客户之间平均消费金额的形状参数',
		'clvView.param.gammagamma.gamma': '平均消费金额的尺度参数：平均消费 = pγ/(q−1)',

		'clvView.advice.not_converged':
			'可换一个模型、用更粗的时间单位或更晚的校准期结束日；下面的数字请谨慎使用。',
		'clvView.advice.param_at_bound':
			'数据呈现的规律比模型允许的更简单；预测仍可参考，但不要按字面理解这个参数。',
		'clvView.advice.weakly_identified':
			'许多取值拟合得几乎一样好；请依据预测结果，而不是这个参数本身。',
		'clvView.advice.hessian_not_invertible': '估计值仍可能预测得不错；请对照下方的验证期检验。',
		'clvView.advice.too_few_repeaters': '如有可能，请使用更长的校准期或更多客户。',
		'clvView.advice.spend_depends_on_frequency':
			'购买频繁的客户每次消费不同，Gamma-Gamma 的消费金额（以及客户终生价值）可能有偏差；可与客户自身平均值对比。',
		'clvView.advice.mean_spend_undefined':
			'对购买次数少的客户，消费金额估计不可靠；可考虑使用客户自身的平均值。',
		'clvView.advice.holdout_empty':
			'把校准期结束日往前移（默认保留最后三分之一），才能看到模型预测得准不准。',
		'clvView.advice.everyone_bought_once':
			'这些模型从重复购买中学习：请使用更长的时间段或更晚的校准期结束日。',
		'clvView.advice.one_customer': '请导入多位客户的交易记录。',
		'clvView.advice.all_one_day': '请导入至少跨越几天的数据，或把校准期结束日往后移。',
		'clvView.advice.no_customers': '请把校准期结束日往后移。',
		'clvView.advice.no_positive_spends':
			'购买次数的预测仍然有效；消费金额和客户终生价值需要正的金额（退货和免费订单不计）。',

		'clvView.recency.title': '两种“最近一次消费”',
		'clvView.recency.intro': '客户 {id}：每个点是校准期结束前的一个购买日（黑点为首次购买）。',
		'clvView.recency.modelRecency': '模型中的最近购买时间',
		'clvView.recency.rfm': 'RFM 最近一次消费',
		'clvView.recency.end': '校准期结束',
		'clvView.recency.txExplain':
			'从首次购买（{first}）到最后一次购买（{last}）的时间。BG/NBD 和 Pareto/NBD 模型中的“最近购买时间”指的就是它。',
		'clvView.recency.rfmExplain':
			'从最后一次购买（{last}）到分析日期（这里取校准期结束日 {end}）的时间。在 RFM 中越小越好。',
		'clvView.recency.xT':
			'x 为重复购买次数（首次购买不计）；T 为客户“年龄”，即从首次购买到校准期结束的时间。',
		'clvView.recency.why':
			'同一位客户、同一份数据，方向却相反：在模型中 t_x 大（客户较晚时仍在购买）是好消息，正如 RFM 中最近一次消费的间隔小是好消息。RFM 最近一次消费 = T − t_x。',

		'clvView.tracking.title': '重复交易随时间变化：实际与模型',
		'clvView.tracking.subtitle': '虚线左侧是模型看过的数据（校准期），右侧是它的预测（验证期）。',
		'clvView.tracking.mode': '显示',
		'clvView.tracking.incremental': '每期',
		'clvView.tracking.cumulative': '累计',
		'clvView.tracking.period': '期',
		'clvView.tracking.start': '开始日期',
		'clvView.tracking.x': '自 {start} 起的{unit}数',
		'clvView.tracking.y': '重复交易次数',

		'clvView.holdout.subtitle':
			'校准期结束后 {n} {unit}内的平均重复购买次数，按校准期内的重复购买次数分组。',
		'clvView.holdout.actual': '实际',
		'clvView.holdout.model': '模型',
		'clvView.holdout.x': '校准期内的重复购买次数',
		'clvView.holdout.y': '验证期内的平均重复购买次数',
		'clvView.holdout.customers': '客户数',
		'clvView.holdout.errors': '按客户计：平均绝对误差 {mae}，均方根误差 {rmse}',
		'clvView.holdout.errorsExplain':
			'这是每位客户验证期购买次数预测的误差；即使单个客户难以预测，上图按组的平均值仍可能吻合。',

		'clvView.matrix.expectedTitle': '未来 {horizon}的预期购买次数',
		'clvView.matrix.aliveTitle': '存活概率（%）',
		'clvView.matrix.subtitle':
			'对于在校准期结束前 T = {T} {unit}首次购买的客户，按频次 x 和最近购买时间 t_x。',
		'clvView.matrix.x': '最近购买时间 t_x（首次到最后一次购买，{unit}）',
		'clvView.matrix.y': '频次 x',
		'clvView.matrix.aliveNote':
			'购买频繁却很久没再买的客户（左上方）很可能已经流失；没有重复购买的客户（x = 0）没有最近购买时间。',

		'clvView.dist.title': '预测客户终生价值的分布',
		'clvView.dist.subtitle': '按未来 {horizon}的终生价值统计客户数',
		'clvView.dist.x': '客户终生价值（下限）',
		'clvView.dist.from': '下限',
		'clvView.dist.to': '上限',
		'clvView.dist.customers': '客户数',
		'clvView.dist.none': '没有客户能计算货币化的终生价值（见上方的消费金额模型）。',
		'clvView.dist.summary': '{n} 位客户，合计 {total}，平均 {mean}。',

		'clvView.table.title': '按预测价值排列的客户',
		'clvView.table.export': '导出全部 {n} 位客户（CSV）',
		'clvView.table.id': '客户',
		'clvView.table.expected': '预期购买次数（{horizon}）',
		'clvView.table.clv': '客户终生价值',
		'clvView.table.open': '查看该客户的存活概率变化',

		'clvView.history.title': '客户 {id} 的存活概率变化',
		'clvView.history.subtitle': '客户不购买时，仍然活跃的概率逐渐下降；每次购买后又跳回高位。',
		'clvView.history.purchases': '重复购买',
		'clvView.history.t': '自首次购买起的{unit}数',
		'clvView.history.hint': '点击表中的客户，查看其存活概率的变化。',
		'clvView.history.unknown': '此数据集中没有客户 {id}。',

		'clvView.hist.title': '历史客户终生价值：过去的价值不等于未来的价值',
		'clvView.hist.subtitle':
			'过去利润最多的十位客户（按折现率复利计算到 {date}），与其预测的客户终生价值对比。',
		'clvView.hist.predicted': '预测客户终生价值（{horizon}）',
		'clvView.hist.y': '价值',
		'clvView.hist.summary':
			'全部客户的历史终生价值：{total}。按过去价值排名前 {top} 的客户中，有 {overlap} 位也在预测价值的前 {top} 名中。',

		'clvView.ret.title': '保留率模型：CLV = m·r / (1 + d − r)',
		'clvView.ret.subtitle': '课堂公式：客户每期带来利润 m，以概率 r 留下，每期按 d 折现。',
		'clvView.ret.m': '每期利润 m',
		'clvView.ret.r': '保留率 r',
		'clvView.ret.d': '折现率 d',
		'clvView.ret.y': '客户终生价值',
		'clvView.ret.note':
			'保留率越接近 100%，价值上升越陡：留住客户的价值远超单期利润。该公式假设所有客户、所有期间的利润和保留率都相同，而上面的模型不作此假设。',

		'clvView.book.title': '重现教科书结果',
		'clvView.book.intro':
			'加载 CDNOW 样例（2,357 位客户），以周为单位、校准期截至 {end}，拟合文献中的三个模型。',
		'clvView.book.button': '重现教科书结果',
		'clvView.book.loading': '正在加载 CDNOW 样例…',
		'clvView.book.model': '模型',
		'clvView.book.ours': '本工具',
		'clvView.book.published': '文献值',
		'clvView.book.diff': '差异',
		'clvView.book.counts': '{n} 位客户，{repeaters} 位重复购买客户。',
		'clvView.book.source':
			'文献值：来自 BTYD 文献（Fader、Hardie 与 Lee）以及参考实现 lifetimes、BTYD 和 CLVTools。末位数字的差异来自四舍五入和优化器的收敛精度。',
		'clvView.source.label': '客户数据来源',
		'clvView.source.transactions': '交易数据“{name}”',
		'clvView.source.summary': '客户汇总表“{name}”',
		'clvView.summary.dataset': '客户汇总表：{name} · {customers} 位客户 · 无日期',
		'clvView.summary.unit': '汇总表中最近购买时间与观察期 T 的单位',
		'clvView.summary.unitHint':
			'汇总文件不会写明时间单位。除非另选，默认按“周”理解（docs/sql/btyd.duckdb.sql 输出的就是周）；购买率和按日历月计算的客户终生价值都取决于它。',
		'clvView.summary.setup':
			'直接用客户汇总表拟合：重复购买次数 x、最近购买时间 t_x 和观察期 T，单位为{unit}。汇总表没有日期，因此不划分校准期，预测从其观察期结束时开始。',
		'clvView.summary.dropped':
			'汇总表中有 {n} 行未使用：数值为负或缺失、最近购买时间晚于 T，或没有重复购买却有最近购买时间。',
		'clvView.summary.withoutSpend': '{n} 位重复购买客户没有正的平均消费额，未纳入消费金额模型。',
		'clvView.summary.needsTransactions': '需要交易数据：汇总表没有日期。',
		'clvView.summary.needsList':
			'客户汇总表不显示以下内容：逐周购买的跟踪图、按购买频次的验证期检验、校准期结束日、单个客户存活概率的变化以及历史客户终生价值。它们都要用带日期的购买记录计算；导入交易数据后即可查看。',
		'clvView.summary.history': '单个客户存活概率的变化要用其购买日期计算。',
		'clvView.summary.matrixSubtitle':
			'对于在汇总表观察期结束前 T = {T} {unit}首次购买的客户，按频次 x 和最近购买时间 t_x。'
	}
};
