// The guided lessons on the Learn page (views/learn/lessons.ts): titles, what each step shows
// and the questions it asks, plus the lesson panel's and the handout's own words.

export const lessonsMessages = {
	en: {
		'lessons.title': 'Guided lessons',
		'lessons.intro':
			'Four short paths through the app on the teaching sample. Each step opens a view with the right settings, outlines what to look at and asks a question or two for discussion.',
		'lessons.start': 'Start',
		'lessons.handout': 'Handout',
		'lessons.steps': '{n} steps',
		'lessons.step': 'Step {n} of {total}',
		'lessons.look': 'Look at',
		'lessons.questions': 'Questions',
		'lessons.next': 'Next',
		'lessons.prev': 'Back',
		'lessons.end': 'End lesson',
		'lessons.finish': 'Finish',
		'lessons.hide': 'Hide',
		'lessons.show': 'Show lesson',
		'lessons.loading': 'Loading the teaching sample…',
		'lessons.print': 'Print',
		'lessons.handoutTitle': 'Handout: {lesson}',
		'lessons.handoutIntro':
			'Open CRM Workbench, load the teaching sample on the start page and follow the steps. Write your answers in the space below each question.',
		'lessons.handoutOpen': 'Open: {where}',
		'lessons.answer': 'Answer:',
		'lessons.all': 'All lessons',

		'lesson.value.title': 'Customer value and the pyramid',
		'lesson.value.buyers.title': 'Two computer buyers',
		'lesson.value.buyers.look':
			'The CLV calculator: the young buyer spends 10,000 today, the older one 15,000; compare their lifetime values.',
		'lesson.value.buyers.q1':
			'Why is the 25-year-old worth 4.11 times the 65-year-old although he spends less today?',
		'lesson.value.buyers.q2':
			'Move the discount rate to 10 %. Why does the ratio fall, and what does that say about future value?',
		'lesson.value.pyramid.title': 'The customer value pyramid',
		'lesson.value.pyramid.look':
			'The pyramid of the sample’s customers: platinum, gold, iron and lead tiers and the share of value each brings.',
		'lesson.value.pyramid.q1': 'What share of the value do the top 5 % (platinum) bring?',
		'lesson.value.pyramid.q2':
			'What should the firm do with the lead tier: change the relationship or let it go? Name a reason for each.',
		'lesson.value.pareto.title': 'Is it 80/20?',
		'lesson.value.pareto.look': 'The Pareto curve and the Gini coefficient of the sample.',
		'lesson.value.pareto.q1': 'What share of revenue do the top 20 % of customers bring here?',

		'lesson.rfm.title': 'Segmentation and RFM',
		'lesson.rfm.cut.title': 'High or low: the cut',
		'lesson.rfm.cut.look':
			'The eight-class RFM model: R, F and M are each high or low against a cut — here the mean of all customers.',
		'lesson.rfm.cut.q1':
			'What are the three cuts? Why is the mean of M above most customers’ spend?',
		'lesson.rfm.cut.q2': 'Switch the M cut to the median. How do the class sizes change?',
		'lesson.rfm.classes.title': 'The eight classes',
		'lesson.rfm.classes.look':
			'The segment table: customers, revenue and the suggested action of each class.',
		'lesson.rfm.classes.q1':
			'Which class brings the most revenue, and which has the most customers?',
		'lesson.rfm.classes.q2':
			'What would you do first for the “important to keep” customers (重要保持客户), and why?',
		'lesson.rfm.clusters.title': 'Typical customer groups',
		'lesson.rfm.clusters.look':
			'k-means clusters of the same customers: groups found by the data instead of by rules.',
		'lesson.rfm.clusters.q1': 'Do the clusters look like any of the eight RFM classes?',

		'lesson.lifecycle.title': 'The customer lifecycle',
		'lesson.lifecycle.cohorts.title': 'Cohorts',
		'lesson.lifecycle.cohorts.look':
			'The cohort table: each row is the customers acquired in one period, followed period by period.',
		'lesson.lifecycle.cohorts.q1': 'How many of a cohort are still buying after a year?',
		'lesson.lifecycle.stages.title': 'The four stages',
		'lesson.lifecycle.stages.look':
			'How many customers are in exploration, formation, stability and decline today.',
		'lesson.lifecycle.stages.q1': 'Which stage holds the most customers?',
		'lesson.lifecycle.stages.q2':
			'What marketing suits customers in decline: win them back or let them go?',
		'lesson.lifecycle.patterns.title': 'Exit patterns',
		'lesson.lifecycle.patterns.look':
			'How the relationships that ended went: patterns I to IV of the lifecycle curve.',
		'lesson.lifecycle.patterns.q1': 'Which exit pattern is the most common here?',
		'lesson.lifecycle.patterns.q2':
			'Name a typical cause of pattern I (early abortion) and what the firm can do about it.',
		'lesson.lifecycle.simulate.title': 'Simulate the curves',
		'lesson.lifecycle.simulate.look':
			'The exit-pattern simulation: move the sliders and watch the profit each pattern leaves.',
		'lesson.lifecycle.simulate.q1':
			'Why is pattern IV (long-term retention) the one the firm wants?',

		'lesson.satisfaction.title': 'Satisfaction and loyalty',
		'lesson.satisfaction.zones.title': 'Jones and Sasser',
		'lesson.satisfaction.zones.look':
			'The satisfaction × loyalty zones of the survey: apostles, loyalists, mercenaries, hostages, defectors, terrorists.',
		'lesson.satisfaction.zones.q1': 'How many mercenaries and how many hostages are there?',
		'lesson.satisfaction.zones.q2': 'Why are hostages a risk although they still buy?',
		'lesson.satisfaction.trap.title': 'The satisfaction trap',
		'lesson.satisfaction.trap.look':
			'Loyalty against the satisfaction of basic and latent expectations, and the verdict on the trap.',
		'lesson.satisfaction.trap.q1': 'Is there a satisfaction trap in this survey? What shows it?',
		'lesson.satisfaction.trap.q2':
			'Where should the firm invest next: basic or latent expectations?',
		'lesson.satisfaction.drivers.title': 'What drives loyalty',
		'lesson.satisfaction.drivers.look':
			'The determinants of loyalty: perceived value, satisfaction, trust and switching cost.',
		'lesson.satisfaction.drivers.q1':
			'Which determinant is most strongly linked to recommendation, and which to repurchase?'
	},
	zh: {
		'lessons.title': '引导式课程',
		'lessons.intro':
			'四条在教学样例上走完的学习路径。每一步都会以合适的设置打开对应页面，标出要看的内容，并提出一两个供讨论的问题。',
		'lessons.start': '开始',
		'lessons.handout': '讲义',
		'lessons.steps': '{n} 步',
		'lessons.step': '第 {n} 步，共 {total} 步',
		'lessons.look': '请看',
		'lessons.questions': '问题',
		'lessons.next': '下一步',
		'lessons.prev': '上一步',
		'lessons.end': '结束课程',
		'lessons.finish': '完成',
		'lessons.hide': '收起',
		'lessons.show': '显示课程',
		'lessons.loading': '正在载入教学样例……',
		'lessons.print': '打印',
		'lessons.handoutTitle': '讲义：{lesson}',
		'lessons.handoutIntro':
			'打开 CRM 工作台，在首页载入教学样例，然后按步骤操作。请把答案写在每个问题下方的空白处。',
		'lessons.handoutOpen': '打开：{where}',
		'lessons.answer': '答：',
		'lessons.all': '全部课程',

		'lesson.value.title': '客户价值与金字塔',
		'lesson.value.buyers.title': '两位电脑买家',
		'lesson.value.buyers.look':
			'客户终生价值计算器：年轻客户今天花 10,000 元，年长客户花 15,000 元；比较两人的终生价值。',
		'lesson.value.buyers.q1': '为什么 25 岁客户的价值是 65 岁客户的 4.11 倍，尽管他今天花得更少？',
		'lesson.value.buyers.q2': '把折现率调到 10%。倍数为什么下降？这说明未来价值有什么特点？',
		'lesson.value.pyramid.title': '客户价值金字塔',
		'lesson.value.pyramid.look':
			'样例客户的价值金字塔：铂金层、黄金层、钢铁层和重铅层，以及各层贡献的价值份额。',
		'lesson.value.pyramid.q1': '最顶端 5% 的客户（铂金层）贡献了多少价值？',
		'lesson.value.pyramid.q2': '企业应如何对待重铅层客户：改变这段关系，还是放弃？各说出一个理由。',
		'lesson.value.pareto.title': '是 80/20 吗？',
		'lesson.value.pareto.look': '样例的帕累托曲线和基尼系数。',
		'lesson.value.pareto.q1': '在这份数据中，前 20% 的客户贡献了多少收入？',

		'lesson.rfm.title': '客户细分与 RFM',
		'lesson.rfm.cut.title': '高还是低：分界值',
		'lesson.rfm.cut.look':
			'八类 RFM 模型：R、F、M 各自与一个分界值比较，分为高、低两档；这里的分界值是全体客户的平均值。',
		'lesson.rfm.cut.q1': '三个分界值各是多少？为什么 M 的平均值高于大多数客户的消费金额？',
		'lesson.rfm.cut.q2': '把 M 的分界值改为中位数。各类客户的人数如何变化？',
		'lesson.rfm.classes.title': '八类客户',
		'lesson.rfm.classes.look': '细分汇总表：各类客户的人数、收入和建议措施。',
		'lesson.rfm.classes.q1': '哪一类客户贡献的收入最多？哪一类人数最多？',
		'lesson.rfm.classes.q2': '对重要保持客户，你首先会做什么？为什么？',
		'lesson.rfm.clusters.title': '典型客户群',
		'lesson.rfm.clusters.look': '同一批客户的 k 均值聚类：由数据而不是规则找出的客户群。',
		'lesson.rfm.clusters.q1': '聚类得到的客户群与八类 RFM 客户中的哪些类相似？',

		'lesson.lifecycle.title': '客户生命周期',
		'lesson.lifecycle.cohorts.title': '同期群',
		'lesson.lifecycle.cohorts.look': '同期群表：每行是同一时期获得的客户，逐期跟踪他们的购买。',
		'lesson.lifecycle.cohorts.q1': '一年之后，一个同期群中还有多少客户在购买？',
		'lesson.lifecycle.stages.title': '四个阶段',
		'lesson.lifecycle.stages.look': '目前处于考察期、形成期、稳定期和退化期的客户各有多少。',
		'lesson.lifecycle.stages.q1': '哪个阶段的客户最多？',
		'lesson.lifecycle.stages.q2': '对处于退化期的客户，适合什么营销策略：挽回还是终结关系？',
		'lesson.lifecycle.patterns.title': '退出模式',
		'lesson.lifecycle.patterns.look':
			'已经结束的客户关系是如何走完的：客户生命周期曲线的模式 I 至 IV。',
		'lesson.lifecycle.patterns.q1': '这里最常见的是哪一种退出模式？',
		'lesson.lifecycle.patterns.q2': '说出模式 I（初期流产型）的一个典型原因，以及企业可以怎么做。',
		'lesson.lifecycle.simulate.title': '模拟生命周期曲线',
		'lesson.lifecycle.simulate.look': '退出模式模拟：移动滑块，观察每种模式给企业留下的利润。',
		'lesson.lifecycle.simulate.q1': '为什么模式 IV（长期保持型）是企业希望的？',

		'lesson.satisfaction.title': '客户满意与忠诚',
		'lesson.satisfaction.zones.title': '琼斯与萨瑟',
		'lesson.satisfaction.zones.look':
			'问卷的满意度 × 忠诚度分区：热心的追随者、忠诚者、唯利是图者、不自主者、背叛者、恐怖分子。',
		'lesson.satisfaction.zones.q1': '唯利是图者和不自主者各有多少？',
		'lesson.satisfaction.zones.q2': '不自主者仍在购买，为什么仍是风险？',
		'lesson.satisfaction.trap.title': '客户满意陷阱',
		'lesson.satisfaction.trap.look':
			'忠诚度与基本期望、潜在期望满意度的关系，以及是否存在满意陷阱的判定。',
		'lesson.satisfaction.trap.q1': '这份问卷中存在客户满意陷阱吗？从哪里看出来？',
		'lesson.satisfaction.trap.q2': '企业下一步应投资于基本期望还是潜在期望？',
		'lesson.satisfaction.drivers.title': '什么驱动忠诚',
		'lesson.satisfaction.drivers.look':
			'客户忠诚的决定因素：客户认知价值、客户满意、客户信任和转移成本。',
		'lesson.satisfaction.drivers.q1': '哪个因素与推荐意向关系最强？哪个与重复购买意向关系最强？'
	}
};
