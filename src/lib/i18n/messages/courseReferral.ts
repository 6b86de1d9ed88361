// Messages of the Referral value & loyalty kinds view (issue 18): referral value beside
// customer value (§1) and the seven loyalty kinds with why each is fragile or not (§5).

const en = {
	'nav.referral': 'Referral & loyalty kinds',
	'home.cards.referral':
		'Who is worth more for whom they bring than for what they buy, and why each customer stays: the seven loyalty kinds.',
	'referralView.intro':
		'A customer who buys little but brings many others can be worth more than a big buyer. And why a customer stays decides how fragile their loyalty is.',
	'referralView.need.title': 'Transactions or a survey are needed',
	'referralView.need.text':
		'Referral value needs transactions and either referred-by links in the customer file (referred_by / 介绍人编号) or a survey count of people told. Loyalty kinds need survey answers.',
	'referralView.method.title': 'Referral value: method and assumptions',
	'referralView.method.links':
		'Referral value = credit × the net revenue to date of every customer this customer brought in (from the referred-by links in the customer file). Customer value here is net revenue to date (historical value).',
	'referralView.method.survey':
		'No referred-by links: referral value = people the respondent says they told × the share who became customers (conversion) × credit × the mean value of a customer.',
	'referralView.method.assumptions':
		'Assumptions: a referred customer has one referrer; “credit” is the share of referred customers who would not have come otherwise (100 % gives the referrer all of it); future purchases and second-generation referrals are not counted.',
	'referralView.credit': 'Credit for the referrer',
	'referralView.conversion': 'Conversion of people told',
	'referralView.summary':
		'{referred} customers came through a referral; a referred customer is worth {mean} on average. Ranked by value + referral value, {moved} customers move up a pyramid tier.',
	'referralView.quadrant.title': 'Customer value × referral value',
	'referralView.quadrant.subtitle':
		'High = above the mean (value {clv}, referral value {referral}); both axes log10',
	'referralView.quadrant.x': 'Customer value (log10 net revenue)',
	'referralView.quadrant.y': 'Referral value (log10)',
	'referralView.quad.both': 'Buys and promotes',
	'referralView.quad.buyer': 'Buys, promotes little',
	'referralView.quad.promoter': 'Buys little, promotes a lot',
	'referralView.quad.neither': 'Neither',
	'referralView.promoters.title': 'Buys little, promotes a lot',
	'referralView.promoters.subtitle': 'The customers a value-only ranking would overlook',
	'referralView.pyramid.title': 'The pyramid ranked by value + referral value',
	'referralView.pyramid.roseInto': 'Rose into it when referrals count',
	'referralView.pyramid.note': '{moved} customers rise by at least one tier when referrals count.',
	'referralView.col.quadrant': 'Quadrant',
	'referralView.col.value': 'Value',
	'referralView.col.referred': 'Brought in',
	'referralView.col.referral': 'Referral value',
	'referralView.col.repurchase': 'Bought again within {days, plural, one {# day} other {# days}}',
	'referralView.col.fragility': 'Why they stay, and how fragile it is',
	'referralView.missing.no_customers': 'Needs a customer file.',
	'referralView.missing.no_links':
		'No referred-by column in the customers and no survey count of people told (referrals / 介绍人数).',
	'referralView.missing.no_transactions': 'Needs transactions with amounts to value customers.',
	'referralView.missing.no_survey': 'Needs survey answers.',
	'referralView.missing.no_items':
		'The survey has none of the items the rules read (alternatives, ties, trust, recommendation, rewards, low prices, repurchase, wallet share).',
	'referralView.loyalty.title': 'The seven loyalty kinds',
	'referralView.loyalty.subtitle':
		'{n} respondents; {unassigned} fit no rule; {overlapping} fit more than one (the first wins)',
	'referralView.loyalty.kind': 'Loyalty kind',
	'referralView.loyalty.conditions': 'Rule (all must hold)',
	'referralView.loyalty.assigned': 'Assigned',
	'referralView.loyalty.matched': 'Matched',
	'referralView.loyalty.and': 'and',
	'referralView.loyalty.item': 'Item',
	'referralView.loyalty.op': 'Comparison',
	'referralView.loyalty.value': 'Threshold',
	'referralView.loyalty.reset': 'Reset the rules',
	'referralView.loyalty.missingItems': 'The survey lacks {items}: this rule never matches.',
	'referralView.loyalty.columns': 'Columns read: {list}',
	'referralView.kind.monopoly': 'Monopoly loyalty',
	'referralView.kind.kinship': 'Kinship loyalty',
	'referralView.kind.superValue': 'Super-value (trust) loyalty',
	'referralView.kind.incentive': 'Incentive loyalty',
	'referralView.kind.price': 'Price loyalty',
	'referralView.kind.inertia': 'Inertia (convenience) loyalty',
	'referralView.kind.latent': 'Latent loyalty',
	'referralView.kind.none': 'No kind (no rule fits)',
	'referralView.item.alternatives': 'Alternatives available (1–7)',
	'referralView.item.ties': 'Relationship ties (1–7)',
	'referralView.item.trust': 'Trust (1–7)',
	'referralView.item.recommend': 'Recommendation (0–10)',
	'referralView.item.rewards': 'Rewards use (1–7)',
	'referralView.item.bargain': 'Low prices matter (1–7)',
	'referralView.item.repurchase': 'Repurchase intention (1–7)',
	'referralView.item.walletShare': 'Wallet share (%)',
	'referralView.fragility.monopoly':
		'Stays because there is no real choice. Gone the day a rival opens nearby: very fragile, and resentful.',
	'referralView.fragility.kinship':
		'Stays for family or friends. Stable while the tie lasts, but buys little beyond it and rarely recommends.',
	'referralView.fragility.superValue':
		'Stays because they trust us and get more value than elsewhere. Recommends us: the loyalty a firm wants, the least fragile.',
	'referralView.fragility.incentive':
		'Stays for points and rewards. Leaves when the programme ends or a rival pays more: fragile and costly.',
	'referralView.fragility.price':
		'Stays while we are cheapest. Any cheaper offer wins them: the most fragile.',
	'referralView.fragility.inertia':
		'Buys again out of habit or convenience, without liking us. Stays until something easier appears.',
	'referralView.fragility.latent':
		'Likes us but buys little here (budget, distance, need). Worth removing the obstacle: could become super-value loyalty.',
	'referralView.fragility.none':
		'No rule fits: edit the thresholds or accept that not everyone is loyal.'
};

