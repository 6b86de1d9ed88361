// Lifecycle engine texts (cohorts, survival, stages, exit patterns, sBG retention) in English and
// 简体中文, flat key → string. Keys mirror the engine's stable English keys:
// lifecycle.stage.<Stage>, lifecycle.fiveStage.<FiveStageName>, lifecycle.pattern.<pattern>,
// lifecycle.issue.<LifecycleIssueCode>, lifecycle.rule.<StageRules field>, lifecycle.metric.<CohortMetric>.
// Chinese terms follow CONCEPTS.md §4.

const en = {
	'lifecycle.title': 'Customer lifecycle',
	'lifecycle.definition':
		'The span from the first contact with a customer to the end of the relationship.',

	'lifecycle.stage.exploration': 'Exploration',
	'lifecycle.stage.formation': 'Formation',
	'lifecycle.stage.stability': 'Stability',
	'lifecycle.stage.decline': 'Decline',
	'lifecycle.stage.churned': 'Churned',
	'lifecycle.stage.exploration.economics':
		'Trial orders and uncertainty on both sides. The firm invests to win the customer, who contributes little so far.',
	'lifecycle.stage.formation.economics':
		'Volume grows fast and revenue now exceeds the cost of serving the customer, but there is no cross-buying or referral yet.',
	'lifecycle.stage.stability.economics':
		'The peak: the largest volume, revenue from cross-selling and referrals, and a low cost to serve.',
	'lifecycle.stage.decline.economics':
		'The customer buys less from us although their total business does not shrink. The firm decides whether to win them back or let them go.',
	'lifecycle.stage.churned.economics':
		'The shared churn rule says the customer is gone (by default: the purchase model gives them less than a 50 % chance of still being a customer): the relationship has ended.',

	'lifecycle.fiveStage.acquisition': 'Acquisition',
	'lifecycle.fiveStage.growth': 'Growth',
	'lifecycle.fiveStage.maturity': 'Maturity',
	'lifecycle.fiveStage.decline': 'Decline',
	'lifecycle.fiveStage.churn': 'Churn',
	'lifecycle.naming.fourStage': 'Four stages (exploration, formation, stability, decline)',
	'lifecycle.naming.fiveStage': 'Five stages (acquisition, growth, maturity, decline, churn)',

	'lifecycle.devStage.attract': 'Attract',
	'lifecycle.devStage.acquire': 'Acquire',
	'lifecycle.devStage.manage': 'Manage',
	'lifecycle.devStage.retain': 'Retain',

	'lifecycle.curve': 'Customer life curve',
	'lifecycle.curve.explanation':
		'Average spend per period, counted from each customer’s acquisition. Where the curve ends and how high it rises shows how the relationship went.',
	'lifecycle.pattern.I': 'I · Early abortion',
	'lifecycle.pattern.II': 'II · Midway death',
	'lifecycle.pattern.III': 'III · Premature exit',
	'lifecycle.pattern.IV': 'IV · Long-term retention',
	'lifecycle.pattern.active': 'Still active',
	'lifecycle.pattern.I.description': 'Left during exploration, after trial purchases only.',
	'lifecycle.pattern.II.description':
		'Left during formation, while their volume was still growing.',
	'lifecycle.pattern.III.description': 'Left early in stability, soon after reaching their peak.',
	'lifecycle.pattern.IV.description':
		'Stayed until late in stability ({periods} or more periods there) before leaving. This is the pattern the firm wants.',
	'lifecycle.pattern.I.causes':
		'Typical cause: the value the customer received fell below what they expected — the firm did not meet their basic expectations at the first encounters.',
	'lifecycle.pattern.II.causes':
		'Typical cause: the customer’s expectations rose as the relationship grew, and the firm did not keep up with them.',
	'lifecycle.pattern.III.causes':
		'Typical causes: no continuing innovation, so the offer stopped delivering new value, or a relationship the customer came to feel was unfair.',
	'lifecycle.pattern.IV.causes':
		'The firm kept delivering value; the relationship usually ends for reasons outside it, such as the customer’s needs changing.',
	'lifecycle.pattern.rule':
		'A churned customer is classified by the furthest stage reached before leaving, read from spend (the stage rules) and from time: buying beyond the exploration periods leaves exploration, one window later formation, and every further period counts in stability. The further reading wins; decline does not count as progress.',

	'lifecycle.rule.grain': 'Stages are computed per {grain}.',
	'lifecycle.rule.exploration':
		'Exploration: the first {periods} periods after the first purchase, or while the customer has made purchases on at most {purchases} days.',
	'lifecycle.rule.formation':
		'Formation: average spend in the last {window} periods is more than {growth} % above the {window} periods before, and stability has not been reached yet.',
	'lifecycle.rule.stability':
		'Stability: average spend in the last {window} periods is at least {level} % of the customer’s own average spend per period since the first purchase.',
	'lifecycle.rule.decline':
		'Decline: average spend in the last {window} periods is more than {drop} % below the {window} periods before, while the customer is still active.',
	'lifecycle.rule.churned': 'Churned: no purchase for more than {days} days.',
	'lifecycle.rule.carry':
		'Otherwise the customer keeps their previous stage; a customer who comes back after churning resumes the stage they had.',
	'lifecycle.rule.late': 'Pattern IV needs at least {periods} periods in stability.',
	'lifecycle.rule.spendBasis.purchases':
		'The data has no amounts, so spend is counted as the number of purchase days.',

	'lifecycle.threshold.percentile_of_gaps':
		'Inactive after {days} days: the {percentile}th percentile of {gaps} gaps between consecutive purchases.',
	'lifecycle.threshold.given': 'Inactive after {days} days (set by you).',

	'lifecycle.cohort.title': 'Acquisition cohorts',
	'lifecycle.cohort.acquisition.firstPurchase': 'Cohort by the period of the first purchase.',
	'lifecycle.cohort.acquisition.signup': 'Cohort by the signup date from the customers data.',
	'lifecycle.cohort.period': 'Period {k} after acquisition',
	'lifecycle.cohort.notObserved': 'Not observed yet',
	'lifecycle.cohort.average': 'Average (weighted by cohort size)',
	'lifecycle.metric.retention': 'Retention (share buying in the period)',
	'lifecycle.metric.active': 'Active customers',
	'lifecycle.metric.revenue': 'Revenue per customer',
	'lifecycle.metric.cumulative': 'Cumulative revenue per customer',
	'lifecycle.grain.week': 'week',
	'lifecycle.grain.month': 'month',
	'lifecycle.grain.quarter': 'quarter',

	'lifecycle.survival.title': 'Customer survival',
	'lifecycle.survival.rule':
		'A customer has churned when the time since their last purchase exceeds the threshold. Their relationship ended at that last purchase, so its length is counted from the first purchase to the last. Customers still active are counted up to the analysis date without an end (censored).',
	'lifecycle.survival.flagRule':
		'Churn comes from the churn flag and date in the customers data; without a date, the last purchase is taken as the end.',
	'lifecycle.survival.median': 'Median lifetime: {days} days',
	'lifecycle.survival.medianNone':
		'Median lifetime not reached: more than half of the customers are still active.',
	'lifecycle.survival.band': '{percent} % confidence band (Greenwood, log-log)',
	'lifecycle.survival.days': 'Days since the first purchase',

	'lifecycle.sbg.title': 'Retention projection (shifted-beta-geometric model)',
	'lifecycle.sbg.explanation':
		'Each customer has their own chance of cancelling each period; the chances vary across customers as a beta distribution with parameters α and β. Because the customers most likely to cancel leave first, retention rises with tenure.',
	'lifecycle.sbg.alpha': 'α',
	'lifecycle.sbg.beta': 'β',
	'lifecycle.sbg.survivors': 'Survivors',
	'lifecycle.sbg.retention': 'Retention rate',

	'lifecycle.transition.new': 'New since then',
	'lifecycle.transition.title': 'Stage changes from {from} to {to}',

	'lifecycle.issue.no_transactions': 'There are no purchases before the analysis date.',
	'lifecycle.issue.too_few_periods':
		'The data cover only {periods} {grain}(s); at least two periods are needed.',
	'lifecycle.issue.no_amount': 'The data have no amount column, so revenue cannot be computed.',
	'lifecycle.issue.no_repeat_purchases':
		'Nobody bought on two different days, so the inactivity threshold cannot be derived from the data. Set it yourself.',
	'lifecycle.issue.bad_threshold':
		'The inactivity threshold must be at least one day (got {days}).',
	'lifecycle.issue.bad_percentile':
		'The percentile must be above 0 and at most 1 (got {percentile}).',
	'lifecycle.issue.bad_confidence':
		'The confidence level must be between 0 and 1 (got {confidence}).',
	'lifecycle.issue.bad_as_of': 'The analysis date is not a valid date.',
	'lifecycle.issue.bad_grain': 'Unknown period length “{grain}”: use week, month or quarter.',
	'lifecycle.issue.bad_metric': 'Unknown cohort measure “{metric}”.',
	'lifecycle.issue.bad_rules': 'The stage rule “{field}” has an invalid value.',
	'lifecycle.issue.bad_dates':
		'Pick two dates in different periods, the first earlier, both before the analysis date ({from}, {to}).',
	'lifecycle.issue.length_mismatch': 'Expected {expected} values, got {actual}.',
	'lifecycle.issue.unknown_customer': 'No such customer in the data.',
	'lifecycle.issue.bad_survivors':
		'Survivor counts must start above zero and never increase (check period {period}).',
	'lifecycle.issue.fit_failed':
		'The retention model cannot be fitted to these {periods} periods: nobody left, or everybody left at once.',
	'lifecycle.issue.fit_at_bound':
		'Parameter {param} of the retention model ran to an extreme value: the data barely determine it, so treat the projection with care.',
	'lifecycle.issue.rows_before_acquisition':
		'{count} purchase days fall before the customer’s signup date and were left out of the cohorts.',
	'lifecycle.issue.partial_last_period':
		'The last period (from {period}) is only partly observed, so its values are lower than a full period’s.'
};

