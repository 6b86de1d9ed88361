// User-facing text of the satisfaction–loyalty module, English and 简体中文, flat key → string.
// Keys are 'satisfaction.' + the engine's stable result keys: construct.<Construct>, zone.<Zone>,
// ipa.<IpaQuadrant>, curvature.<Curvature>, trap.<verdict>, issue.<SatisfactionIssueCode>,
// warning.<ItemWarning>, caveat.<topic> (the prefix keeps them apart in the merged dictionary).

const en = {
	'satisfaction.construct.satisfaction': 'Satisfaction',
	'satisfaction.construct.basicSatisfaction': 'Satisfaction of basic expectations',
	'satisfaction.construct.latentSatisfaction': 'Satisfaction of latent expectations',
	'satisfaction.construct.repurchase': 'Repurchase intention',
	'satisfaction.construct.crossBuying': 'Cross-buying intention',
	'satisfaction.construct.recommendation': 'Recommendation intention',
	'satisfaction.construct.priceTolerance': 'Price tolerance',
	'satisfaction.construct.loyalty': 'Stated loyalty (measure not specified)',
	'satisfaction.construct.perceivedValue': 'Perceived value',
	'satisfaction.construct.trust': 'Trust',
	'satisfaction.construct.switchingCost': 'Switching cost',
	'satisfaction.construct.complaint': 'Complaints',
	'satisfaction.construct.image': 'Image',
	'satisfaction.construct.quality': 'Perceived quality',
	'satisfaction.construct.expectations': 'Expectations',
	'satisfaction.block.loyalty': 'Loyalty (the loyalty measures together)',

	'satisfaction.zone.apostle': 'Apostles',
	'satisfaction.zone.loyalist': 'Loyalists',
	'satisfaction.zone.mercenary': 'Mercenaries',
	'satisfaction.zone.hostage': 'Hostages',
	'satisfaction.zone.defector': 'Defectors',
	'satisfaction.zone.terrorist': 'Terrorists',
	'satisfaction.zone.missing': 'Not placed (satisfaction or loyalty missing)',
	'satisfaction.zone.apostle.about':
		'Very satisfied and very loyal: they buy again and speak for you.',
	'satisfaction.zone.loyalist.about': 'Satisfied and loyal: the customers to keep and to grow.',
	'satisfaction.zone.mercenary.about':
		'Satisfied but not loyal: they leave for a better price or offer.',
	'satisfaction.zone.hostage.about':
		'Loyal without being satisfied: held by switching costs or a lack of choice; they leave when they can.',
	'satisfaction.zone.defector.about': 'Neither satisfied nor loyal: they are leaving or have left.',
	'satisfaction.zone.terrorist.about':
		'Very dissatisfied and disloyal: they leave and tell others about their bad experience.',
	'satisfaction.quadrants.thresholds':
		'Satisfaction is high from {satisfactionHigh} of 10 and loyalty from {loyaltyHigh} of 10 (a score exactly on a line counts as high). Apostles are at least {apostleMin} on both, terrorists at most {terroristMax} on both.',

	'satisfaction.nps.title': 'Net Promoter Score',
	'satisfaction.nps.promoters': 'Promoters (9–10)',
	'satisfaction.nps.passives': 'Passives (7–8)',
	'satisfaction.nps.detractors': 'Detractors (0–6)',
	'satisfaction.nps.score': 'NPS = % promoters − % detractors',
	'satisfaction.nps.ci': '95 % confidence interval: {low} to {high}',

	'satisfaction.ipa.concentrate_here': 'Concentrate here',
	'satisfaction.ipa.keep_up_good_work': 'Keep up the good work',
	'satisfaction.ipa.low_priority': 'Low priority',
	'satisfaction.ipa.possible_overkill': 'Possible overkill',
	'satisfaction.ipa.split':
		'Quadrants split at the mean importance and the mean performance of all drivers.',
	'satisfaction.importance.relativeWeight': 'Relative weight (share of R²)',
	'satisfaction.importance.correlation': 'Correlation with the target',
	'satisfaction.importance.beta': 'Standardized regression coefficient',
	'satisfaction.importance.performance': 'Performance (mean score)',

	'satisfaction.curvature.diminishing':
		'Diminishing returns: each extra point of satisfaction adds less loyalty',
	'satisfaction.curvature.increasing':
		'Increasing returns: each extra point of satisfaction adds more loyalty',
	'satisfaction.curvature.linear': 'No clear bend: the curve cannot be told from a straight line',
	'satisfaction.curve.basic': 'Loyalty and satisfaction of basic expectations',
	'satisfaction.curve.latent': 'Loyalty and satisfaction of latent expectations',
	'satisfaction.curve.both': 'Both curves against average loyalty',
	'satisfaction.curve.averageLoyalty': 'Average loyalty',
	'satisfaction.curve.marginal':
		'Extra loyalty per satisfaction point: {low} at {lowAt}, {high} at {highAt}',
	'satisfaction.trap.trap':
		'Satisfaction trap: basic satisfaction is already high, but loyalty has flattened near the average.',
	'satisfaction.trap.no_trap': 'No satisfaction trap by our definition.',
	'satisfaction.trap.definition':
		'We call it a trap when the basic curve bends down (diminishing returns), the median basic satisfaction is at least {highSatisfaction} of 10, the slope at the 90th percentile is at most {flatShare} of the slope at the 10th percentile, and the fitted loyalty there is within {nearAverage} point of average loyalty.',
	'satisfaction.trap.check.concave': 'The curve shows diminishing returns',
	'satisfaction.trap.check.satisfied': 'Most customers are already satisfied with the basics',
	'satisfaction.trap.check.flattened': 'The curve has flattened at high satisfaction',
	'satisfaction.trap.check.nearAverage': 'Loyalty at high satisfaction is close to the average',
	'satisfaction.completelySatisfied.ratio':
		'Completely satisfied customers (top box) repurchase {ratio} times as often as satisfied ones (the box below).',

	'satisfaction.behaviour.statedVsActual': 'Stated loyalty and actual repurchase after the survey',
	'satisfaction.behaviour.crossTab.loyalRepurchased': 'Said loyal, bought again',
	'satisfaction.behaviour.crossTab.loyalNot': 'Said loyal, did not buy again',
	'satisfaction.behaviour.crossTab.notLoyalRepurchased': 'Did not say loyal, bought again',
	'satisfaction.behaviour.crossTab.notLoyalNot': 'Did not say loyal, did not buy again',

	'satisfaction.warning.low_item_rest':
		'{item} hardly moves with the other items (item–rest r = {r}); it may measure something else.',
	'satisfaction.warning.alpha_rises_if_deleted':
		"Cronbach's alpha rises from {alpha} to {alphaIfDeleted} without {item}.",

	'satisfaction.caveat.switchingCost':
		'Switching cost is expected to raise repurchase intention and price tolerance, not cross-buying or recommendation: customers stay because leaving is costly, not because they like the firm (hostages).',
	'satisfaction.caveat.constructScore':
		'Construct scores are the mean of the answered items after putting every item on 0–10: (answer − scale minimum) / (scale maximum − scale minimum) × 10.',
	'satisfaction.caveat.scaleAmbiguous':
		'The answers do not settle the scale of {item} (seen {min}–{max}); we assumed {scale}. Please confirm.',
	'satisfaction.caveat.notNps':
		'NPS is defined only for a 0–10 "how likely are you to recommend" question. A 1–10 or 1–5 item has no honest NPS.',
	'satisfaction.caveat.behaviouralQuadrants':
		'With behaviour on the loyalty axis (bought again or not) there is no "very loyal", so apostles and terrorists are not separated.',
	'satisfaction.caveat.priceTolerance':
		'Price-tolerance items often correlate weakly with the other loyalty items (in the ECSI mobile-phone survey the loyalty alpha is about 0.44 with it, 0.70 without it).',

	'satisfaction.issue.empty_item': 'The item {item} has no answers.',
	'satisfaction.issue.unknown_scale':
		'The answers of {item} fit none of the scales 0–10, 1–5, 1–7, 1–10 or 0–100.',
	'satisfaction.issue.too_few_items': 'At least two items are needed.',
	'satisfaction.issue.too_few_respondents': 'Too few complete answers ({n}) to compute this.',
	'satisfaction.issue.zero_variance': 'The answers do not vary, so this cannot be computed.',
	'satisfaction.issue.nps_wrong_scale':
		'NPS needs a 0–10 recommendation item; {item} looks like {scale}. If it really is 0–10, declare the scale.',
	'satisfaction.issue.nps_empty': 'There are no respondents for NPS.',
	'satisfaction.issue.nps_all_missing': 'Every answer to the recommendation item is missing.',
	'satisfaction.issue.invalid_thresholds':
		'The zone lines do not fit together: the apostle line must be at or above the high lines and the terrorist line below them.',
	'satisfaction.issue.construct_missing': 'No item is mapped to {item}.',
	'satisfaction.issue.collinear_predictors':
		'Some drivers carry the same information (perfectly correlated); remove one.',
	'satisfaction.issue.length_mismatch': 'The columns have different lengths.',
	'satisfaction.issue.no_customer_ids':
		'The survey has no customer id column, so it cannot be joined to purchases.',
	'satisfaction.issue.no_matching_ids':
		'None of the survey customer ids occurs in the purchase data. Check that the ids are written the same way.',
	'satisfaction.issue.empty_box':
		'Nobody answered {item} on satisfaction, so the two boxes cannot be compared.',
	'satisfaction.issue.too_few_levels':
		'Satisfaction takes fewer than three different values, so no curve can be fitted.',
	'satisfaction.issue.unknown_construct': 'The mapping for {item} names an unknown construct.'
};

