// Draws the post-purchase satisfaction survey: respondents are customers who bought in the
// fieldwork window, asked a few days after an order; their answers are noisy measures of the
// same latent attitudes that drive their purchases, so stated loyalty predicts what follows.
import { createRng, mixSeed, type Rng } from './createRng';
import { repurchaseItem, type SampleCustomer } from './drawCustomers';
import type { SampleTransactions } from './drawTransactions';
import { retailSpec } from './retailSpec';

export const DONT_KNOW = "don't know";

/** Survey columns after respondent_id, customer_id and survey_date, with their answer scale. */
export const surveyItems = [
	{ name: 'overall_satisfaction', scale: [1, 10] },
	{ name: 'basic_delivery_on_time', scale: [1, 10] },
	{ name: 'basic_correct_goods', scale: [1, 10] },
	{ name: 'basic_price_as_listed', scale: [1, 10] },
	{ name: 'latent_surprise_recommendations', scale: [1, 10] },
	{ name: 'latent_personal_service', scale: [1, 10] },
	{ name: 'latent_member_surprises', scale: [1, 10] },
	{ name: 'repurchase_intention', scale: [1, 7] },
	{ name: 'cross_buying_intention', scale: [1, 7] },
	{ name: 'recommend', scale: [0, 10] },
	{ name: 'price_tolerance', scale: [1, 7] },
	{ name: 'trust', scale: [1, 7] },
	{ name: 'switching_cost', scale: [1, 7] },
	{ name: 'complained', scale: null },
	{ name: 'complaint_handling', scale: [1, 10] }
] as const;

export type SurveyItem = (typeof surveyItems)[number]['name'];

export interface SurveyResponse {
	respondentId: string;
	customer: SampleCustomer;
	day: number;
	answers: Record<SurveyItem, string>;
}

const STREAM_SURVEY = 4;
const STREAM_ANSWERS = 5;
/** Chance of "don't know" per item; latent expectations are the ones customers cannot judge. */
const DONT_KNOW_RATE: Partial<Record<SurveyItem, number>> = {
	basic_delivery_on_time: 0.005,
	basic_correct_goods: 0.005,
	basic_price_as_listed: 0.005,
	latent_surprise_recommendations: 0.05,
	latent_personal_service: 0.04,
	latent_member_surprises: 0.05,
	repurchase_intention: 0.01,
	cross_buying_intention: 0.015,
	recommend: 0.01,
	price_tolerance: 0.025,
	trust: 0.025,
	switching_cost: 0.025
};
const BLANK_RATE = 0.012;
const EXIT_TYPES = new Set(['abortion', 'midway', 'premature', 'lateExit']);

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function scaled(x: number, [lo, hi]: readonly [number, number]): string {
	return String(Math.round(Math.min(hi, Math.max(lo, x))));
}

function drawAnswers(c: SampleCustomer, rng: Rng): Record<SurveyItem, string> {
	const ten = [1, 10] as const;
	const seven = [1, 7] as const;
	const a = c.attitude;
	const priceTolerance =
		0.5 * (a - 4.6) + 3 * (c.switchingCost - 0.4) - 3 * (c.priceSensitivity - 0.5);
	const answers: Record<SurveyItem, string> = {
		overall_satisfaction: scaled(c.satisfaction + rng.normal(0, 0.5), ten),
		basic_delivery_on_time: scaled(c.basic - 0.3 + rng.normal(0, 0.9), ten),
		basic_correct_goods: scaled(c.basic + 0.2 + rng.normal(0, 0.9), ten),
		basic_price_as_listed: scaled(c.basic + 0.1 + rng.normal(0, 0.9), ten),
		latent_surprise_recommendations: scaled(c.latent - 0.2 + rng.normal(0, 1), ten),
		latent_personal_service: scaled(c.latent + 0.1 + rng.normal(0, 1), ten),
		latent_member_surprises: scaled(c.latent + rng.normal(0, 1), ten),
		repurchase_intention: scaled(repurchaseItem(c.repurchase) + rng.normal(0, 0.5), seven),
		cross_buying_intention: scaled(1 + 6 * sigmoid((a - 5) / 1.3) + rng.normal(0, 0.6), seven),
		recommend: scaled(2.2 + 1.1 * a + rng.normal(0, 0.8), [0, 10]),
		price_tolerance: scaled(4 + 1.2 * priceTolerance + rng.normal(0, 0.6), seven),
		trust: scaled(4 + 0.45 * (c.basic - 7.5) + 0.35 * (c.latent - 5) + rng.normal(0, 0.7), seven),
		switching_cost: scaled(1 + 6 * c.switchingCost + rng.normal(0, 0.6), seven),
		complained: c.complained ? 'yes' : 'no',
		complaint_handling: c.complained ? String(c.handledWell ? rng.int(8, 10) : rng.int(1, 3)) : ''
	};
	for (const item of Object.keys(DONT_KNOW_RATE) as SurveyItem[]) {
		const u = rng.next();
		if (u < BLANK_RATE) answers[item] = '';
		else if (u < BLANK_RATE + (DONT_KNOW_RATE[item] ?? 0)) answers[item] = DONT_KNOW;
	}
	return answers;
}

/** Picks the order after which the customer was surveyed, or -1 when none fits the window. */
function surveyDay(c: SampleCustomer, tx: SampleTransactions, rng: Rng): number {
	const { surveyStart, surveyEnd } = retailSpec;
	const anchors = tx.byCustomer[c.index].filter(
		(p) => p.day >= surveyStart - 3 && p.day <= surveyEnd - 14
	);
	if (anchors.length === 0) return -1;
	// Customers about to leave are mostly asked after their last orders.
	const late = EXIT_TYPES.has(c.type) && rng.bernoulli(0.7);
	const anchor = late ? anchors[anchors.length - 1] : anchors[rng.int(0, anchors.length - 1)];
	return Math.min(surveyEnd, Math.max(surveyStart, anchor.day + rng.int(3, 14)));
}

export function drawSurvey(
	seed: number,
	customers: SampleCustomer[],
	tx: SampleTransactions,
	respondents: number
): SurveyResponse[] {
	const eligible: { c: SampleCustomer; day: number; key: number }[] = [];
	for (const c of customers) {
		const rng = createRng(mixSeed(seed, STREAM_SURVEY, c.index));
		const day = surveyDay(c, tx, rng);
		if (day < 0) continue;
		// Weighted sampling without replacement (Efraimidis–Spirakis): complainers answer more often.
		const weight = c.complained ? 3 : 1;
		eligible.push({ c, day, key: rng.next() ** (1 / weight) });
	}
	eligible.sort((a, b) => b.key - a.key || a.c.index - b.c.index);
	const chosen = eligible.slice(0, respondents);
	chosen.sort((a, b) => a.day - b.day || a.c.index - b.c.index);
	return chosen.map(({ c, day }, i) => ({
		respondentId: `S${String(i + 1).padStart(4, '0')}`,
		customer: c,
		day,
		answers: drawAnswers(c, createRng(mixSeed(seed, STREAM_ANSWERS, c.index)))
	}));
}