const zh: Record<keyof typeof en, string> = {
	'lifecycle.title': '客户生命周期',
	'lifecycle.definition': '从与客户的第一次接触到关系结束的整个时间跨度。',

	'lifecycle.stage.exploration': '考察期',
	'lifecycle.stage.formation': '形成期',
	'lifecycle.stage.stability': '稳定期',
	'lifecycle.stage.decline': '退化期',
	'lifecycle.stage.churned': '流失',
	'lifecycle.stage.exploration.economics':
		'试探性下单，双方都有不确定性。企业投入成本争取客户，客户目前贡献很少。',
	'lifecycle.stage.formation.economics':
		'交易量快速增长，收入已超过服务成本，但还没有交叉购买和推荐。',
	'lifecycle.stage.stability.economics':
		'顶峰期：交易量最大，有交叉销售和推荐带来的收入，服务成本低。',
	'lifecycle.stage.decline.economics':
		'客户在我们这里的购买减少，而其总业务量并未下降。企业要决定是挽回还是放弃。',
	'lifecycle.stage.churned.economics':
		'按全站统一的流失规则判定客户已离开（默认：购买模型给出的存活概率低于 50%）：关系已经结束。',

	'lifecycle.fiveStage.acquisition': '获取',
	'lifecycle.fiveStage.growth': '提升',
	'lifecycle.fiveStage.maturity': '成熟',
	'lifecycle.fiveStage.decline': '衰退',
	'lifecycle.fiveStage.churn': '流失',
	'lifecycle.naming.fourStage': '四阶段（考察期、形成期、稳定期、退化期）',
	'lifecycle.naming.fiveStage': '五阶段（获取、提升、成熟、衰退、流失）',

	'lifecycle.devStage.attract': '吸引',
	'lifecycle.devStage.acquire': '获得',
	'lifecycle.devStage.manage': '管理',
	'lifecycle.devStage.retain': '保留',

	'lifecycle.curve': '客户生命曲线',
	'lifecycle.curve.explanation':
		'从每位客户被获取时算起的每期平均消费。曲线在哪里结束、升到多高，反映了关系的走向。',
	'lifecycle.pattern.I': 'I · 初期流产型',
	'lifecycle.pattern.II': 'II · 半途夭折型',
	'lifecycle.pattern.III': 'III · 提前退出型',
	'lifecycle.pattern.IV': 'IV · 长期保持型',
	'lifecycle.pattern.active': '仍活跃',
	'lifecycle.pattern.I.description': '在考察期流失，只做过试探性购买。',
	'lifecycle.pattern.II.description': '在形成期流失，购买量还在增长时就离开了。',
	'lifecycle.pattern.III.description': '进入稳定期不久就流失，刚到顶峰便离开。',
	'lifecycle.pattern.IV.description':
		'在稳定期停留到后期（{periods} 期或以上）才离开，这是企业期望的模式。',
	'lifecycle.pattern.I.causes':
		'典型原因：客户得到的价值低于预期——企业在最初的接触中没有满足其基本期望。',
	'lifecycle.pattern.II.causes': '典型原因：随着关系发展，客户的期望不断提高，企业没有跟上。',
	'lifecycle.pattern.III.causes':
		'典型原因：缺乏持续创新，产品和服务不再带来新的价值；或客户逐渐感到这段关系不公平。',
	'lifecycle.pattern.IV.causes':
		'企业持续提供价值；关系的结束通常出于外部原因，例如客户的需求发生了变化。',
	'lifecycle.pattern.rule':
		'流失客户按其离开前到达的最远阶段归类，从消费（阶段规则）和时间两方面判断：购买持续超过考察期的期数即离开考察期，再过一个窗口即完成形成期，此后每一期都计入稳定期。取走得更远的判断；退化期不算作推进。',

	'lifecycle.rule.grain': '按{grain}计算阶段。',
	'lifecycle.rule.exploration':
		'考察期：首次购买后的前 {periods} 期，或客户至今只在不超过 {purchases} 个不同的日子购买过。',
	'lifecycle.rule.formation':
		'形成期：最近 {window} 期的平均消费比之前 {window} 期高出 {growth}% 以上，且尚未进入过稳定期。',
	'lifecycle.rule.stability':
		'稳定期：最近 {window} 期的平均消费不低于客户自首次购买以来每期平均消费的 {level}%。',
	'lifecycle.rule.decline':
		'退化期：最近 {window} 期的平均消费比之前 {window} 期低 {drop}% 以上，而客户仍然活跃。',
	'lifecycle.rule.churned': '流失：超过 {days} 天没有购买。',
	'lifecycle.rule.carry': '其余情况下客户保持上一个阶段；流失后又回来的客户恢复流失前的阶段。',
	'lifecycle.rule.late': '长期保持型（IV）要求在稳定期至少 {periods} 期。',
	'lifecycle.rule.spendBasis.purchases': '数据中没有金额，因此以购买天数代替消费额。',

	'lifecycle.threshold.percentile_of_gaps':
		'{days} 天不购买即视为不活跃：取自 {gaps} 个相邻购买间隔的第 {percentile} 百分位数。',
	'lifecycle.threshold.given': '{days} 天不购买即视为不活跃（由您设定）。',

	'lifecycle.cohort.title': '同期群',
	'lifecycle.cohort.acquisition.firstPurchase': '按首次购买所在的期间划分队列。',
	'lifecycle.cohort.acquisition.signup': '按客户数据中的注册日期划分队列。',
	'lifecycle.cohort.period': '获取后第 {k} 期',
	'lifecycle.cohort.notObserved': '尚未观察到',
	'lifecycle.cohort.average': '平均值（按队列规模加权）',
	'lifecycle.metric.retention': '保留率（该期有购买的队列成员占比）',
	'lifecycle.metric.active': '活跃客户数',
	'lifecycle.metric.revenue': '每位客户的收入',
	'lifecycle.metric.cumulative': '每位客户的累计收入',
	'lifecycle.grain.week': '周',
	'lifecycle.grain.month': '月',
	'lifecycle.grain.quarter': '季度',

	'lifecycle.survival.title': '客户生存分析',
	'lifecycle.survival.rule':
		'距最后一次购买的时间超过阈值的客户视为已流失，其关系在最后一次购买时结束，因此关系长度从首次购买算到最后一次购买。仍活跃的客户计到分析日为止，结束时间未知（删失）。',
	'lifecycle.survival.flagRule':
		'流失取自客户数据中的流失标记和日期；没有日期时，以最后一次购买作为结束。',
	'lifecycle.survival.median': '生命周期中位数：{days} 天',
	'lifecycle.survival.medianNone': '尚未达到生命周期中位数：一半以上的客户仍然活跃。',
	'lifecycle.survival.band': '{percent}% 置信带（Greenwood 方差，log-log 变换）',
	'lifecycle.survival.days': '首次购买后的天数',

	'lifecycle.sbg.title': '留存预测（移位贝塔几何模型）',
	'lifecycle.sbg.explanation':
		'每位客户每期都有自己的退订概率；这些概率在客户之间服从参数为 α、β 的贝塔分布。由于最容易退订的客户先离开，保留率随客户在网时间增加而上升。',
	'lifecycle.sbg.alpha': 'α',
	'lifecycle.sbg.beta': 'β',
	'lifecycle.sbg.survivors': '存留客户数',
	'lifecycle.sbg.retention': '保留率',

	'lifecycle.transition.new': '此后新增',
	'lifecycle.transition.title': '从 {from} 到 {to} 的阶段变化',

	'lifecycle.issue.no_transactions': '分析日之前没有任何购买。',
	'lifecycle.issue.too_few_periods': '数据只覆盖 {periods} 个{grain}，至少需要两期。',
	'lifecycle.issue.no_amount': '数据中没有金额列，无法计算收入。',
	'lifecycle.issue.no_repeat_purchases':
		'没有客户在两个不同的日子购买过，无法从数据推算不活跃阈值，请手动设定。',
	'lifecycle.issue.bad_threshold': '不活跃阈值至少为一天（收到 {days}）。',
	'lifecycle.issue.bad_percentile': '百分位数须大于 0 且不超过 1（收到 {percentile}）。',
	'lifecycle.issue.bad_confidence': '置信水平须在 0 和 1 之间（收到 {confidence}）。',
	'lifecycle.issue.bad_as_of': '分析日期无效。',
	'lifecycle.issue.bad_grain': '未知的期间长度“{grain}”：请用周、月或季度。',
	'lifecycle.issue.bad_metric': '未知的队列指标“{metric}”。',
	'lifecycle.issue.bad_rules': '阶段规则“{field}”的取值无效。',
	'lifecycle.issue.bad_dates':
		'请选择位于不同期间的两个日期，前者较早，且都在分析日之前（{from}，{to}）。',
	'lifecycle.issue.length_mismatch': '应有 {expected} 个值，收到 {actual} 个。',
	'lifecycle.issue.unknown_customer': '数据中没有这位客户。',
	'lifecycle.issue.bad_survivors': '存留人数须从大于零开始且不能增加（请检查第 {period} 期）。',
	'lifecycle.issue.fit_failed':
		'无法用这 {periods} 期数据拟合留存模型：没有人离开，或所有人一次性离开。',
	'lifecycle.issue.fit_at_bound':
		'留存模型的参数 {param} 取到了极端值：数据几乎无法确定它，请谨慎看待预测结果。',
	'lifecycle.issue.rows_before_acquisition': '有 {count} 个购买日早于客户的注册日期，未计入队列。',
	'lifecycle.issue.partial_last_period':
		'最后一期（从 {period} 起）只观察到一部分，其数值会低于完整的一期。'
};

export const lifecycleMessages = { en, zh };
