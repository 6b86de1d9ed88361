// Concept cards in English and Simplified Chinese: for every key of CONCEPT_KEYS
// (state/concepts.svelte.ts) a title and four short sections — what it is, why it matters, how
// the workbench computes it (naming the view) and common mistakes. Chinese terms follow
// CONCEPTS.md. Shown by the "?" dialog and on the Learn page.

import { courseConceptMessages } from './courseConcepts';

const en = {
	'concept.section.definition': 'What it is',
	'concept.section.why': 'Why it matters',
	'concept.section.how': 'How the workbench computes it',
	'concept.section.mistakes': 'Common mistakes',

	'concept.customerValue.title': 'Customer value',
	'concept.customerValue.definition':
		'Customer value has two sides. Value to the customer is what they perceive they get: economic (the same function for less money), functional (better performance) and psychological (satisfaction of the mind). Value of the customer to the firm is current value (how often and how much they buy now) plus potential value (future purchases, openness to new products, word of mouth and referrals).',
	'concept.customerValue.why':
		'A firm cannot serve everyone equally: knowing which customers create value tells it where to spend on service, retention and acquisition. A customer who buys little but recommends the brand widely can be worth more than a big buyer.',
	'concept.customerValue.how':
		'The Segments & value view ranks customers by the value you choose — net revenue, margin (when the data has cost) or the lifetime value predicted in the Lifetime value view — and draws the value pyramid, the Pareto curve and ABC classes from it. Transactions show current value; potential value needs a model (CLV) or survey answers such as recommendation intention.',
	'concept.customerValue.mistakes':
		"Equating value with this year's revenue and ignoring potential value. Using revenue where margin is available: a big buyer who only buys on discount may not be profitable. Forgetting referrals, which never appear in a transaction file.",

	'concept.deliveredValue.title': 'Customer delivered value',
	'concept.deliveredValue.definition':
		"Kotler's delivered value is total customer value — product, service, personnel and image value — minus total customer cost: the money price plus the time, energy and physical effort of buying and using. Customers tend to buy from the offer that delivers them the most.",
	'concept.deliveredValue.why':
		"It shows two ways to win a customer: add value, or cut the customer's costs. Cutting non-money costs (waiting, searching, travelling) is often cheaper than cutting the price.",
	'concept.deliveredValue.how':
		'It cannot be computed from transactions: every part is a perception. The delivered-value calculator among the simulations on the Learn page lets you set each part and see the result; a survey can measure the parts on a scale.',
	'concept.deliveredValue.mistakes':
		"Counting only the price as cost. Confusing what it costs the firm to provide something with what it is worth to the customer. Treating the parts as objective: they are the customer's perception and differ between segments.",

	'concept.clv.title': 'Customer lifetime value (CLV)',
	'concept.clv.definition':
		'The present value of everything a customer contributes over the whole relationship, discounted to today. Both current and potential value count: what they buy now, how long they stay and what they will buy later.',
	'concept.clv.why':
		'It tells how much a customer is worth acquiring and keeping. The classic example: a 25-year-old who buys a computer every few years for decades (10 purchases, 185,000 in total) is worth about four times a 65-year-old (3 purchases, 45,000), although the older buyer spends more today.',
	'concept.clv.how':
		'The Lifetime value view splits your transactions into a calibration and a holdout period, fits BG/NBD or Pareto/NBD for the number of future purchases and Gamma-Gamma for their size, and adds up the discounted expected spend month by month over the horizon you choose (1 % a month by default). The CLV calculator on the Learn page shows the idea with the two computer buyers.',
	'concept.clv.mistakes':
		'Forgetting to discount. Mixing time units: a 12-month horizon on weekly data is about 52 weeks, not 360. Calling revenue CLV when profit is meant. Treating the estimate as exact for one customer: it is an expectation, reliable for groups.',

	'concept.valuePyramid.title': 'Customer value pyramid',
	'concept.valuePyramid.definition':
		'Customers ranked by value and cut into tiers, from the top: platinum, gold, iron and lead (Zeithaml, Rust & Lemon 2001). A small platinum tier often holds a large share of the value; lead customers may cost more than they bring.',
	'concept.valuePyramid.why':
		'Each tier gets its own strategy: keep and win more customers like the top tiers, raise the profitability of the middle, and for unprofitable customers find the cause, change it or let the relationship go.',
	'concept.valuePyramid.how':
		"The Segments & value view sorts customers by revenue, margin or predicted CLV and cuts them top-down by editable percentages of customers (presets such as 5/15/30/50 or 20/30/30/20), showing each tier's customers and share of value.",
	'concept.valuePyramid.mistakes':
		'Treating the cut-offs as a law: the paper fixes no percentages. Ranking by revenue when the cost to serve differs a lot between customers. Forgetting that customers move between tiers over time.',

	'concept.pareto.title': 'Pareto (80/20) concentration',
	'concept.pareto.definition':
		'A small share of customers usually brings a large share of revenue or profit — the "80/20 rule". The Pareto curve plots the share of value against the share of customers, from the most valuable down; the Gini coefficient sums the concentration up in one number (0 = everyone equal, near 1 = one customer holds everything).',
	'concept.pareto.why':
		'It shows how much the business depends on its best customers and how much losing a few of them would hurt. It also underlies ABC classes: A customers make the first 80 % of value, B the next 15 %, C the rest.',
	'concept.pareto.how':
		'The Segments & value view draws the Pareto and Lorenz curves, computes the Gini coefficient and assigns ABC classes from the value you choose (revenue, margin or predicted CLV).',
	'concept.pareto.mistakes':
		'Expecting exactly 80/20: the numbers are whatever your data says. Comparing concentration over windows of different length. Concluding that the other customers are worthless: many are new customers with potential value.',

	'concept.segmentation.title': 'Customer segmentation',
	'concept.segmentation.definition':
		'Dividing customers into groups that are alike within and different between: by attributes (age, income, education, region), behaviour (what, how often and how much they buy), needs and preferences (survey answers) and value. For business customers the indicators include expected years of trading, expected annual profit and satisfaction.',
	'concept.segmentation.why':
		'Different groups need different offers, channels and service levels. Segments are judged by usefulness — can the firm reach them and treat them differently? — not by statistical neatness.',
	'concept.segmentation.how':
		'The Segments & value view offers behavioural segments (RFM scores and named segments, k-means clusters), value tiers (pyramid, ABC) and attribute segments from a customers file, each with its size and value.',
	'concept.segmentation.mistakes':
		'Treating segments as fixed: behaviour changes, so recompute them. Making many small segments nobody can act on. Segmenting on demographics alone when behaviour predicts value far better.',

	'concept.rfm.title': 'RFM analysis',
	'concept.rfm.definition':
		'RFM scores each customer on Recency (how recently they last bought), Frequency (how often) and Monetary value (how much). Scores usually run from 1 to 5 by quintile, with recency reversed so that 5 = most recent, and combine into a code such as 555.',
	'concept.rfm.why':
		'It is the most widely used behavioural value model: three numbers every transaction file has, and named segments (champions, at risk, lost …) that each suggest an action.',
	'concept.rfm.how':
		"The Segments & value view computes R, F and M up to the analysis date, scores them by quantiles (or by your own thresholds), shows the bin edges and the tie rule, and names segments with a preset rule table (such as the R rfm package's) or the R × F grid.",
	'concept.rfm.mistakes':
		'Forgetting that frequency has heavy ties (most customers bought once), so some scores cannot occur. Comparing scores between datasets: quintiles are relative. Using today as the analysis date for old data, which makes everyone look lapsed.',

	'concept.clustering.title': 'Clustering (k-means)',
	'concept.clustering.definition':
		'Clustering lets the data find typical customer groups. K-means puts each customer in the group with the nearest centre and moves the centres until the groups stop changing; the number of groups k is chosen by the analyst.',
	'concept.clustering.why':
		'It can find groups that rule-based segments miss, and describes each by its average profile.',
	'concept.clustering.how':
		"The Segments & value view runs k-means with a fixed seed on log(1+R), log(1+F) and log(1+M), each standardised, and describes each cluster's profile; the elbow chart and the silhouette help to choose k.",
	'concept.clustering.mistakes':
		'Clustering raw amounts next to counts, so money dominates. Believing there is one true k. Forgetting that another seed or another k can give different groups.',

	'concept.bgnbd.title': 'BG/NBD model',
	'concept.bgnbd.definition':
		'The beta-geometric / negative binomial model (Fader, Hardie & Lee 2005): while "alive", each customer buys at random at their own rate, and after any purchase may drop out for good. Purchase rates vary across customers by a gamma distribution (r, α), dropout probabilities by a beta distribution (a, b).',
	'concept.bgnbd.why':
		"When customers do not sign contracts, nobody tells you they left. From each customer's frequency x, recency t_x and age T the model predicts future purchases and the probability that the customer is still alive — the basis of predictive CLV.",
	'concept.bgnbd.how':
		'The Lifetime value view builds x, t_x and T per customer from the calibration period, fits the four parameters by maximum likelihood and checks the forecasts on the holdout. The BG/NBD explorer on the Learn page shows how P(alive) depends on frequency and recency.',
	'concept.bgnbd.mistakes':
		'Counting the first purchase as a repeat, or several purchases on one day as several. Taking the "increasing frequency paradox" for a bug: a frequent buyer who has been silent a long time is less likely alive than an occasional buyer with the same recency. Using it where churn is observed (contracts).',

	'concept.paretoNbd.title': 'Pareto/NBD model',
	'concept.paretoNbd.definition':
		'The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987) also lets purchase rates vary by a gamma distribution (r, α), but a customer can drop out at any moment, with exponential lifetimes whose rates vary by a gamma distribution (s, β).',
	'concept.paretoNbd.why':
		'It was the first standard "buy till you die" model and is still the benchmark. Its forecasts are close to BG/NBD\'s, and it treats customers without repeat purchases more realistically, since they too may have left.',
	'concept.paretoNbd.how':
		"The Lifetime value view fits it to the same x, t_x, T summary as BG/NBD and shows both models' log-likelihoods and holdout forecasts side by side.",
	'concept.paretoNbd.mistakes':
		'Over-reading β: on the CDNOW data it is weakly identified and can change a lot with almost no change in fit. Assuming the model with the higher likelihood always forecasts better: check the holdout.',

	'concept.gammaGamma.title': 'Gamma-Gamma spend model',
	'concept.gammaGamma.definition':
		"The Gamma-Gamma model describes how much a customer spends per transaction: each customer has their own mean spend, and these means vary across customers by a gamma distribution (p, q, γ). It pulls a customer's observed mean towards the population mean, the more so the fewer purchases they made.",
	'concept.gammaGamma.why':
		'CLV needs the value of future purchases, not only their number. Combined with BG/NBD or Pareto/NBD it turns expected purchases into money.',
	'concept.gammaGamma.how':
		'The Lifetime value view fits it to the mean repeat spend of customers with at least one repeat purchase, and warns when spend rises or falls with frequency, which the model assumes it does not.',
	'concept.gammaGamma.mistakes':
		'Including the first purchase or customers without repeats. Using it when spend and frequency are clearly correlated. Feeding it zero or negative amounts (returns).',

	'concept.holdout.title': 'Calibration and holdout',
	'concept.holdout.definition':
		'The data is split in time: models are fitted on the calibration period, and their forecasts are compared with what customers actually did in the later holdout period.',
	'concept.holdout.why':
		'A model can fit the past well and still forecast badly. The holdout check is the honest test before anyone trusts a CLV figure.',
	'concept.holdout.how':
		'The Lifetime value view lets you set the calibration end date, fits the models on the earlier part, and compares actual and predicted repeat purchases in the holdout, in total and by calibration frequency.',
	'concept.holdout.mistakes':
		'Testing on the period used for fitting. A holdout too short to contain purchases. Comparing totals only, which hides errors that cancel out between light and heavy buyers.',

	'concept.retentionClv.title': 'Retention and contractual CLV',
	'concept.retentionClv.definition':
		'Where customers renew a contract or subscription, churn is observed and the retention rate is the share who renew. The shifted-beta-geometric model (Fader & Hardie 2007) lets the churn probability differ between customers, so the retention rate of a cohort rises with tenure as the churn-prone leave first.',
	'concept.retentionClv.why':
		'Assuming one constant retention rate undervalues long-standing customers, and mistakes the natural rise of retention with tenure for better service.',
	'concept.retentionClv.how':
		"The Lifecycle view follows acquisition cohorts; the lifecycle engine fits the shifted-beta-geometric model to a cohort's survivors per period and projects survivors and retention rates forward.",
	'concept.retentionClv.mistakes':
		'Projecting the first-year retention rate forever. Using a contractual model for ordinary shopping, where nobody announces leaving (use BG/NBD or Pareto/NBD instead).',

	'concept.lifecycle.title': 'Customer lifecycle',
	'concept.lifecycle.definition':
		"The span from the first contact with a customer to the end of the relationship. It is described as the firm's development cycle (attract → acquire → manage → retain) or as the relationship's own stages: acquisition, growth, maturity, decline, churn — or in four stages: exploration, formation, stability, decline.",
	'concept.lifecycle.why':
		'What a customer is worth and needs changes with the stage: newcomers need reassurance, growing customers cross-selling, stable ones care, declining ones a reason to stay.',
	'concept.lifecycle.how':
		'The Lifecycle view follows customers from their first purchase: cohort tables, survival curves, the stage each customer is in, and the exit patterns of those who left.',
	'concept.lifecycle.mistakes':
		'Measuring in calendar time instead of time since acquisition. Counting customers who are simply between two purchases as lost.',

	'concept.lifecycleStages.title': 'The four relationship stages',
	'concept.lifecycleStages.definition':
		"Exploration: trial orders and uncertainty; the firm invests, the customer contributes little. Formation: volume grows fast and revenue now exceeds cost. Stability: the peak — largest volume, cross-buying and referrals, low cost to serve. Decline: the customer's volume with us falls although their total business does not.",
	'concept.lifecycleStages.why':
		'Profit per customer rises from exploration to stability, so moving customers forward — and noticing decline early — is where the money is. In decline the firm chooses to win the customer back or to let go.',
	'concept.lifecycleStages.how':
		"The Lifecycle view assigns each customer's stage month by month with visible, editable rules. By default exploration is the first 3 months or up to 2 purchase days; formation when the last quarter's monthly spend exceeds the quarter before by more than 20 %; decline when it falls below 70 % of it; stability at or above the customer's own average.",
	'concept.lifecycleStages.mistakes':
		"Treating the rule thresholds as facts: they are choices, shown so you can change them. Forgetting that stages are relative to each customer's own level, not to other customers.",

	'concept.cohorts.title': 'Acquisition cohorts',
	'concept.cohorts.definition':
		'A cohort is the group of customers acquired in the same period (month, quarter or year). A cohort table follows each group period by period: how many still buy and what they spend.',
	'concept.cohorts.why':
		'Cohorts separate the age of the relationship from calendar events, and show whether newer customers are kept better or worse than older ones.',
	'concept.cohorts.how':
		'The Lifecycle view groups customers by the period of their first purchase (or a signup date from a customers file) and fills the retention and revenue table; periods after the analysis date stay blank rather than zero.',
	'concept.cohorts.mistakes':
		"Reading a young cohort's short row as churn. Comparing raw counts of cohorts of different size instead of percentages.",

	'concept.survival.title': 'Survival analysis (Kaplan–Meier)',
	'concept.survival.definition':
		'Survival analysis estimates the share of customers still active after each length of relationship. The Kaplan–Meier estimator uses "censored" customers correctly: those still active at the analysis date, whose end has not been seen yet.',
	'concept.survival.why':
		'A plain average of relationship length is biased, because recent customers have not had time to leave. Survival curves compare groups (channels, cohorts, regions) fairly.',
	'concept.survival.how':
		'The Lifecycle view marks a customer as churned when the time since the last purchase exceeds an inactivity threshold (by default the 90th percentile of the gaps between purchases, or a churn flag from a customers file), then draws Kaplan–Meier curves with 95 % bands, overall and by group.',
	'concept.survival.mistakes':
		'Dropping active customers, or counting them as churned. An inactivity threshold shorter than the normal gap between purchases. Reading the far right of the curve, where few customers remain.',

	'concept.exitPatterns.title': 'Lifecycle curve and exit patterns',
	'concept.exitPatterns.definition':
		'Spend per period over a relationship draws the customer lifecycle curve. Where the customer leaves gives four patterns: I early abortion (leaves during exploration), II midway death (during formation), III premature exit (early in stability) and IV long-term retention (stays until late stability).',
	'concept.exitPatterns.why':
		'Pattern IV is what the firm wants and brings far more value than the others. The others have typical causes: value below expectations (I), rising expectations not met (II), lack of continuing innovation or a relationship felt as unfair (III).',
	'concept.exitPatterns.how':
		'The Lifecycle view classifies each churned customer by the furthest stage reached before leaving, judged by spend and by how long the customer kept buying (IV needs at least 6 months in stability by default) and draws the average spend per period of each pattern since acquisition. The exit-pattern simulation on the Learn page draws the stylised curves.',
	'concept.exitPatterns.mistakes':
		'Classifying customers who are still active. Expecting real curves to be as smooth as the textbook drawing. Blaming customers for leaving early without asking what they were offered.',

	'concept.satisfactionTrap.title': 'Satisfaction trap',
	'concept.satisfactionTrap.definition':
		'High satisfaction, low loyalty. Satisfying basic expectations raises loyalty with diminishing returns and flattens near average loyalty; satisfying latent expectations — what customers did not think to ask for — raises it with increasing returns.',
	'concept.satisfactionTrap.why':
		'A firm that keeps investing in basic satisfaction once loyalty sits on the plateau gets satisfied customers who still leave. Loyalty above the average comes from exceeding expectations.',
	'concept.satisfactionTrap.how':
		'The Satisfaction & loyalty view fits loyalty against the basic- and latent-expectation scores of a survey, reports whether each curve bends down or up, and calls it a trap when the basic curve is concave, most customers are already satisfied, the curve has flattened and loyalty there is near average. The Learn page simulation draws the stylised curves.',
	'concept.satisfactionTrap.mistakes':
		'Reading "satisfied" as "loyal". Judging from one overall satisfaction item without separating basic and latent expectations. Trusting a curve fitted to a handful of respondents at the extremes.',

	'concept.jonesSasser.title': 'Satisfaction–loyalty typology (Jones & Sasser)',
	'concept.jonesSasser.definition':
		'A satisfaction × loyalty scatter split into zones: loyalists and apostles (satisfied and loyal; apostles also promote you), mercenaries (satisfied, not loyal), hostages (loyal because they cannot leave, not satisfied), defectors and terrorists (neither; terrorists also spread bad word of mouth).',
	'concept.jonesSasser.why':
		'Each zone needs a different response. Jones & Sasser (1995) also showed that "completely satisfied" customers are far more loyal than merely "satisfied" ones.',
	'concept.jonesSasser.how':
		'The Satisfaction & loyalty view places each respondent by satisfaction and loyalty scores on 0–10 (high from 7; apostles 9 or more on both, terrorists 2 or less on both) and can use actual repurchase after the survey as the loyalty axis.',
	'concept.jonesSasser.mistakes':
		'Treating hostages as loyal: they leave when the barrier falls. Using the same thresholds on scales of different length. Ignoring mercenaries because they say they are satisfied.',

	'concept.nps.title': 'Net Promoter Score (NPS)',
	'concept.nps.definition':
		'One question — "How likely are you to recommend us?" — on a 0–10 scale. Promoters answer 9–10, passives 7–8 and detractors 0–6; NPS = % promoters − % detractors, from −100 to 100.',
	'concept.nps.why':
		'It is simple, widely used and tied to recommendation intention, one of the four measures of loyalty.',
	'concept.nps.how':
		'The Satisfaction & loyalty view computes NPS with a 95 % interval from a 0–10 recommendation item, overall and by group. It refuses 1–10 or 1–5 items, which are not NPS.',
	'concept.nps.mistakes':
		'Computing "NPS" on another scale. Comparing small samples without their intervals. Taking NPS for the whole of loyalty.',

	'concept.loyaltyMeasures.title': 'Customer loyalty and its measures',
	'concept.loyaltyMeasures.definition':
		'Loyalty is attitudinal (preference and intention) and behavioural (actually buying again). It is measured by repurchase intention, cross-buying intention, recommendation intention and price tolerance. Of its kinds — monopoly, kinship, latent, convenience or inertia, price, incentive and super-value loyalty — super-value loyalty, built on trust, is the one firms want.',
	'concept.loyaltyMeasures.why':
		'Loyal customers buy more, cost less to serve, accept higher prices and bring others. The measures respond to different causes: switching cost raises repurchase intention and price tolerance, but not cross-buying or recommendation.',
	'concept.loyaltyMeasures.how':
		'The Satisfaction & loyalty view maps survey items to these constructs, scores each one and, when a transactions dataset shares customer ids, compares stated loyalty with actual repurchase after the survey.',
	'concept.loyaltyMeasures.mistakes':
		'Counting repeat purchase alone as loyalty: it may be inertia or lock-in. Averaging the four measures into one when they disagree — price tolerance often does.',

	'concept.drivers.title': 'Drivers of satisfaction and loyalty',
	'concept.drivers.definition':
		'Loyalty depends on perceived value, satisfaction, trust and switching cost. Key-driver analysis measures which attributes move loyalty or satisfaction most; importance–performance analysis (Martilla & James 1977) places each driver on a grid: concentrate here, keep up the good work, low priority, possible overkill.',
	'concept.drivers.why':
		'It shows where an improvement pays: an important attribute that performs poorly comes first, and money spent on unimportant attributes can be saved.',
	'concept.drivers.how':
		"The Satisfaction & loyalty view measures each driver's importance as its correlation with the target, its standardised regression coefficient and Johnson's relative weight (its share of R²), and draws the importance–performance grid with the mean score as performance.",
	'concept.drivers.mistakes':
		'Reading regression coefficients when drivers overlap: signs can flip. Taking correlation for cause. Ignoring the "possible overkill" quadrant.',

	'concept.reliability.title': "Scale reliability (Cronbach's α)",
	'concept.reliability.definition':
		'When several survey items measure one construct, Cronbach\'s α says how consistently they do so (0 to 1; about 0.7 or more is usually acceptable). Item–rest correlations and "α if deleted" show which item does not fit.',
	'concept.reliability.why':
		'A construct score means something only if its items agree. In the ECSI mobile-phone survey the price-tolerance item barely moves with the other loyalty items: α is about 0.44 with it and about 0.70 without it.',
	'concept.reliability.how':
		'The Satisfaction & loyalty view computes α for each construct on the complete answers, with item–rest correlations and α if an item is deleted, and flags items that do not fit.',
	'concept.reliability.mistakes':
		'Forgetting to reverse negatively worded items. Taking a high α as proof that the items measure the right thing. Dropping items until α looks good without asking what they measure.',

	'concept.churn.title': 'Customer churn and complaints',
	'concept.churn.definition':
		'Churn is the end of a relationship: active (the customer leaves) or passive (the firm lets go). Reasons include price, product, service, technology, promotion, changing needs, management and politics. Only about 4 in 100 dissatisfied customers complain; the rest leave silently.',
	'concept.churn.why':
		'Keeping a customer usually costs less than winning a new one, and a lost customer often goes to a rival (see the accumulation effect). A complaint handled well is a chance to win loyalty.',
	'concept.churn.how':
		'When churn is not recorded, the Lifecycle view infers it from inactivity: a customer has churned when the time since the last purchase exceeds a threshold taken from the usual gaps between purchases. A churn flag and reason in a customers file are used instead when present.',
	'concept.churn.mistakes':
		'Counting a customer who is between two purchases as lost. Reading few complaints as few problems. One inactivity threshold for products bought at very different rhythms.',

	'concept.accumulation.title': 'Customer accumulation effect',
	'concept.accumulation.definition':
		'Two shops start with 100 customers each and 10 profit per customer. Each period one customer moves from A to B: 99/101, 98/102 … 90/110, later 75/125 and 50/150. The absolute gap grows, and the relative size B/A goes from 1.00 to 3.00; profits follow.',
	'concept.accumulation.why':
		"Losing a customer to a rival is a double loss: you lose one and the rival gains one, so the gap grows twice as fast as either shop's customer count changes.",
	'concept.accumulation.how':
		'There is nothing to compute from data: the accumulation simulation on the Learn page lets you change the starting customers, profit per customer and customers moving each period, and shows the table and the chart.',
	'concept.accumulation.mistakes':
		'Counting only your own loss. Thinking a small, steady loss is harmless: the relative size grows faster and faster as A shrinks.',

	'concept.customerShare.title': 'Customer share (share of wallet)',
	'concept.customerShare.definition':
		"Our share of one customer's total spending in a category. A market-share strategy sells one product to as many customers as possible; a customer-share strategy sells as many products as possible to the same customer.",
	'concept.customerShare.why':
		'Growing the share of existing customers (cross-selling, taking more of their purchases) is often cheaper than winning new customers, and a high share is a sign of loyalty.',
	'concept.customerShare.how':
		"Transactions show only what customers spend with you, so the workbench cannot compute the share from them alone: the customer's total category spending must come from elsewhere, such as a survey question. The Segments & value view gives the numerator, each customer's spend with you.",
	'concept.customerShare.mistakes':
		"Reading a customer's spend with you as their whole spending. Chasing market share with one-off buyers while the best customers buy most of their needs elsewhere.",

	'concept.crmDatabase.title': 'The CRM database',
	'concept.crmDatabase.definition':
		'A CRM database keeps static data (address, contact, education, income, region) and dynamic data (purchase history, complaints, credit, baskets, cross-purchases, contribution, RFM). Knowledge-based marketing asks of it: customer profiles; frequency, size and recency of purchases; typical customer groups; lifetime values; the success of marketing programmes; deviations, trends and forecasts.',
	'concept.crmDatabase.why':
		'Every analysis in this workbench answers one of those questions, and none is possible without clean customer data that can be joined.',
	'concept.crmDatabase.how':
		'The Data view imports transactions (dynamic data), customer attributes (static data), surveys and customer summaries, checks every row, and joins them on customer id. Everything stays in your browser.',
	'concept.crmDatabase.mistakes':
		'Customer ids that differ between files ("00017" and "17"). Keeping static data but not the purchase history. Mixing returns into sales without a stated rule.'
};

