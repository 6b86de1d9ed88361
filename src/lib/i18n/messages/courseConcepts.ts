// Concept cards for the course topics the app did not cover yet (CONCEPTS.md and the textbook
// chapters of issue 24): each `concept.<key>.title|definition|why|how|mistakes` in en and zh.
// Cards for topics without data of their own say where they apply instead of what is computed.

export const courseConceptMessages = {
	en: {
		'concept.valueHierarchy.title': 'Customer value hierarchy and perceived value',
		'concept.valueHierarchy.definition':
			'Woodruff’s hierarchy (Fig. 2-2): customers want goals (what they want to achieve), judge the results of use (the consequences they get) and choose by attributes (the features and performance of the product). Perceived value has four everyday meanings (Zeithaml): value is low price; value is whatever I want in a product; value is the quality I get for the price I pay; value is what I get for what I give.',
		'concept.valueHierarchy.why':
			'Firms compete on attributes while customers buy goals: a product can win on every specification and still lose if it does not serve what the customer is trying to achieve.',
		'concept.valueHierarchy.how':
			'A classroom idea: ask what goal, result and attribute each survey item measures. The delivered-value simulation on this page weighs total customer value against total customer cost.',
		'concept.valueHierarchy.mistakes':
			'Reading value as price only. Measuring attributes and assuming the goals follow.',

		'concept.pyramidLessons.title': 'What the value pyramid tells the firm',
		'concept.pyramidLessons.definition':
			'Three lessons: keep the top tier and win more customers like it; raise the profitability of the middle tiers; for unprofitable customers find the cause, then change it (price, cost to serve) or let the relationship go.',
		'concept.pyramidLessons.why':
			'Customers differ so much in value that treating them all alike spends money where it does not come back.',
		'concept.pyramidLessons.how':
			'The value pyramid on the Segments & value page ranks customers by net value (or a predicted CLV) and lists each tier’s customers.',
		'concept.pyramidLessons.mistakes':
			'Dropping low-value customers without asking why they are unprofitable. Ranking by revenue when costs differ by customer.',

		'concept.segmentIndicators.title': 'Segmentation: characteristics and indicator systems',
		'concept.segmentIndicators.definition':
			'Segments are not fixed, depend on many factors, are judged by usefulness rather than statistical neatness and must follow changing behaviour. Indicators for individuals: purchase quantities, demographics (age, income, education, region), interests from surveys. For business customers: expected years of trading, expected annual profit, satisfaction.',
		'concept.segmentIndicators.why':
			'The indicators chosen decide which groups can be found: behaviour and value data find who matters, attributes and needs say how to reach them.',
		'concept.segmentIndicators.how':
			'Segments & value combines behaviour (RFM, clusters), value (the pyramid) and attributes (joined from the customers file).',
		'concept.segmentIndicators.mistakes':
			'Segmenting once and never again. Using business-customer indicators for consumers or the other way round.',

		'concept.lifecycleStrategy.title': 'Marketing strategy by lifecycle stage',
		'concept.lifecycleStrategy.definition':
			'Exploration: develop new customers — find prospects, make the first purchase easy. Formation: relationship enhancement — raise volume, cross-sell, build trust. Stability: relationship maintenance — keep the customer satisfied, for example with a community (membership) programme. Decline: recovery or termination — win back a valuable customer or end the relationship at low cost.',
		'concept.lifecycleStrategy.why':
			'What works in one stage wastes money in another: a discount that helps a new customer try is a gift to a stable one.',
		'concept.lifecycleStrategy.how':
			'The Lifecycle page assigns every customer a stage each month by open rules; its stage counts say how many customers each strategy concerns.',
		'concept.lifecycleStrategy.mistakes':
			'One campaign for everyone. Spending on customers in decline without deciding first whether they are worth recovering.',

		'concept.exitCauses.title': 'Why customers leave: causes of the exit patterns',
		'concept.exitCauses.definition':
			'Pattern I (early abortion): the value the firm delivers is below what the customer expected, or the customer finds no fit. Pattern II (midway death): the customer’s rising expectations are not met. Pattern III (premature exit): lack of continuing innovation, or a relationship the customer feels is unfair. Pattern IV (long-term retention) is what the firm wants: the customer stays until late in stability because value keeps meeting expectations.',
		'concept.exitCauses.why':
			'Each cause calls for a different remedy: better first experiences, growing the offer, renewing it, or treating customers fairly.',
		'concept.exitCauses.how':
			'The Lifecycle page sorts ended relationships into patterns I–IV; the exit-pattern simulation shows the profit each pattern leaves.',
		'concept.exitCauses.mistakes':
			'Treating every departure alike. Blaming price for leaving that started with unmet expectations.',

		'concept.prospects.title': 'Prospects: three conditions and the relationship method',
		'concept.prospects.definition':
			'A prospect must have a need for the product, the ability to pay and the authority to decide. The relationship method (缘故法) finds the first prospects among people the salesperson already knows — relatives, friends, classmates, former colleagues — and asks them for referrals.',
		'concept.prospects.why':
			'Time spent on people who cannot or may not buy is lost; the warm contacts of the relationship method convert best at the start.',
		'concept.prospects.how':
			'A classroom idea: the workbench starts from customers who already bought. Attribute segments show which kinds of people became good customers.',
		'concept.prospects.mistakes':
			'Calling everyone a prospect. Pressing friends and relatives until the relationship suffers.',

		'concept.customerCare.title': 'Customer care',
		'concept.customerCare.definition':
			'Attention to the customer before, during and after the purchase — information and advice before, a smooth purchase, and after-sales service, follow-up and greetings afterwards. Its golden rules: care for what the customer needs rather than what the firm sells, keep every promise, make contact easy, respond fast, and treat the customer as a person, not a transaction.',
		'concept.customerCare.why':
			'Care turns satisfaction into trust and trust into loyalty; it costs less than winning new customers.',
		'concept.customerCare.how':
			'A classroom idea: the segment actions (for example for important customers to keep) are where care is aimed.',
		'concept.customerCare.mistakes':
			'Care only after a complaint. Mass messages that feel like advertising.',

		'concept.loyaltyKinds.title': 'Kinds of loyalty and the signs of a loyal customer',
		'concept.loyaltyKinds.definition':
			'Monopoly loyalty (no other supplier), kinship loyalty (buying from family or friends), latent loyalty (liking without buying, held back by price or access), convenience or inertia loyalty (easiest to keep buying), price loyalty (staying for the lowest price), incentive loyalty (staying for rewards) and super-value loyalty (trust in the value received) — the one firms want. Four behavioural signs: repeat purchases, buying the firm’s other products, recommending it, and resisting competitors’ offers.',
		'concept.loyaltyKinds.why':
			'Only super-value loyalty survives a better offer: the other kinds vanish when the monopoly, the price or the reward does.',
		'concept.loyaltyKinds.how':
			'The Satisfaction & loyalty page measures the four signs as loyalty items (repurchase, cross-buying, recommendation, price tolerance).',
		'concept.loyaltyKinds.mistakes':
			'Taking repeat purchases for loyalty when customers have no choice. Calling a customer loyal who only buys at the lowest price.',

		'concept.trust.title': 'Customer trust',
		'concept.trust.definition':
			'The customer’s willingness to rely on the firm. Two dimensions: credibility — belief that the firm can and will do what it promises — and benevolence — belief that it cares for the customer’s interest and will not exploit them.',
		'concept.trust.why':
			'Trust is a determinant of loyalty: with it customers buy more, forgive a mistake and recommend the firm.',
		'concept.trust.how':
			'The Satisfaction & loyalty page relates trust items of a survey to the loyalty measures as a determinant.',
		'concept.trust.mistakes':
			'Building credibility with promises the firm cannot keep. Ignoring benevolence: a competent firm that takes advantage is not trusted.',

		'concept.switchingCosts.title': 'Switching costs',
		'concept.switchingCosts.definition':
			'What a customer gives up by changing supplier. Procedural costs (time and effort to search, evaluate, learn and set up), financial costs (lost benefits such as points and discounts, fees to leave) and relational costs (losing personal ties and the comfort of a known brand).',
		'concept.switchingCosts.why':
			'Switching costs raise repurchase and price tolerance but not cross-buying or recommendation: they keep customers without winning them.',
		'concept.switchingCosts.how':
			'The Satisfaction & loyalty page treats switching cost as a determinant and shows which loyalty measures it moves.',
		'concept.switchingCosts.mistakes':
			'Relying on switching costs alone: held customers become hostages who leave as soon as the barrier falls.',

		'concept.expectations.title': 'Customer expectations',
		'concept.expectations.definition':
			'What the customer expects before buying, formed by past experience, word of mouth, the firm’s own communication and the customer’s needs. Basic expectations are taken for granted; latent expectations are wishes the customer does not state. Satisfaction is the comparison of what is received with what was expected.',
		'concept.expectations.why':
			'Promising too much raises expectations the firm cannot meet; meeting latent expectations is what raises loyalty fastest.',
		'concept.expectations.how':
			'The Satisfaction & loyalty page fits loyalty against the satisfaction of basic and latent expectations (the satisfaction trap).',
		'concept.expectations.mistakes':
			'Advertising beyond what is delivered. Asking only about basic expectations in surveys.',

		'concept.complaints.title': 'Handling complaints and lost customers',
		'concept.complaints.definition':
			'Record each complaint: who, when, what happened, what the customer asks for, what was done and the outcome. Complainers want to be heard, to have the problem fixed fast, fair compensation and an apology. The LICAL method: Listen, Identify the problem, Compare solutions, Act, Learn. Lost customers: find why they left, separate those worth winning back from those not, and win back the valuable ones.',
		'concept.complaints.why':
			'Only about 4 in 100 dissatisfied customers complain; a complaint handled well can make a customer more loyal than before.',
		'concept.complaints.how':
			'A classroom idea until complaints are imported: the churn card and the exit patterns show the customers who left silently.',
		'concept.complaints.mistakes':
			'Arguing with the customer. Fixing the case and not the cause. Chasing every lost customer at any cost.',

		'concept.oneToOne.title': 'One-to-one marketing',
		'concept.oneToOne.definition':
			'Treating each customer individually (Peppers and Rogers): identify customers, differentiate them by value and needs, interact with them, and customise the offer to each.',
		'concept.oneToOne.why':
			'It is the customer-share strategy taken to the single customer: sell more of what each one needs instead of one product to as many as possible.',
		'concept.oneToOne.how':
			'The customer profiles on the Segments & value page (purchases, value, segment) are the starting point for an individual offer.',
		'concept.oneToOne.mistakes':
			'Personalising the message without knowing the customer. Treating every customer one-to-one when most are not worth the cost.',

		'concept.relationshipMarketing.title': 'Relationship marketing and its three levels',
		'concept.relationshipMarketing.definition':
			'Building long-term relationships with customers rather than single sales. Three levels (Berry): financial — price incentives and rewards; social — personal contact, service and community; structural — solutions built into the customer’s own processes.',
		'concept.relationshipMarketing.why':
			'Financial bonds are easy to copy; social and structural bonds make the relationship hard for a rival to take over.',
		'concept.relationshipMarketing.how':
			'A classroom idea: the lifecycle stages and the loyalty measures show whether relationships last and deepen.',
		'concept.relationshipMarketing.mistakes':
			'Stopping at discounts and points. Calling a loyalty card a relationship.',

		'concept.crmDefinition.title': 'What CRM is: idea, technology, implementation',
		'concept.crmDefinition.definition':
			'Customer relationship management is a business strategy that puts the customer at the centre, to acquire, keep and grow profitable customers. Three layers: the idea (a customer-centred management philosophy), the technology (databases, analysis and contact systems) and the implementation (processes, organisation and people that put both to work).',
		'concept.crmDefinition.why':
			'Software without the idea and the implementation fails: most failed CRM projects bought technology first.',
		'concept.crmDefinition.how':
			'This workbench is the technology layer for analysis: it turns customer data into the segments, values and lifecycles the idea asks for.',
		'concept.crmDefinition.mistakes':
			'Equating CRM with a software package. Collecting data nobody uses.',

		'concept.loyalPyramid.title': 'Building the loyal-customer pyramid',
		'concept.loyalPyramid.definition':
			'Loyal customers are built step by step: create customers (attract and win them), approach them (learn who they are and what they need), serve them (deliver value and care) and move them upward (from buyers to regular customers, supporters and advocates).',
		'concept.loyalPyramid.why':
			'Each step raises the value of a customer; the top of the pyramid — advocates — bring new customers at no cost.',
		'concept.loyalPyramid.how':
			'The RFM classes and the value pyramid show where customers stand; the migration between segments shows who moves up or down.',
		'concept.loyalPyramid.mistakes':
			'Spending only on creating new customers and none on moving existing ones up.'
	},
	zh: {
		'concept.valueHierarchy.title': '客户价值层次模型与客户认知价值',
		'concept.valueHierarchy.definition':
			'伍德拉夫的客户价值层次模型（图 2-2）：客户追求目标（想实现什么），评价使用结果（得到什么后果），并按属性（产品的特征和性能）作出选择。客户认知价值在日常中有四种含义（泽丝曼尔）：价值就是低价；价值就是我想从产品中得到的东西；价值就是我付出的价格所换来的质量；价值就是我付出所换来的全部所得。',
		'concept.valueHierarchy.why':
			'企业在属性上竞争，客户却为目标购买：一个产品可能在每项指标上都领先，但如果不能帮客户实现目标，仍会失败。',
		'concept.valueHierarchy.how':
			'课堂概念：可以讨论问卷中的每一题测量的是目标、结果还是属性。本页的客户让渡价值模拟比较总客户价值与总客户成本。',
		'concept.valueHierarchy.mistakes': '把价值只理解为价格。只测量属性，就以为目标自然满足。',

		'concept.pyramidLessons.title': '客户价值金字塔对企业的启示',
		'concept.pyramidLessons.definition':
			'三点启示：留住顶层客户，并争取更多与他们相似的客户；提高中间层客户的盈利能力；对无利可图的客户，先找出原因，再加以改变（价格、服务成本）或终止关系。',
		'concept.pyramidLessons.why': '客户之间的价值差别很大，一视同仁就会把钱花在收不回来的地方。',
		'concept.pyramidLessons.how':
			'“细分与价值”页的价值金字塔按客户净价值（或预测的客户终生价值）排序，并列出每一层的客户。',
		'concept.pyramidLessons.mistakes':
			'不问原因就放弃低价值客户。客户之间成本差别很大时仍按收入排序。',

		'concept.segmentIndicators.title': '客户细分的特点与指标体系',
		'concept.segmentIndicators.definition':
			'客户细分不是固定不变的，受多种因素影响，以是否有用而不是统计上是否整齐来评判，并要随客户行为的变化而调整。个人客户的指标：购买数量、人口统计特征（年龄、收入、教育、地区）、问卷中的兴趣。企业客户的指标：预期交易年限、预期年利润、满意度。',
		'concept.segmentIndicators.why':
			'所选的指标决定了能找出哪些客户群：行为和价值数据找出重要的客户，属性和需求说明如何接触他们。',
		'concept.segmentIndicators.how':
			'“细分与价值”页结合了行为（RFM、聚类）、价值（价值金字塔）和属性（从客户资料关联）。',
		'concept.segmentIndicators.mistakes':
			'细分一次后不再更新。把企业客户的指标用于个人客户，或反过来。',

		'concept.lifecycleStrategy.title': '客户生命周期各阶段的营销策略',
		'concept.lifecycleStrategy.definition':
			'考察期：新客户开发——寻找潜在客户，让首次购买变得容易。形成期：关系提升——提高购买量，交叉销售，建立信任。稳定期：关系保持——保持客户满意，例如通过共同体（会员）计划。退化期：恢复或终结——挽回有价值的客户，或以低成本结束关系。',
		'concept.lifecycleStrategy.why':
			'在一个阶段有效的做法，在另一个阶段就是浪费：帮新客户尝试的折扣，对稳定期客户只是白送。',
		'concept.lifecycleStrategy.how':
			'“生命周期”页按公开的规则每月为每位客户判定阶段；各阶段的人数说明每种策略涉及多少客户。',
		'concept.lifecycleStrategy.mistakes':
			'对所有客户用同一个活动。对退化期客户投入之前不先判断是否值得挽回。',

		'concept.exitCauses.title': '客户为什么离开：各退出模式的原因',
		'concept.exitCauses.definition':
			'模式 I（初期流产型）：企业提供的价值低于客户预期，或客户发现双方不合适。模式 II（半途夭折型）：客户不断提高的期望没有得到满足。模式 III（提前退出型）：企业缺乏持续创新，或客户觉得关系不公平。模式 IV（长期保持型）是企业希望的：价值始终满足期望，客户一直保持到稳定期后期。',
		'concept.exitCauses.why':
			'每种原因需要不同的对策：改进首次体验、扩展产品与服务、持续创新，或公平对待客户。',
		'concept.exitCauses.how':
			'“生命周期”页把已结束的客户关系归入模式 I 至 IV；退出模式模拟展示每种模式留下的利润。',
		'concept.exitCauses.mistakes': '对所有离开一视同仁。把始于期望落空的离开归咎于价格。',

		'concept.prospects.title': '潜在客户的三个条件与缘故法',
		'concept.prospects.definition':
			'潜在客户必须同时具备三个条件：有购买需求、有购买能力、有购买决策权。缘故法从推销人员已经认识的人中寻找最初的潜在客户——亲戚、朋友、同学、老同事——并请他们介绍新的客户。',
		'concept.prospects.why':
			'花在不能买或无权决定的人身上的时间都浪费了；缘故法的熟人关系在起步阶段成交率最高。',
		'concept.prospects.how':
			'课堂概念：工作台从已经购买的客户开始分析。按属性细分可以看出哪类人成为了好客户。',
		'concept.prospects.mistakes': '把所有人都当作潜在客户。对亲友施压，损害了关系本身。',

		'concept.customerCare.title': '客户关怀',
		'concept.customerCare.definition':
			'在购买前、购买中和购买后对客户的关注：购买前提供信息和建议，购买中让过程顺畅，购买后提供售后服务、回访和问候。其黄金法则：关心客户需要什么而不是企业卖什么；兑现每一个承诺；让客户容易联系到企业；快速响应；把客户当作人而不是一笔交易。',
		'concept.customerCare.why': '关怀把满意变成信任，把信任变成忠诚，而且比获取新客户的成本低。',
		'concept.customerCare.how': '课堂概念：细分的建议措施（例如对重要保持客户）就是关怀的对象。',
		'concept.customerCare.mistakes': '只在投诉之后才关怀。群发的信息让人感觉像广告。',

		'concept.loyaltyKinds.title': '客户忠诚的类型与忠诚客户的行为特征',
		'concept.loyaltyKinds.definition':
			'垄断忠诚（别无选择）、亲缘忠诚（向亲友购买）、潜在忠诚（喜欢但因价格或渠道没有购买）、方便忠诚或惰性忠诚（继续购买最省事）、价格忠诚（为最低价格留下）、激励忠诚（为奖励留下）和超值忠诚（信任所得到的价值），最后一种才是企业希望的。忠诚客户的四个行为特征：重复购买、购买企业的其他产品、向他人推荐、对竞争对手的促销有免疫力。',
		'concept.loyaltyKinds.why':
			'只有超值忠诚经得起更好的报价：垄断、价格或奖励一旦消失，其他类型的忠诚也随之消失。',
		'concept.loyaltyKinds.how':
			'“满意与忠诚”页把四个特征作为忠诚度题项来测量（重复购买意向、交叉购买意向、推荐意向、价格忍耐力）。',
		'concept.loyaltyKinds.mistakes':
			'把别无选择时的重复购买当作忠诚。把只买最低价的客户称为忠诚客户。',

		'concept.trust.title': '客户信任',
		'concept.trust.definition':
			'客户愿意依赖企业的程度。它有两个维度：可信性——相信企业有能力并且会兑现承诺；善意——相信企业关心客户的利益，不会利用客户。',
		'concept.trust.why':
			'客户信任是客户忠诚的决定因素之一：有了信任，客户会买得更多、原谅失误并推荐企业。',
		'concept.trust.how':
			'“满意与忠诚”页把问卷中的客户信任题项作为决定因素，与各项忠诚度指标联系起来。',
		'concept.trust.mistakes':
			'用兑现不了的承诺建立可信性。忽视善意：一个有能力却占客户便宜的企业不会被信任。',

		'concept.switchingCosts.title': '转移成本',
		'concept.switchingCosts.definition':
			'客户更换供应商所放弃的东西。程序性转移成本（搜索、评估、学习和重新设置所花的时间与精力）、财务性转移成本（失去积分、折扣等利益，以及解约费用）和关系性转移成本（失去人际关系和熟悉品牌带来的安心）。',
		'concept.switchingCosts.why':
			'转移成本能提高重复购买意向和价格忍耐力，却不能提高交叉购买意向和推荐意向：它留住了客户，却没有赢得客户。',
		'concept.switchingCosts.how':
			'“满意与忠诚”页把转移成本作为决定因素，显示它影响哪些忠诚度指标。',
		'concept.switchingCosts.mistakes':
			'只靠转移成本留住客户：被束缚的客户成为不自主者，壁垒一消失就会离开。',

		'concept.expectations.title': '客户期望',
		'concept.expectations.definition':
			'客户在购买前的期待，由以往的经历、口碑、企业自身的宣传和客户的需要共同形成。基本期望被视为理所当然；潜在期望是客户没有说出的愿望。客户满意就是实际所得与期望的比较。',
		'concept.expectations.why':
			'承诺过多会抬高企业满足不了的期望；满足潜在期望是提高忠诚度最快的途径。',
		'concept.expectations.how':
			'“满意与忠诚”页用基本期望和潜在期望的满意度拟合忠诚度（客户满意陷阱）。',
		'concept.expectations.mistakes': '宣传超出实际所能提供的。问卷只问基本期望。',

		'concept.complaints.title': '客户投诉与流失客户的管理',
		'concept.complaints.definition':
			'每次投诉都要记录：谁、何时、发生了什么、客户要求什么、采取了什么措施以及结果。投诉的客户希望被倾听、问题尽快解决、得到公平的补偿和道歉。LICAL 法：倾听（Listen）、确认问题（Identify）、比较解决方案（Compare）、行动（Act）、总结学习（Learn）。流失客户的管理：查明离开的原因，区分值得挽回与不值得挽回的客户，挽回有价值的客户。',
		'concept.complaints.why':
			'不满意的客户中只有约 4% 会投诉；投诉处理得好，客户可能比以前更忠诚。',
		'concept.complaints.how':
			'在导入投诉数据之前是课堂概念：客户流失卡片和退出模式展示了默默离开的客户。',
		'concept.complaints.mistakes':
			'与客户争辩。只解决个案而不消除原因。不计代价地追回每一位流失客户。',

		'concept.oneToOne.title': '一对一营销',
		'concept.oneToOne.definition':
			'把每位客户当作个体对待（佩珀斯与罗杰斯）：识别客户，按价值和需求区分客户，与客户互动，并为每位客户定制产品与服务。',
		'concept.oneToOne.why':
			'这是把客户份额策略落实到单个客户：向每位客户多卖其所需，而不是把一种产品卖给尽可能多的人。',
		'concept.oneToOne.how':
			'“细分与价值”页的客户档案（购买记录、价值、细分）是制定个性化方案的起点。',
		'concept.oneToOne.mistakes':
			'不了解客户就把信息“个性化”。对所有客户都做一对一，而多数客户并不值得这样的成本。',

		'concept.relationshipMarketing.title': '关系营销及其三个层次',
		'concept.relationshipMarketing.definition':
			'与客户建立长期关系，而不是只做一次交易。三个层次（贝瑞）：财务层次——价格优惠和奖励；社交层次——人际联系、服务和社群；结构层次——把解决方案嵌入客户自己的业务流程。',
		'concept.relationshipMarketing.why':
			'财务联系容易被模仿；社交和结构联系让竞争对手难以夺走这段关系。',
		'concept.relationshipMarketing.how':
			'课堂概念：生命周期阶段和忠诚度指标显示关系是否持久、是否加深。',
		'concept.relationshipMarketing.mistakes': '止步于折扣和积分。把一张会员卡当作一段关系。',

		'concept.crmDefinition.title': '什么是 CRM：理念、技术与实施',
		'concept.crmDefinition.definition':
			'客户关系管理是以客户为中心的经营战略，用来获取、保持和发展有利可图的客户。它有三个层面：理念（以客户为中心的管理思想）、技术（数据库、分析和客户接触系统）以及实施（让二者发挥作用的流程、组织和人员）。',
		'concept.crmDefinition.why':
			'没有理念和实施的软件注定失败：多数失败的 CRM 项目都是先买了技术。',
		'concept.crmDefinition.how':
			'本工作台是用于分析的技术层：它把客户数据变成理念所要求的细分、价值和生命周期。',
		'concept.crmDefinition.mistakes': '把 CRM 等同于一套软件。收集了数据却无人使用。',

		'concept.loyalPyramid.title': '构建忠诚客户金字塔',
		'concept.loyalPyramid.definition':
			'忠诚客户是一步步培养出来的：创造客户（吸引并获得客户）、接近客户（了解客户是谁、需要什么）、服务客户（提供价值与关怀），并推动客户向上移动（从购买者变为常客、支持者和拥护者）。',
		'concept.loyalPyramid.why':
			'每上一层，客户的价值就提高一层；金字塔顶端的拥护者会免费带来新客户。',
		'concept.loyalPyramid.how':
			'RFM 八类客户和价值金字塔显示客户所处的位置；细分迁移显示谁在上升、谁在下降。',
		'concept.loyalPyramid.mistakes': '只在创造新客户上投入，而不推动现有客户向上移动。'
	}
};
