// The textbook customer life curve (客户生命曲线) as order-rate and basket multipliers by month
// since acquisition: exploration (trial), formation (growth), stability (plateau), decline, exit.

export interface LifePlan {
	/** Months of exploration 考察期 (trial orders, small baskets). */
	exploration: number;
	/** Months of formation 形成期 (volume grows linearly to the plateau). */
	formation: number;
	/** First month with no orders (the customer has left); Infinity when still active. */
	exit: number;
	/** First month of decline 退化期; Infinity when none. */
	declineStart: number;
	/** Order-rate factor per month of decline. */
	declineFactor: number;
}

export interface LifePoint {
	rate: number;
	basket: number;
	stage: 'exploration' | 'formation' | 'stability' | 'decline' | 'gone';
}

const TRIAL_RATE = 0.35;
const TRIAL_BASKET = 0.55;
const DECLINE_FLOOR = 0.2;

/** Multipliers of the plateau order rate and basket in month `m` (0 = month of acquisition). */
export function lifeCurve(plan: LifePlan, m: number): LifePoint {
	if (m >= plan.exit) return { rate: 0, basket: 0, stage: 'gone' };
	if (m < plan.exploration) return { rate: TRIAL_RATE, basket: TRIAL_BASKET, stage: 'exploration' };
	const grown = m - plan.exploration + 1;
	if (grown <= plan.formation) {
		const t = grown / (plan.formation + 1);
		return {
			rate: TRIAL_RATE + (1 - TRIAL_RATE) * t,
			basket: TRIAL_BASKET + (1 - TRIAL_BASKET) * t,
			stage: 'formation'
		};
	}
	if (m >= plan.declineStart) {
		const rate = Math.max(DECLINE_FLOOR, plan.declineFactor ** (m - plan.declineStart + 1));
		return { rate, basket: 0.85 + 0.15 * rate, stage: 'decline' };
	}
	return { rate: 1, basket: 1, stage: 'stability' };
}
