// Messages of the value pyramid's third basis, predicted lifetime value + referral value
// (issue 18, §1 "buys little, promotes a lot"): its name, the method note and why it can be
// unavailable. Used by the Segments page and cli pyramid --basis clv-referral.

const en = {
	'segments.value.basis.clvReferral': 'predicted lifetime value + referral value',
	'segmentsView.value.basisWhy.clvReferral':
		'Predicted lifetime value plus the predicted lifetime value of the customers each one brought in.',
	'segmentsView.value.basisClvReferral':
		'Method: each customer’s predicted lifetime value ({model}, {months, plural, one {# month} other {# months}} ahead from {date}) plus their referral value = credit {credit} × the predicted lifetime value of every customer who names them in “{column}”. {referrers, plural, one {# customer} other {# customers}} brought in {referred} others. Assumptions: each referred customer has one referrer and would not have come otherwise; referrals of referrals are not added. A referred customer’s value counts for them and again for their referrer, so tier shares on this basis are shares of a total that counts referred customers twice: read the ranking, not the total.',
	'segmentsView.value.clvReferralUnavailable':
		'Lifetime value + referral value needs a fitted lifetime-value model and a customers file with referred-by links (referred_by / 介绍人编号) chosen as the customers dataset; {basis} is used instead.'
};

const zh: typeof en = {
	'segments.value.basis.clvReferral': '预测客户终生价值+推荐价值',
	'segmentsView.value.basisWhy.clvReferral':
		'预测的客户终生价值，加上该客户介绍来的客户的预测终生价值。',
	'segmentsView.value.basisClvReferral':
		'方法：每位客户的预测终生价值（{model}，从 {date} 起预测未来 {months} 个月），加上其推荐价值 = 归于介绍人的比例 {credit} × 在“{column}”中填写该客户的每位客户的预测终生价值。共有 {referrers} 位客户介绍来 {referred} 位客户。假设：每位被介绍的客户只有一位介绍人，且没有介绍便不会到来；不计介绍来的客户再介绍的客户。被介绍客户的价值既计入其本人，又计入其介绍人，因此按此依据的各层价值占比是对重复计算后总额的占比：请看排序，而不是总额。',
	'segmentsView.value.clvReferralUnavailable':
		'“客户终生价值+推荐价值”需要已拟合的终生价值模型，以及含介绍人链接（referred_by / 介绍人编号）并被选为客户数据集的客户文件；因此改用{basis}。'
};

export const pyramidReferral = { en, zh };
