// The course topics added to the sample after its first release (issue 18): churn reasons,
// complaints, referral links and the survey items for wallet share, referrals and the loyalty
// kinds. Every draw comes from its own new seeded stream, so the columns that existed before
// keep their bytes; the values follow the same hidden attitudes that drive behaviour, so what a
// customer says, complains about and does still tell one story.
import { createRng, mixSeed, type Rng } from './createRng';
import type { SampleCustomer } from './drawCustomers';
import type { SurveyResponse } from './drawSurvey';
import type { SampleTransactions } from './drawTransactions';
import { exitOf } from './exitOf';
import { retailSpec } from './retailSpec';

const STREAM_CHURN = 6;
const STREAM_COMPLAINTS = 7;
const STREAM_SURVEY_EXTRA = 8;
const STREAM_HIDDEN_EXTRA = 9;

export const churnReasons = [
	'price',
	'product',
	'service',
	'technology',
	'promotion',
	'need',
	'management',
	'political',
	'other'
] as const;
export type ChurnReason = (typeof churnReasons)[number];

export interface ChurnInfo {
	reason: ChurnReason;
	type: 'active' | 'passive';
}

export interface Complaint {
	customer: SampleCustomer;
	day: number;
	channel: string;
	topic: string;
	resolved: boolean;
	/** Days until resolved; null when not resolved. */
	daysToResolve: number | null;
	satisfied: boolean;
}

/** Survey columns appended after complaint_handling, with their answer scale. */
export const extraSurveyItems = [
	{ name: 'wallet_share', scale: [0, 100] },
	{ name: 'referrals', scale: [0, 30] },
	{ name: 'alternatives_available', scale: [1, 7] },
	{ name: 'relationship_ties', scale: [1, 7] },
	{ name: 'bargain_focus', scale: [1, 7] },
	{ name: 'rewards_use', scale: [1, 7] }
] as const;
export type ExtraSurveyItem = (typeof extraSurveyItems)[number]['name'];

export interface CourseExtras {
	/** By customer index; only customers who left inside the data period. */
	churn: (ChurnInfo | null)[];
	/** By customer index: index of the customer who referred them, or -1. */
	referredBy: number[];
	complaints: Complaint[];
	/** By respondent, in survey order. */
	surveyExtras: Record<ExtraSurveyItem, string>[];
}