const zh: Record<keyof typeof en, string> = {
	'satisfaction.construct.satisfaction': '客户满意度',
	'satisfaction.construct.basicSatisfaction': '基本期望满意度',
	'satisfaction.construct.latentSatisfaction': '潜在期望满意度',
	'satisfaction.construct.repurchase': '重复购买意向',
	'satisfaction.construct.crossBuying': '交叉购买意向',
	'satisfaction.construct.recommendation': '推荐意向',
	'satisfaction.construct.priceTolerance': '价格忍耐力',
	'satisfaction.construct.loyalty': '客户忠诚（未指明衡量指标）',
	'satisfaction.construct.perceivedValue': '客户认知价值',
	'satisfaction.construct.trust': '客户信任',
	'satisfaction.construct.switchingCost': '转移成本',
	'satisfaction.construct.complaint': '客户投诉',
	'satisfaction.construct.image': '企业形象',
	'satisfaction.construct.quality': '感知质量',
	'satisfaction.construct.expectations': '客户期望',
	'satisfaction.block.loyalty': '客户忠诚（各忠诚指标合计）',

	'satisfaction.zone.apostle': '热心的追随者',
	'satisfaction.zone.loyalist': '忠诚者',
	'satisfaction.zone.mercenary': '唯利是图者',
	'satisfaction.zone.hostage': '不自主者',
	'satisfaction.zone.defector': '背叛者',
	'satisfaction.zone.terrorist': '恐怖分子',
	'satisfaction.zone.missing': '未归类（缺少满意度或忠诚度）',
	'satisfaction.zone.apostle.about': '非常满意且非常忠诚：持续购买并主动为企业说好话。',
	'satisfaction.zone.loyalist.about': '满意且忠诚：企业要保持并发展的客户。',
	'satisfaction.zone.mercenary.about': '满意但不忠诚：一有更低的价格或更好的条件就会离开。',
	'satisfaction.zone.hostage.about': '忠诚却不满意：被转移成本或缺少选择所束缚，一有机会就会离开。',
	'satisfaction.zone.defector.about': '既不满意也不忠诚：正在流失或已经流失。',
	'satisfaction.zone.terrorist.about': '非常不满意且不忠诚：不仅离开，还向他人传播负面体验。',
	'satisfaction.quadrants.thresholds':
		'满意度达到 {satisfactionHigh} 分（满分 10 分）为高，忠诚度达到 {loyaltyHigh} 分为高（恰好落在分界线上算作高）。两者都不低于 {apostleMin} 分为热心的追随者，两者都不高于 {terroristMax} 分为恐怖分子。',

	'satisfaction.nps.title': '净推荐值（NPS）',
	'satisfaction.nps.promoters': '推荐者（9–10 分）',
	'satisfaction.nps.passives': '被动者（7–8 分）',
	'satisfaction.nps.detractors': '贬损者（0–6 分）',
	'satisfaction.nps.score': 'NPS = 推荐者百分比 − 贬损者百分比',
	'satisfaction.nps.ci': '95% 置信区间：{low} 至 {high}',

	'satisfaction.ipa.concentrate_here': '重点改进区',
	'satisfaction.ipa.keep_up_good_work': '继续保持区',
	'satisfaction.ipa.low_priority': '低优先区',
	'satisfaction.ipa.possible_overkill': '过度投入区',
	'satisfaction.ipa.split': '以全部驱动因素重要性的平均值和表现的平均值划分四个象限。',
	'satisfaction.importance.relativeWeight': '相对权重（占 R² 的份额）',
	'satisfaction.importance.correlation': '与目标变量的相关系数',
	'satisfaction.importance.beta': '标准化回归系数',
	'satisfaction.importance.performance': '表现（平均得分）',

	'satisfaction.curvature.diminishing': '边际效用递减：满意度每提高一分，忠诚度的增加越来越少',
	'satisfaction.curvature.increasing': '边际效用递增：满意度每提高一分，忠诚度的增加越来越多',
	'satisfaction.curvature.linear': '无明显弯曲：与直线无法区分',
	'satisfaction.curve.basic': '忠诚度与基本期望满意度',
	'satisfaction.curve.latent': '忠诚度与潜在期望满意度',
	'satisfaction.curve.both': '两条曲线与平均忠诚度',
	'satisfaction.curve.averageLoyalty': '平均忠诚度',
	'satisfaction.curve.marginal':
		'满意度每提高一分带来的忠诚度增量：{lowAt} 处为 {low}，{highAt} 处为 {high}',
	'satisfaction.trap.trap': '客户满意陷阱：基本期望满意度已经很高，但忠诚度在平均水平附近停滞。',
	'satisfaction.trap.no_trap': '按本定义未发现客户满意陷阱。',
	'satisfaction.trap.definition':
		'判定为陷阱需同时满足：基本期望曲线呈边际效用递减；基本期望满意度的中位数不低于 {highSatisfaction} 分（满分 10 分）；第 90 百分位处的斜率不超过第 10 百分位处斜率的 {flatShare}；且该处的拟合忠诚度与平均忠诚度相差不超过 {nearAverage} 分。',
	'satisfaction.trap.check.concave': '曲线呈边际效用递减',
	'satisfaction.trap.check.satisfied': '多数客户对基本期望已经满意',
	'satisfaction.trap.check.flattened': '高满意度处曲线已趋于平缓',
	'satisfaction.trap.check.nearAverage': '高满意度处的忠诚度接近平均水平',
	'satisfaction.completelySatisfied.ratio':
		'完全满意的客户（最高档）的重复购买率是满意客户（次高档）的 {ratio} 倍。',

	'satisfaction.behaviour.statedVsActual': '调查中表达的忠诚与调查后的实际重复购买',
	'satisfaction.behaviour.crossTab.loyalRepurchased': '表示忠诚，且再次购买',
	'satisfaction.behaviour.crossTab.loyalNot': '表示忠诚，但未再次购买',
	'satisfaction.behaviour.crossTab.notLoyalRepurchased': '未表示忠诚，但再次购买',
	'satisfaction.behaviour.crossTab.notLoyalNot': '未表示忠诚，也未再次购买',

	'satisfaction.warning.low_item_rest':
		'{item} 与其余题项几乎不相关（题项–其余相关 r = {r}），可能测量的是别的内容。',
	'satisfaction.warning.alpha_rises_if_deleted':
		'删除 {item} 后，克朗巴哈 α 系数从 {alpha} 升至 {alphaIfDeleted}。',

	'satisfaction.caveat.switchingCost':
		'转移成本只影响重复购买意向和价格忍耐力，而不影响交叉购买意向和推荐意向：客户留下是因为离开代价高，而不是因为喜欢企业（不自主者）。',
	'satisfaction.caveat.constructScore':
		'构念得分是已作答题项的平均值，每个题项先换算到 0–10 分：（答案 − 量表最小值）÷（量表最大值 − 量表最小值）× 10。',
	'satisfaction.caveat.scaleAmbiguous':
		'仅凭答案无法确定 {item} 的量表（观测范围 {min}–{max}），暂按 {scale} 处理，请确认。',
	'satisfaction.caveat.notNps':
		'NPS 只适用于 0–10 分的“您向他人推荐的可能性有多大”问题，1–10 分或 1–5 分的题项不能计算 NPS。',
	'satisfaction.caveat.behaviouralQuadrants':
		'以实际行为（是否再次购买）作为忠诚度时无法区分“非常忠诚”，因此不单独划出热心的追随者和恐怖分子。',
	'satisfaction.caveat.priceTolerance':
		'价格忍耐力题项往往与其他忠诚题项相关性很弱（在 ECSI 手机调查中，忠诚度的 α 系数含该题约为 0.44，去掉后约为 0.70）。',

	'satisfaction.issue.empty_item': '题项 {item} 没有任何答案。',
	'satisfaction.issue.unknown_scale':
		'{item} 的答案不符合 0–10、1–5、1–7、1–10 或 0–100 中的任何量表。',
	'satisfaction.issue.too_few_items': '至少需要两个题项。',
	'satisfaction.issue.too_few_respondents': '完整答卷太少（{n} 份），无法计算。',
	'satisfaction.issue.zero_variance': '答案没有变化，无法计算。',
	'satisfaction.issue.nps_wrong_scale':
		'NPS 需要 0–10 分的推荐意向题项；{item} 看起来是 {scale} 量表。如果确实是 0–10 分，请手动指定量表。',
	'satisfaction.issue.nps_empty': '没有可用于计算 NPS 的受访者。',
	'satisfaction.issue.nps_all_missing': '推荐意向题项的答案全部缺失。',
	'satisfaction.issue.invalid_thresholds':
		'分界线设置不一致：热心的追随者分界线须不低于“高”分界线，恐怖分子分界线须低于“高”分界线。',
	'satisfaction.issue.construct_missing': '没有题项被对应到 {item}。',
	'satisfaction.issue.collinear_predictors':
		'部分驱动因素包含完全相同的信息（完全相关），请删除其中之一。',
	'satisfaction.issue.length_mismatch': '各列长度不一致。',
	'satisfaction.issue.no_customer_ids': '调查数据没有客户编号列，无法与购买数据关联。',
	'satisfaction.issue.no_matching_ids':
		'调查中的客户编号在购买数据中一个也找不到，请检查编号的写法是否一致。',
	'satisfaction.issue.empty_box': '满意度为 {item} 的受访者为零，无法比较两个档次。',
	'satisfaction.issue.too_few_levels': '满意度的不同取值少于三个，无法拟合曲线。',
	'satisfaction.issue.unknown_construct': '{item} 对应的构念名称无法识别。'
};

export const satisfactionMessages = { en, zh };