const zh: Record<keyof typeof en, string> = {
	'nav.referral': '推荐价值与忠诚类型',
	'home.cards.referral': '谁带来的客户比自己买的更值钱，以及客户为什么留下：七种忠诚类型。',
	'referralView.intro':
		'一位自己买得不多、却介绍了很多人的客户，可能比大买家更有价值。客户为什么留下，决定了其忠诚有多脆弱。',
	'referralView.need.title': '需要交易记录或调查',
	'referralView.need.text':
		'推荐价值需要交易记录，以及客户资料中的介绍人（referred_by / 介绍人编号）或调查中的介绍人数。忠诚类型需要调查答案。',
	'referralView.method.title': '推荐价值：方法与假设',
	'referralView.method.links':
		'推荐价值 = 归属比例 × 该客户介绍来的每位客户迄今的净收入（来自客户资料中的介绍人）。这里的客户价值为迄今净收入（历史价值）。',
	'referralView.method.survey':
		'没有介绍人链接：推荐价值 = 受访者自称介绍的人数 × 成为客户的比例（转化率）× 归属比例 × 客户平均价值。',
	'referralView.method.assumptions':
		'假设：每位被介绍客户只有一位介绍人；“归属比例”是被介绍客户中若无介绍就不会来的比例（100% 表示全部归于介绍人）；不计未来购买和二次介绍。',
	'referralView.credit': '归于介绍人的比例',
	'referralView.conversion': '被介绍者的转化率',
	'referralView.summary':
		'{referred} 位客户经介绍而来；每位被介绍客户平均价值 {mean}。按“价值 + 推荐价值”排序，{moved} 位客户在金字塔中上升一层。',
	'referralView.quadrant.title': '客户价值 × 推荐价值',
	'referralView.quadrant.subtitle':
		'高 = 高于平均值（价值 {clv}，推荐价值 {referral}）；两轴均为 log10',
	'referralView.quadrant.x': '客户价值（log10 净收入）',
	'referralView.quadrant.y': '推荐价值（log10）',
	'referralView.quad.both': '既买又推荐',
	'referralView.quad.buyer': '买得多、推荐少',
	'referralView.quad.promoter': '买得少、推荐多',
	'referralView.quad.neither': '两者都不高',
	'referralView.promoters.title': '买得少、推荐多',
	'referralView.promoters.subtitle': '只按价值排序时会被忽略的客户',
	'referralView.pyramid.title': '按“价值 + 推荐价值”排列的金字塔',
	'referralView.pyramid.roseInto': '计入推荐后升入本层',
	'referralView.pyramid.note': '计入推荐后，{moved} 位客户至少上升一层。',
	'referralView.col.quadrant': '象限',
	'referralView.col.value': '价值',
	'referralView.col.referred': '介绍来的客户',
	'referralView.col.referral': '推荐价值',
	'referralView.col.repurchase': '{days} 天内再次购买',
	'referralView.col.fragility': '为什么留下，有多脆弱',
	'referralView.missing.no_customers': '需要客户资料。',
	'referralView.missing.no_links':
		'客户资料中没有介绍人列，调查中也没有介绍人数（referrals / 介绍人数）。',
	'referralView.missing.no_transactions': '需要带金额的交易记录来衡量客户价值。',
	'referralView.missing.no_survey': '需要调查答案。',
	'referralView.missing.no_items':
		'调查中没有规则所需的题项（可选替代、关系纽带、信任、推荐、积分奖励、看重低价、重复购买、客户份额）。',
	'referralView.loyalty.title': '七种忠诚类型',
	'referralView.loyalty.subtitle':
		'{n} 位受访者；{unassigned} 位不符合任何规则；{overlapping} 位符合多条规则（以第一条为准）',
	'referralView.loyalty.kind': '忠诚类型',
	'referralView.loyalty.conditions': '规则（须全部满足）',
	'referralView.loyalty.assigned': '归入',
	'referralView.loyalty.matched': '符合',
	'referralView.loyalty.and': '且',
	'referralView.loyalty.item': '题项',
	'referralView.loyalty.op': '比较',
	'referralView.loyalty.value': '阈值',
	'referralView.loyalty.reset': '恢复默认规则',
	'referralView.loyalty.missingItems': '调查中缺少 {items}：此规则不会匹配任何人。',
	'referralView.loyalty.columns': '读取的列：{list}',
	'referralView.kind.monopoly': '垄断忠诚',
	'referralView.kind.kinship': '亲缘忠诚',
	'referralView.kind.superValue': '超值忠诚（信任）',
	'referralView.kind.incentive': '激励忠诚',
	'referralView.kind.price': '价格忠诚',
	'referralView.kind.inertia': '惰性忠诚（方便）',
	'referralView.kind.latent': '潜在忠诚',
	'referralView.kind.none': '无类型（不符合任何规则）',
	'referralView.item.alternatives': '可选替代（1–7）',
	'referralView.item.ties': '关系纽带（1–7）',
	'referralView.item.trust': '信任（1–7）',
	'referralView.item.recommend': '推荐意向（0–10）',
	'referralView.item.rewards': '积分奖励使用（1–7）',
	'referralView.item.bargain': '看重低价（1–7）',
	'referralView.item.repurchase': '重复购买意向（1–7）',
	'referralView.item.walletShare': '客户份额（%）',
	'referralView.fragility.monopoly':
		'因为别无选择而留下。竞争者一出现就会离开：非常脆弱，而且心怀不满。',
	'referralView.fragility.kinship': '因为亲友关系而留下。关系在就稳定，但很少多买，也很少推荐。',
	'referralView.fragility.superValue':
		'因为信任我们、在这里得到更高价值而留下，并向他人推荐：企业最想要的忠诚，最不脆弱。',
	'referralView.fragility.incentive':
		'为积分和奖励而留下。计划结束或对手给得更多就会离开：脆弱且代价高。',
	'referralView.fragility.price': '因为我们最便宜而留下。任何更便宜的报价都能把他们带走：最脆弱。',
	'referralView.fragility.inertia':
		'出于习惯或方便而重复购买，并不喜欢我们。直到出现更方便的选择为止。',
	'referralView.fragility.latent':
		'喜欢我们但在这里买得少（预算、距离、需求）。值得消除障碍：可能成为超值忠诚。',
	'referralView.fragility.none': '不符合任何规则：可以调整阈值，或接受并非人人都忠诚。'
};

export const courseReferral = { en, zh };
