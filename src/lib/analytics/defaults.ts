// The workbench's default settings in one place, read by the engine, the app's views, the CLI and
// checked against the concept cards' texts (defaults.test.ts), so that no page, card or command
// contradicts another. Change a default here and the test names every text that must follow.

export const DEFAULTS = {
	/**
	 * Jones & Sasser zone lines on the 0–10 scores: "high" satisfaction and loyalty start at 7 (a
	 * 7-of-10 answer rescales to 6.7 on 1–10 items, so 8 would call most "satisfied" answers low);
	 * apostles at 9 or more on both, terrorists at 2 or less on both.
	 */
	jonesSasser: { satisfactionHigh: 7, loyaltyHigh: 7, apostleMin: 9, terroristMax: 2 },
	/**
	 * NPS is defined on a 0–10 recommendation question only: promoters 9–10, passives 7–8,
	 * detractors 0–6. An item's scale comes from its answers (or the user); a header such as
	 * "recommend" never turns 1–10 answers into 0–10.
	 */
	nps: { scale: [0, 10] as [number, number], promoterMin: 9, passiveMin: 7 },
	/**
	 * The loyalty index (the default loyalty axis): repurchase, cross-buying and recommendation
	 * intention and stated loyalty. Price tolerance is left out: it follows switching cost and price
	 * sensitivity rather than loyalty, and lowers the index's reliability (ECSI: α 0.44 → 0.70).
	 */
	loyaltyIndex: {
		constructs: ['repurchase', 'crossBuying', 'recommendation', 'loyalty'] as const,
		excluded: ['priceTolerance'] as const
	},
	/** The shared alive/churned rule (analytics/lifecycle/churnRule.ts). */
	churn: {
		method: 'auto' as const,
		model: 'best' as const,
		cutoff: 0.5,
		gapMultiple: 3,
		floorDays: 90
	},
	/**
	 * Relationship stages on monthly periods; exit pattern IV (long-term retention 长期保持型)
	 * means leaving late in the stability stage: 6 or more months in stability before churning.
	 */
	stages: { explorationPeriods: 3, explorationMaxPurchases: 2, lateStabilityPeriods: 6 },
	/**
	 * Lifetime value: 12 calendar months ahead, 1 % discount a month. Margin unset: CLV is computed
	 * on revenue and labelled as an upper bound, with a prompt to enter the margin.
	 */
	clv: { horizonMonths: 12, discountPctPerMonth: 1, marginPct: null as number | null },
	/**
	 * The value pyramid, Pareto and ABC rank by historical net value by default: margin when the
	 * data has cost, else net revenue. Predicted lifetime value is one choice away, but needs a
	 * fitted model first, which is not the first lesson.
	 */
	pyramid: { basis: 'margin' as const }
} as const;