interface Hidden {
	/** Talks about the shop a lot whatever they buy (the course's "buys little, promotes a lot"). */
	advocate: boolean;
	/** Family or friends work at / own the shop (kinship loyalty). */
	ties: boolean;
	/** How much the customer chases points, coupons and member rewards (0–1). */
	rewardsDrive: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function drawHidden(seed: number, c: SampleCustomer): Hidden {
	const rng = createRng(mixSeed(seed, STREAM_HIDDEN_EXTRA, c.index));
	const youngOrSocial = c.ageBand === 0 || c.acquisitionChannel === 'social';
	return {
		advocate: rng.bernoulli(youngOrSocial ? 0.22 : 0.05),
		ties: rng.bernoulli(0.04 + 0.08 * c.switchingCost),
		rewardsDrive: sigmoid(
			rng.normal(-0.6, 1) +
				(c.acquisitionChannel === 'promotion' ? 1.2 : 0) +
				1.6 * (c.priceSensitivity - 0.5) +
				(c.ageBand <= 1 ? 0.3 : 0)
		)
	};
}

function drawChurn(c: SampleCustomer, rng: Rng): ChurnInfo {
	// The firm lets go mostly of customers who never became profitable.
	const passiveChance = c.type === 'abortion' ? 0.22 : c.type === 'midway' ? 0.1 : 0.04;
	if (rng.bernoulli(passiveChance)) {
		const reason = (['management', 'other', 'political'] as const)[rng.pick([0.55, 0.3, 0.15])];
		return { reason, type: 'passive' };
	}
	const handledBadly = c.complained && !c.handledWell;
	const weights: Record<ChurnReason, number> = {
		price: 0.6 + 3.2 * c.priceSensitivity,
		product: 0.5 + (c.latent < 4 ? 1.6 : 0.3),
		service: 0.3 + (c.basic < 6 ? 1.8 : 0) + (handledBadly ? 6 : 0),
		technology: 0.2 + (c.mainChannel === 1 ? 0.6 : 0),
		promotion: 0.25 + (c.acquisitionChannel === 'promotion' ? 1.2 : 0),
		need: c.type === 'abortion' ? 1.0 : 0.45,
		management: 0.12,
		political: 0.04,
		other: 0.3
	};
	return { reason: churnReasons[rng.pick(churnReasons.map((r) => weights[r]))], type: 'active' };
}

function drawReferrers(seed: number, customers: SampleCustomer[], hidden: Hidden[]): number[] {
	const referredBy = customers.map(() => -1);
	// Customers are in sign-up order: a referrer must have joined (and bought) at least a week before.
	const weight = customers.map((c, i) =>
		c.type === 'neverBought' ? 0 : Math.exp(0.7 * (c.attitude - 5)) * (hidden[i].advocate ? 6 : 1)
	);
	for (const c of customers) {
		if (c.acquisitionChannel !== 'referral') continue;
		const rng = createRng(mixSeed(seed, STREAM_HIDDEN_EXTRA + 100, c.index));
		const pool: number[] = [];
		const w: number[] = [];
		for (let j = 0; j < c.index && customers[j].signupDay <= c.signupDay - 7; j++) {
			if (weight[j] > 0) {
				pool.push(j);
				w.push(weight[j]);
			}
		}
		if (pool.length > 0) referredBy[c.index] = pool[rng.pick(w)];
	}
	return referredBy;
}

const COMPLAINT_CHANNELS = ['phone', 'online', 'app', 'store'];
const COMPLAINT_TOPICS = ['delivery', 'quality', 'wrong item', 'price', 'service', 'technology'];

function drawComplaints(
	seed: number,
	c: SampleCustomer,
	tx: SampleTransactions,
	surveyDay: number | undefined
): Complaint[] {
	if (!c.complained) return [];
	const rng = createRng(mixSeed(seed, STREAM_COMPLAINTS, c.index));
	// A respondent who said "complained: yes" complained before answering.
	const before = surveyDay ?? Infinity;
	const orders = tx.byCustomer[c.index].filter((p) => p.day < before - 1);
	if (orders.length === 0) return [];
	const count = rng.bernoulli(0.2) ? 2 : 1;
	const out: Complaint[] = [];
	for (let k = 0; k < count; k++) {
		const order = orders[rng.int(0, orders.length - 1)];
		const day = Math.min(retailSpec.end, before - 1, order.day + rng.int(1, 7));
		const resolved = c.handledWell ? rng.bernoulli(0.97) : rng.bernoulli(0.35);
		const daysToResolve = !resolved ? null : c.handledWell ? rng.int(0, 3) : rng.int(6, 35);
		out.push({
			customer: c,
			day,
			channel: COMPLAINT_CHANNELS[rng.pick([0.35, 0.3, 0.2, 0.15])],
			topic: COMPLAINT_TOPICS[rng.pick([0.3, 0.25, 0.15, 0.1, 0.12, 0.08])],
			resolved,
			daysToResolve,
			satisfied: c.handledWell
		});
	}
	return out.sort((a, b) => a.day - b.day);
}

const item7 = (x: number) => String(Math.round(clamp(x, 1, 7)));

function drawSurveyExtras(
	seed: number,
	c: SampleCustomer,
	h: Hidden,
	referred: number
): Record<ExtraSurveyItem, string> {
	const rng = createRng(mixSeed(seed, STREAM_SURVEY_EXTRA, c.index));
	const tier = retailSpec.cityTiers.indexOf(c.cityTier as (typeof retailSpec.cityTiers)[number]);
	const share =
		100 * sigmoid(0.55 * (c.repurchase - 4.6) + 0.6 * Math.log(c.rate + 0.1) + rng.normal(0, 0.7));
	// People told about the shop: far more than the few who became customers through a link.
	const talk = Math.exp(-0.7 + 0.4 * (c.attitude - 5)) * (h.advocate ? 8 : 1);
	const answers: Record<ExtraSurveyItem, string> = {
		wallet_share: String(5 * Math.round(share / 5)),
		referrals: String(Math.min(30, referred + rng.poisson(talk))),
		alternatives_available: item7(
			5.6 - 5 * (c.switchingCost - 0.4) - 0.4 * tier + rng.normal(0, 1)
		),
		relationship_ties: item7(h.ties ? rng.normal(6.3, 0.6) : rng.normal(2, 1)),
		bargain_focus: item7(1 + 6 * c.priceSensitivity + rng.normal(0, 0.7)),
		rewards_use: item7(1 + 6 * h.rewardsDrive + rng.normal(0, 0.6))
	};
	for (const { name } of extraSurveyItems) {
		const u = rng.next();
		if (u < 0.01) answers[name] = '';
		else if (u < 0.025 && name !== 'referrals') answers[name] = "don't know";
	}
	return answers;
}

export function drawCourseExtras(
	seed: number,
	customers: SampleCustomer[],
	tx: SampleTransactions,
	survey: SurveyResponse[]
): CourseExtras {
	const hidden = customers.map((c) => drawHidden(seed, c));
	const churn = customers.map((c) =>
		exitOf(c, tx.byCustomer[c.index]).status === 'left'
			? drawChurn(c, createRng(mixSeed(seed, STREAM_CHURN, c.index)))
			: null
	);
	const referredBy = drawReferrers(seed, customers, hidden);
	const surveyDay = new Map(survey.map((r) => [r.customer.index, r.day]));
	const complaints = customers
		.flatMap((c) => drawComplaints(seed, c, tx, surveyDay.get(c.index)))
		.sort((a, b) => a.day - b.day || a.customer.index - b.customer.index);
	const referredCount = customers.map(() => 0);
	for (const r of referredBy) if (r >= 0) referredCount[r]++;
	const surveyExtras = survey.map((r) =>
		drawSurveyExtras(seed, r.customer, hidden[r.customer.index], referredCount[r.customer.index])
	);
	return { churn, referredBy, complaints, surveyExtras };
}