const zh: Record<keyof typeof en, string> = {
	'concept.section.definition': '是什么',
	'concept.section.why': '为什么重要',
	'concept.section.how': '工作台如何计算',
	'concept.section.mistakes': '常见错误',

	'concept.customerValue.title': '客户价值',
	'concept.customerValue.definition':
		'客户价值有两个方面。客户感知的价值有三种：经济价值（同样的功能花更少的钱）、功能价值（性能更好）和心理价值（心理上的满足）。客户对企业的价值则包括当前价值（现在的购买频率和金额）和潜在价值（未来的购买、对新产品的接受程度、口碑与推荐）。',
	'concept.customerValue.why':
		'企业无法平均对待所有客户：知道哪些客户创造价值，才知道服务、保留和获取的资源该投向哪里。买得不多却大力推荐品牌的客户，可能比大买家更有价值。',
	'concept.customerValue.how':
		'“细分与价值”视图按你选择的价值为客户排序——净收入、毛利（数据含成本时）或“终生价值”视图预测的客户终生价值——并据此画出客户价值金字塔、帕累托曲线和 ABC 分类。交易数据反映当前价值；潜在价值需要模型（CLV）或问卷答案（如推荐意向）。',
	'concept.customerValue.mistakes':
		'把价值等同于今年的收入，忽视潜在价值。有毛利数据却用收入：只在打折时购买的大买家未必盈利。忘记推荐带来的价值——它从不出现在交易文件里。',

	'concept.deliveredValue.title': '客户让渡价值',
	'concept.deliveredValue.definition':
		'科特勒的客户让渡价值 = 总客户价值（产品价值、服务价值、人员价值、形象价值）− 总客户成本（货币价格，以及购买和使用所花的时间成本、精力成本、体力成本）。客户倾向于从让渡价值最大的供应者那里购买。',
	'concept.deliveredValue.why':
		'它指出赢得客户的两条路：提高总客户价值，或降低客户的总成本。降低非货币成本（等待、搜寻、奔波）往往比降价更省钱。',
	'concept.deliveredValue.how':
		'它无法从交易数据计算：每一部分都是客户的感知。“学习”页模拟中的客户让渡价值计算器可以设定各部分并查看结果；问卷也可以用量表测量各部分。',
	'concept.deliveredValue.mistakes':
		'只把价格当作成本。把企业提供某项服务的成本和它对客户的价值混为一谈。把各部分当作客观数值：它们是客户的感知，在不同细分群体之间各不相同。',

	'concept.clv.title': '客户终生价值（CLV）',
	'concept.clv.definition':
		'客户在整个关系期间为企业带来的全部贡献折算到今天的现值。当前价值和潜在价值都要计入：现在买多少、会留多久、将来还会买多少。',
	'concept.clv.why':
		'它告诉企业一个客户值得花多少钱去获取和保留。经典例子：一位 25 岁的客户几十年里每隔几年买一台电脑（共 10 次，合计 185,000），其价值约为一位 65 岁客户（共 3 次，合计 45,000）的 4 倍，尽管年长的客户现在花得更多。',
	'concept.clv.how':
		'“终生价值”视图把交易分成校准期和验证期，用 BG/NBD 或 Pareto/NBD 预测未来购买次数，用 Gamma-Gamma 预测每次金额，再在你选择的期限内逐月把折现后的预期消费相加（默认每月折现 1%）。“学习”页的 CLV 计算器用两位电脑买家演示这一思路。',
	'concept.clv.mistakes':
		'忘记折现。混用时间单位：周数据上 12 个月的期限约为 52 周，而不是 360 周。把收入当成以利润计的 CLV。把单个客户的估计当作精确值：它是期望值，对群体才可靠。',

	'concept.valuePyramid.title': '客户价值金字塔',
	'concept.valuePyramid.definition':
		'按价值给客户排序并分层，自上而下为：铂金层、黄金层、钢铁层和重铅层（Zeithaml、Rust 与 Lemon，2001）。人数不多的铂金层往往占据很大一部分价值；重铅层客户带来的可能还不及其成本。',
	'concept.valuePyramid.why':
		'每一层有各自的策略：留住并争取更多像顶层那样的客户，提高中间层的盈利能力，对无利可图的客户找出原因，加以改变或结束关系。',
	'concept.valuePyramid.how':
		'“细分与价值”视图按收入、毛利或预测的 CLV 为客户排序，再按可编辑的客户百分比自上而下切分（预设如 5/15/30/50 或 20/30/30/20），显示每层的客户数和价值占比。',
	'concept.valuePyramid.mistakes':
		'把切分比例当作定律：原论文没有规定任何百分比。客户服务成本差别很大时仍按收入排序。忘记客户会随时间在各层之间移动。',

	'concept.pareto.title': '帕累托（80/20）集中度',
	'concept.pareto.definition':
		'少数客户通常带来大部分收入或利润——即“80/20 法则”。帕累托曲线从最有价值的客户开始，画出客户占比与价值占比的关系；基尼系数用一个数概括集中程度（0 = 人人相同，接近 1 = 一位客户占有全部）。',
	'concept.pareto.why':
		'它显示企业有多依赖最好的客户，失去其中几位会有多大损失。它也是 ABC 分类的基础：A 类客户构成前 80% 的价值，B 类其后 15%，C 类其余。',
	'concept.pareto.how':
		'“细分与价值”视图按你选择的价值（收入、毛利或预测的 CLV）画出帕累托曲线和洛伦兹曲线，计算基尼系数并划分 ABC 类。',
	'concept.pareto.mistakes':
		'期望恰好是 80/20：比例取决于你的数据。比较不同长度时间窗口的集中度。断定其余客户毫无价值：其中许多是有潜在价值的新客户。',

	'concept.segmentation.title': '客户细分',
	'concept.segmentation.definition':
		'把客户分成组内相似、组间不同的群体：按属性（年龄、收入、教育、地区）、行为（买什么、多常买、买多少）、需求与偏好（问卷答案）以及价值。对企业客户，指标包括预期合作年限、预期年利润和满意度。',
	'concept.segmentation.why':
		'不同的群体需要不同的产品、渠道和服务水平。衡量细分的标准是有用——企业能否接触到他们并区别对待——而不是统计上是否整齐。',
	'concept.segmentation.how':
		'“细分与价值”视图提供行为细分（RFM 评分与命名细分、k 均值聚类）、价值分层（金字塔、ABC）以及基于客户文件的属性细分，并给出每个细分的规模和价值。',
	'concept.segmentation.mistakes':
		'把细分当作一成不变：行为会变，应定期重算。分出许多谁也无法据此行动的小群体。只按人口属性细分，而行为对价值的预测力强得多。',

	'concept.rfm.title': 'RFM 分析',
	'concept.rfm.definition':
		'RFM 从三个方面为每位客户评分：最近一次消费（Recency，多久以前买过）、消费频率（Frequency，多常买）和消费金额（Monetary，买了多少）。评分通常按五分位取 1–5 分，最近一次消费反向计分（5 = 最近），三者组合成如 555 的代码。',
	'concept.rfm.why':
		'它是使用最广的行为价值模型：每个交易文件都有这三个数，而命名的细分（顶尖客户、有流失风险的客户、已流失客户……）各自提示一项行动。',
	'concept.rfm.how':
		'“细分与价值”视图计算截至分析日期的 R、F、M，按分位数（或你自定的阈值）评分，显示分箱边界和并列规则，并用预设规则表（如 R 语言 rfm 包的规则）或 R × F 网格为细分命名。',
	'concept.rfm.mistakes':
		'忘记消费频率有大量并列值（多数客户只买过一次），因此某些分数不会出现。在不同数据集之间比较分数：分位数是相对的。对旧数据用今天作分析日期，使所有人看起来都已流失。',

	'concept.clustering.title': '聚类（k 均值）',
	'concept.clustering.definition':
		'聚类让数据自己找出典型客户群。k 均值把每位客户归入中心最近的组，并不断移动中心，直到分组不再变化；组数 k 由分析者选定。',
	'concept.clustering.why': '它能发现基于规则的细分所遗漏的群体，并用平均画像描述每一组。',
	'concept.clustering.how':
		'“细分与价值”视图以固定随机种子，对标准化后的 log(1+R)、log(1+F)、log(1+M) 运行 k 均值，描述每个聚类的画像；肘部图和轮廓系数帮助选择 k。',
	'concept.clustering.mistakes':
		'把原始金额和次数放在一起聚类，使金额主导结果。相信存在唯一正确的 k。忘记换一个随机种子或 k 值可能得到不同的分组。',

	'concept.bgnbd.title': 'BG/NBD 模型',
	'concept.bgnbd.definition':
		'贝塔几何/负二项分布模型（Fader、Hardie 与 Lee，2005）：客户“存活”时以各自的速率随机购买，每次购买后都可能永久离开。购买速率在客户之间服从伽马分布（r, α），离开概率服从贝塔分布（a, b）。',
	'concept.bgnbd.why':
		'客户不签合同时，没人会告诉你他们已经离开。模型根据每位客户的购买频率 x、最近一次购买时间 t_x 和观察期长度 T，预测未来购买次数和客户仍然存活的概率——这是预测型 CLV 的基础。',
	'concept.bgnbd.how':
		'“终生价值”视图从校准期为每位客户计算 x、t_x 和 T，用最大似然估计四个参数，并在验证期检验预测。“学习”页的 BG/NBD 参数探索器展示存活概率如何随频率和最近购买时间变化。',
	'concept.bgnbd.mistakes':
		'把首次购买算作重复购买，或把同一天的多次购买算作多次。把“频率递增悖论”当作错误：一位长时间没有动静的高频客户，比最近购买时间相同的偶尔购买者更可能已经离开。在能观察到流失的场合（合同制）使用它。',

	'concept.paretoNbd.title': 'Pareto/NBD 模型',
	'concept.paretoNbd.definition':
		'Pareto/NBD 模型（Schmittlein、Morrison 与 Colombo，1987）同样让购买速率服从伽马分布（r, α），但客户可以在任何时刻离开，其寿命服从指数分布，离开速率在客户之间服从伽马分布（s, β）。',
	'concept.paretoNbd.why':
		'它是第一个标准的“买到离开”（buy till you die）模型，至今仍是基准。其预测与 BG/NBD 相近，对没有重复购买的客户处理得更符合实际，因为他们也可能已经离开。',
	'concept.paretoNbd.how':
		'“终生价值”视图用与 BG/NBD 相同的 x、t_x、T 汇总拟合它，并排显示两个模型的对数似然和验证期预测。',
	'concept.paretoNbd.mistakes':
		'过度解读 β：在 CDNOW 数据上它难以识别，拟合几乎不变时它也可能变化很大。以为似然更高的模型预测一定更好：应在验证期检验。',

	'concept.gammaGamma.title': 'Gamma-Gamma 消费金额模型',
	'concept.gammaGamma.definition':
		'Gamma-Gamma 模型描述客户每次交易花多少钱：每位客户有自己的平均消费，这些平均值在客户之间服从伽马分布（p, q, γ）。它把客户观察到的平均消费向总体均值收缩，购买次数越少收缩越多。',
	'concept.gammaGamma.why':
		'CLV 需要未来购买的金额，而不仅是次数。与 BG/NBD 或 Pareto/NBD 结合，它把预期购买次数换算成金额。',
	'concept.gammaGamma.how':
		'“终生价值”视图用至少有一次重复购买的客户的重复购买平均金额拟合它，并在消费金额随频率升降时发出警告——模型假设二者无关。',
	'concept.gammaGamma.mistakes':
		'把首次购买或没有重复购买的客户计入。在消费金额与频率明显相关时使用它。输入零或负的金额（退货）。',

	'concept.holdout.title': '校准期与验证期',
	'concept.holdout.definition':
		'按时间拆分数据：模型在校准期上拟合，再把预测与客户在随后验证期中的实际行为比较。',
	'concept.holdout.why':
		'一个模型可能很好地拟合过去，却预测得很差。在相信任何 CLV 数字之前，验证期检验是诚实的考验。',
	'concept.holdout.how':
		'“终生价值”视图允许你设定校准期结束日期，在前一段拟合模型，并比较验证期中实际与预测的重复购买次数，包括总数和按校准期频率分组的结果。',
	'concept.holdout.mistakes':
		'在拟合所用的同一时期上检验。验证期太短，几乎没有购买。只比较总数，掩盖了轻度与重度买家之间相互抵消的误差。',

	'concept.retentionClv.title': '保留率与合同型 CLV',
	'concept.retentionClv.definition':
		'客户续签合同或订阅时，流失是可以观察到的，保留率就是续约者的比例。移位贝塔几何模型（Fader 与 Hardie，2007）允许不同客户的流失概率不同，因此随着容易流失的客户先离开，一个客户群的保留率会随在网时间上升。',
	'concept.retentionClv.why':
		'假设保留率恒定会低估老客户的价值，并把保留率随在网时间自然上升误认为服务改善。',
	'concept.retentionClv.how':
		'“生命周期”视图跟踪按获取期划分的客户群；生命周期引擎用移位贝塔几何模型拟合客户群各期的留存人数，并向后预测留存人数和保留率。',
	'concept.retentionClv.mistakes':
		'把第一年的保留率一直沿用下去。把合同型模型用于普通购物——那里没有人宣布离开（应改用 BG/NBD 或 Pareto/NBD）。',

	'concept.lifecycle.title': '客户生命周期',
	'concept.lifecycle.definition':
		'从与客户第一次接触到关系结束的整个过程。它可以描述为企业的开发周期（吸引 → 获得 → 管理 → 保留），也可以描述为关系本身的阶段：获取、提升、成熟、衰退、流失——或四个阶段：考察期、形成期、稳定期、退化期。',
	'concept.lifecycle.why':
		'客户的价值和需要随阶段而变：新客户需要安心，成长中的客户需要交叉销售，稳定的客户需要关怀，衰退中的客户需要一个留下的理由。',
	'concept.lifecycle.how':
		'“生命周期”视图从客户首次购买开始跟踪：客户群（同期群）表、生存曲线、每位客户所处的阶段，以及已离开客户的退出模式。',
	'concept.lifecycle.mistakes':
		'用日历时间而不是获取后的时间来衡量。把只是处在两次购买之间的客户算作流失。',

	'concept.lifecycleStages.title': '关系生命周期的四个阶段',
	'concept.lifecycleStages.definition':
		'考察期：试探性下单，充满不确定；企业投入，客户贡献很少。形成期：交易量快速增长，收入开始超过成本。稳定期：顶峰——交易量最大，有交叉购买和推荐带来的收入，服务成本低。退化期：客户在我们这里的交易量下降，而其总业务量并未下降。',
	'concept.lifecycleStages.why':
		'从考察期到稳定期，每位客户的利润不断上升，所以推动客户向前发展、及早发现退化，才是利润所在。在退化期，企业要选择挽回还是放手。',
	'concept.lifecycleStages.how':
		'“生命周期”视图按月用公开、可编辑的规则判定每位客户的阶段。默认：考察期为前 3 个月，或至今只在不超过 2 个不同的日子购买过；最近一个季度的月均消费比前一季度高出 20% 以上为形成期；低于前一季度的 70% 为退化期；达到或超过客户自身平均水平为稳定期。',
	'concept.lifecycleStages.mistakes':
		'把规则阈值当作事实：它们是可以修改的选择，所以才公开显示。忘记阶段是相对每位客户自身的水平，而不是相对其他客户。',

	'concept.cohorts.title': '获取期客户群（同期群）',
	'concept.cohorts.definition':
		'客户群是同一时期（月、季度或年）获得的一批客户。客户群表逐期跟踪每一批：还有多少人在购买、花了多少钱。',
	'concept.cohorts.why':
		'客户群把关系的时长与日历事件的影响分开，并显示新客户比老客户留存得更好还是更差。',
	'concept.cohorts.how':
		'“生命周期”视图按首次购买所在时期（或客户文件中的注册日期）为客户分组，填写留存和收入表；分析日期之后的时期留空，而不是记为零。',
	'concept.cohorts.mistakes':
		'把新客户群较短的一行当作流失。比较规模不同的客户群时用人数而不用百分比。',

	'concept.survival.title': '生存分析（Kaplan–Meier）',
	'concept.survival.definition':
		'生存分析估计关系持续到每个时长时仍然活跃的客户比例。Kaplan–Meier 估计正确处理“删失”客户：即在分析日期仍然活跃、尚未看到关系结束的客户。',
	'concept.survival.why':
		'简单平均的关系时长是有偏的，因为新客户还没来得及离开。生存曲线可以公平地比较不同群体（渠道、客户群、地区）。',
	'concept.survival.how':
		'“生命周期”视图在距最后一次购买的时间超过不活跃阈值时（默认为购买间隔的第 90 百分位数，或客户文件中的流失标记）判定客户流失，然后画出总体和分组的 Kaplan–Meier 曲线及 95% 置信带。',
	'concept.survival.mistakes':
		'丢掉仍然活跃的客户，或把他们算作流失。不活跃阈值短于正常的购买间隔。解读曲线最右端——那里只剩很少的客户。',

	'concept.exitPatterns.title': '客户生命曲线与退出模式',
	'concept.exitPatterns.definition':
		'关系期间每期的消费额画出客户生命曲线。客户在何处离开，形成四种模式：I 初期流产型（在考察期离开）、II 半途夭折型（在形成期离开）、III 提前退出型（在稳定期前段离开）和 IV 长期保持型（一直保持到稳定期后期）。',
	'concept.exitPatterns.why':
		'模式 IV 是企业希望的，它带来的价值远高于其他模式。其他模式各有典型原因：价值低于期望（I）、不断提高的期望没有得到满足（II）、缺乏持续创新或客户感到关系不公平（III）。',
	'concept.exitPatterns.how':
		'“生命周期”视图按每位已流失客户离开前到达的最远阶段（从消费变化和持续购买的时长两方面判断）进行分类（默认模式 IV 需在稳定期至少 6 个月），并画出每种模式自获取以来每期的平均消费。“学习”页的退出模式模拟画出示意曲线。',
	'concept.exitPatterns.mistakes':
		'为仍然活跃的客户分类。期望真实曲线像教科书插图一样平滑。不问企业提供了什么，就把过早离开归咎于客户。',

	'concept.satisfactionTrap.title': '客户满意陷阱',
	'concept.satisfactionTrap.definition':
		'满意度高而忠诚度低。满足基本期望提高忠诚度，但边际效用递减，并在平均忠诚度附近趋于平缓；满足潜在期望——客户自己没想到要求的东西——提高忠诚度，且边际效用递增。',
	'concept.satisfactionTrap.why':
		'忠诚度已处于平台期时，仍不断投资于基本满意的企业，得到的是满意却照样离开的客户。高于平均水平的忠诚来自超越期望。',
	'concept.satisfactionTrap.how':
		'“满意与忠诚”视图用问卷中基本期望和潜在期望的得分拟合忠诚度曲线，报告每条曲线是边际效用递减还是递增；当基本期望曲线边际效用递减、多数客户已经满意、曲线已趋平且该处忠诚度接近平均水平时，判定为满意陷阱。“学习”页的模拟画出示意曲线。',
	'concept.satisfactionTrap.mistakes':
		'把“满意”当作“忠诚”。只凭一道总体满意度题下结论，而不区分基本期望和潜在期望。相信在两端只有寥寥几位受访者时拟合出的曲线。',

	'concept.jonesSasser.title': '满意–忠诚类型（琼斯与萨瑟）',
	'concept.jonesSasser.definition':
		'满意度 × 忠诚度散点图分成几个区域：忠诚者和热心的追随者（满意且忠诚；后者还会主动推荐）、唯利是图者（满意但不忠诚）、不自主者（因无法离开而忠诚，但不满意）、背叛者和恐怖分子（既不满意也不忠诚；后者还散布负面口碑）。',
	'concept.jonesSasser.why':
		'每个区域需要不同的对策。琼斯与萨瑟（1995）还表明，“完全满意”的客户远比仅仅“满意”的客户忠诚。',
	'concept.jonesSasser.how':
		'“满意与忠诚”视图按 0–10 分的满意度和忠诚度得分放置每位受访者（7 分及以上为高；两项都在 9 分及以上为热心的追随者，两项都在 2 分及以下为恐怖分子），也可以用问卷之后的实际重复购买作为忠诚度轴。',
	'concept.jonesSasser.mistakes':
		'把不自主者当作忠诚客户：壁垒一消失他们就会离开。在长度不同的量表上使用相同阈值。因为唯利是图者说自己满意就忽视他们。',

	'concept.nps.title': '净推荐值（NPS）',
	'concept.nps.definition':
		'只问一个问题——“您有多大可能向别人推荐我们？”——用 0–10 分作答。9–10 分为推荐者，7–8 分为被动者，0–6 分为贬损者；NPS = 推荐者百分比 − 贬损者百分比，范围为 −100 到 100。',
	'concept.nps.why': '它简单、应用广泛，并与推荐意向——客户忠诚的四项衡量指标之一——直接相关。',
	'concept.nps.how':
		'“满意与忠诚”视图根据 0–10 分的推荐题计算 NPS 及其 95% 置信区间，包括总体和分组结果；1–10 或 1–5 分的题目不是 NPS，会被拒绝。',
	'concept.nps.mistakes':
		'在其他量表上计算“NPS”。不看置信区间就比较小样本。把 NPS 当作客户忠诚的全部。',

	'concept.loyaltyMeasures.title': '客户忠诚及其衡量',
	'concept.loyaltyMeasures.definition':
		'客户忠诚分为精神忠诚（偏好与意向）和行为忠诚（实际再次购买）。其衡量指标为重复购买意向、交叉购买意向、推荐意向和价格忍耐力。在各种忠诚类型——垄断忠诚、亲缘忠诚、潜在忠诚、方便（惰性）忠诚、价格忠诚、激励忠诚和超值忠诚——中，以信任为基础的超值忠诚才是企业想要的。',
	'concept.loyaltyMeasures.why':
		'忠诚客户买得更多、服务成本更低、能接受更高的价格，还会带来新客户。各项指标受不同因素驱动：转移成本提高重复购买意向和价格忍耐力，却不提高交叉购买意向和推荐意向。',
	'concept.loyaltyMeasures.how':
		'“满意与忠诚”视图把问卷题目对应到这些构念并分别计分；当某个交易数据集与问卷有相同的客户编号时，还会比较自述的忠诚与问卷之后的实际重复购买。',
	'concept.loyaltyMeasures.mistakes':
		'只把重复购买当作忠诚：它可能是惰性或被锁定。在四项指标意见不一时把它们平均成一个数——价格忍耐力常常与其他指标不一致。',

	'concept.drivers.title': '满意与忠诚的驱动因素',
	'concept.drivers.definition':
		'客户忠诚取决于客户认知价值、客户满意、客户信任和转移成本。关键驱动因素分析衡量哪些属性对忠诚或满意影响最大；重要性–绩效分析（Martilla 与 James，1977）把每个因素放在一个网格上：重点改进、继续保持、低优先级、可能过度。',
	'concept.drivers.why':
		'它显示改进在哪里最有回报：重要而表现差的属性应最先处理，花在不重要属性上的钱可以节省下来。',
	'concept.drivers.how':
		'“满意与忠诚”视图用三种方式衡量每个因素的重要性——与目标的相关系数、标准化回归系数和 Johnson 相对权重（在 R² 中所占份额）——并以平均得分作为绩效画出重要性–绩效网格。',
	'concept.drivers.mistakes':
		'驱动因素相互重叠时解读回归系数：符号可能反转。把相关当作因果。忽视“可能过度”象限。',

	'concept.reliability.title': '量表信度（Cronbach α）',
	'concept.reliability.definition':
		'当几道问卷题目测量同一个构念时，Cronbach α 表示它们测量得有多一致（0 到 1；通常约 0.7 以上可以接受）。题目–其余相关和“删除该题后的 α”显示哪道题不合群。',
	'concept.reliability.why':
		'只有各题目一致时，构念得分才有意义。在 ECSI 手机调查中，价格忍耐力题几乎不随其他忠诚题变化：包含它时 α 约为 0.44，去掉它后约为 0.70。',
	'concept.reliability.how':
		'“满意与忠诚”视图在完整作答的样本上计算每个构念的 α，给出题目–其余相关和删除某题后的 α，并标出不合群的题目。',
	'concept.reliability.mistakes':
		'忘记把反向措辞的题目反向计分。把高 α 当作题目测对了东西的证明。不问题目测量的是什么，一味删题直到 α 好看。',

	'concept.churn.title': '客户流失与投诉',
	'concept.churn.definition':
		'流失是关系的结束：主动流失（客户离开）或被动流失（企业放手）。原因包括价格、产品、服务、技术、促销、需求变化、管理、政治等。在不满意的客户中只有约 4% 会投诉，其余的人默默离开。',
	'concept.churn.why':
		'留住一位客户通常比赢得一位新客户便宜，而流失的客户往往投向竞争对手（见顾客累加效应）。妥善处理的投诉是赢得忠诚的机会。',
	'concept.churn.how':
		'没有流失记录时，“生命周期”视图根据不活跃推断流失：距最后一次购买的时间超过由通常购买间隔得出的阈值，即视为流失。客户文件中有流失标记和原因时，则改用它们。',
	'concept.churn.mistakes':
		'把处在两次购买之间的客户算作流失。把投诉少理解为问题少。对购买节奏差别很大的产品使用同一个不活跃阈值。',

	'concept.accumulation.title': '顾客累加效应',
	'concept.accumulation.definition':
		'两家商店起初各有 100 位顾客，每位顾客带来 10 的利润。每期有一位顾客从 A 转到 B：99/101、98/102……90/110，之后是 75/125 和 50/150。绝对差距不断扩大，相对规模 B/A 从 1.00 升到 3.00；利润随之变化。',
	'concept.accumulation.why':
		'把一位顾客输给对手是双重损失：你少了一位，对手多了一位，所以差距的增长速度是任何一家顾客数变化的两倍。',
	'concept.accumulation.how':
		'这一概念无需从数据计算：“学习”页的顾客累加效应模拟可以改变起始顾客数、每位顾客的利润和每期转走的顾客数，并显示表格和图表。',
	'concept.accumulation.mistakes':
		'只计算自己的损失。认为少量而稳定的流失无关紧要：随着 A 变小，相对规模增长得越来越快。',

	'concept.customerShare.title': '客户份额（客户占有率）',
	'concept.customerShare.definition':
		'我们在一位客户某类支出中所占的份额。市场份额策略把一种产品卖给尽可能多的客户；客户份额策略把尽可能多的产品卖给同一位客户。',
	'concept.customerShare.why':
		'提高现有客户的份额（交叉销售、承接他们更多的购买）往往比赢得新客户便宜，而高份额也是忠诚的标志。',
	'concept.customerShare.how':
		'交易数据只显示客户在你这里的花费，因此工作台无法仅凭它计算份额：客户在该类别的总支出必须来自其他来源，例如问卷题目。“细分与价值”视图给出分子，即每位客户在你这里的花费。',
	'concept.customerShare.mistakes':
		'把客户在你这里的花费当作其全部支出。追逐一次性买家的市场份额，而最好的客户把大部分需求放在了别处。',

	'concept.crmDatabase.title': 'CRM 数据库',
	'concept.crmDatabase.definition':
		'CRM 数据库保存静态数据（地址、联系方式、教育、收入、地区）和动态数据（购买历史、投诉、信用、购物篮、交叉购买、贡献、RFM）。基于知识的营销向它提出的问题包括：客户画像；购买频率、金额与最近一次购买；典型客户群；终生价值；营销活动的效果；偏差分析、趋势分析和未来销售预测。',
	'concept.crmDatabase.why':
		'工作台中的每一项分析都在回答其中一个问题，而没有干净、可关联的客户数据，这些分析都无从谈起。',
	'concept.crmDatabase.how':
		'“数据”视图导入交易（动态数据）、客户属性（静态数据）、问卷和客户汇总，逐行检查，并按客户编号关联。所有数据都留在你的浏览器中。',
	'concept.crmDatabase.mistakes':
		'不同文件中的客户编号不一致（“00017”与“17”）。只保存静态数据而丢失购买历史。没有明确规则就把退货混入销售。'
};

// The cards for the textbook topics added with issue 24 live in their own module; they are part
// of the concept cards like every other.
export const conceptsMessages = {
	en: { ...en, ...courseConceptMessages.en },
	zh: { ...zh, ...courseConceptMessages.zh }
};
