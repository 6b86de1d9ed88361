// Draws the customers of the teaching retailer: attributes, latent attitudes (satisfaction of
// basic and latent expectations, switching cost, price sensitivity) and, from them, a latent
// behaviour type with its life plan. Attitudes come first so that survey answers and purchase
// behaviour tell the same story.
import { dayFromYMD, monthIndex } from '../../src/lib/analytics/dates';
import { createRng, mixSeed, type Rng } from './createRng';
import type { LifePlan } from './lifeCurve';
import { retailSpec } from './retailSpec';

export type LatentType =
	| 'champion'
	| 'loyal'
	| 'decliner'
	| 'lateExit'
	| 'premature'
	| 'midway'
	| 'abortion'
	| 'neverBought';
export type Cohort = 'established' | 'growing' | 'recent';
export type Zone = 'apostle' | 'loyalist' | 'mercenary' | 'hostage' | 'defector' | 'terrorist';

export interface SampleCustomer {
	index: number;
	id: string;
	age: number | null;
	ageBand: number;
	gender: string;
	region: string;
	cityTier: string;
	incomeBand: string | null;
	acquisitionChannel: string;
	signupDay: number;
	type: LatentType;
	cohort: Cohort;
	/** Latent satisfaction of basic expectations 基本期望, 1–10. */
	basic: number;
	/** Latent satisfaction of latent expectations 潜在期望, 1–10. */
	latent: number;
	/** Overall satisfaction, 1–10. */
	satisfaction: number;
	switchingCost: number;
	priceSensitivity: number;
	complained: boolean;
	handledWell: boolean;
	/** Attitudinal loyalty (drives recommendation and cross-buying), about 0–10. */
	attitude: number;
	/** Repurchase disposition: attitude plus switching cost minus price sensitivity. */
	repurchase: number;
	zone: Zone;
	/** Typical basket in CNY at the plateau. */
	value: number;
	/** Orders per month at the plateau. */
	rate: number;
	plan: LifePlan;
	primaryCategory: number;
	mainChannel: number;
}

const STREAM_ATTRIBUTES = 1;
const STREAM_PLAN = 2;
const NEVER_BOUGHT = 0.015;
const RECENT = 0.06;
const GROWING = 0.09;
/** Cumulative shares of the behaviour score ranking, lowest first. */
const TYPE_CUTS: [LatentType, number][] = [
	['abortion', 0.27],
	['midway', 0.39],
	['premature', 0.52],
	['lateExit', 0.64],
	['decliner', 0.72],
	['loyal', 1]
];
const PLATEAU_RATE: Record<LatentType, number> = {
	champion: 1.1,
	loyal: 0.9,
	decliner: 0.9,
	lateExit: 1.0,
	premature: 0.9,
	midway: 0.8,
	abortion: 0,
	neverBought: 0
};
const TYPE_VALUE: Record<LatentType, number> = {
	champion: 1,
	loyal: 1,
	decliner: 1.05,
	lateExit: 1.3,
	premature: 0.95,
	midway: 0.9,
	abortion: 0.75,
	neverBought: 1
};

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Basic expectations: loyalty rises with diminishing returns and saturates (the trap's plateau). */
export function basicEffect(basic: number): number {
	return 3.6 * (1 - Math.exp(-(basic - 1) / 2));
}

/** Latent expectations: loyalty rises with increasing returns (delight). */
export function latentEffect(latent: number): number {
	return 5 * ((latent - 1) / 9) ** 3;
}

/** Expected 1–7 repurchase-intention answer of a repurchase disposition. */
export function repurchaseItem(repurchase: number): number {
	return 1 + 6 * sigmoid((repurchase - 4.6) / 1.3);
}

function drawAttributes(c: SampleCustomer, rng: Rng): void {
	const s = retailSpec;
	c.ageBand = rng.pick([0.15, 0.32, 0.26, 0.16, 0.11]);
	const [lo, hi] = s.ageBands[c.ageBand];
	c.age = rng.bernoulli(0.01) ? null : rng.int(lo, hi);
	c.gender = s.genders[rng.bernoulli(0.56) ? 0 : 1];
	c.region = s.regions[rng.pick([0.3, 0.17, 0.18, 0.12, 0.11, 0.05, 0.07])];
	const tier = rng.pick([0.2, 0.32, 0.28, 0.2]);
	c.cityTier = s.cityTiers[tier];
	const incomeScore =
		rng.normal() + [0.5, 0.2, -0.2, -0.5][tier] + [-0.9, 0, 0.35, 0.25, -0.2][c.ageBand];
	const income = incomeScore < -0.8 ? 0 : incomeScore < 0.3 ? 1 : incomeScore < 1.2 ? 2 : 3;
	c.incomeBand = rng.bernoulli(0.03) ? null : s.incomeBands[income];
	const young = c.ageBand === 0;
	const old = c.ageBand === 4;
	const channel = rng.pick([
		0.28,
		young ? 0.43 : old ? 0.14 : 0.24,
		0.14,
		young ? 0.11 : old ? 0.32 : 0.18,
		0.16
	]);
	c.acquisitionChannel = s.acquisitionChannels[channel];

	// Typical basket: income, age and city tier matter a bit; the rest is individual taste.
	const incomeValue = c.incomeBand === null ? 150 : [95, 140, 200, 290][income];
	c.value =
		incomeValue *
		[0.85, 1.05, 1.1, 1.0, 0.9][c.ageBand] *
		[1.15, 1.05, 0.95, 0.85][tier] *
		Math.exp(rng.normal(0, 0.25));
	c.primaryCategory = rng.pick(
		c.gender === 'female' ? [0.3, 0.07, 0.15, 0.25, 0.15, 0.08] : [0.2, 0.3, 0.15, 0.08, 0.15, 0.12]
	);
	const storeBias = c.acquisitionChannel === 'store' ? 0.3 : 0;
	c.mainChannel = rng.pick(
		c.ageBand <= 1
			? [0.3, 0.55, 0.15 + storeBias]
			: c.ageBand <= 3
				? [0.35, 0.4, 0.25 + storeBias]
				: [0.3, 0.2, 0.5 + storeBias]
	);
}

function drawAttitudes(c: SampleCustomer, rng: Rng): void {
	// Basic expectations are mostly met: skewed high with a long tail of failures.
	const zBasic = rng.normal();
	let basic = 10 - Math.exp(0.55 + 0.6 * zBasic);
	const incident = rng.bernoulli(0.3);
	if (incident) basic -= rng.uniform(1.5, 3.5);
	let latent = 5 + 1.9 * (-0.2 * zBasic + 0.98 * rng.normal());
	if (c.acquisitionChannel === 'referral') latent += 0.6;
	// Few customers with a problem complain (TARP: about 4 in 100); handled well, they recover.
	c.complained = incident && rng.bernoulli(0.07);
	c.handledWell = c.complained && rng.bernoulli(0.55);
	if (c.complained && c.handledWell) {
		basic += 2;
		latent += 1.5;
	} else if (c.complained) {
		basic = Math.min(basic, rng.uniform(1, 3));
		latent = Math.min(latent, rng.uniform(1, 3.5));
	}
	c.basic = clamp(basic, 1, 10);
	c.latent = clamp(latent, 1, 10);
	c.satisfaction = clamp(0.55 * c.basic + 0.45 * c.latent + 0.6 + rng.normal(0, 0.4), 1, 10);
	const tierIndex = retailSpec.cityTiers.indexOf(
		c.cityTier as (typeof retailSpec.cityTiers)[number]
	);
	c.switchingCost = sigmoid(
		rng.normal(-0.5, 1.4) + 0.25 * tierIndex + (c.acquisitionChannel === 'store' ? 0.4 : 0)
	);
	const incomeShift = c.incomeBand === 'under 5k' ? 0.6 : c.incomeBand === '20k+' ? -0.6 : 0;
	c.priceSensitivity = sigmoid(
		rng.normal() + incomeShift + (c.acquisitionChannel === 'promotion' ? 1.2 : 0)
	);
	const terrorist = c.complained && !c.handledWell;
	c.attitude =
		0.8 + basicEffect(c.basic) + latentEffect(c.latent) + rng.normal(0, 0.5) - (terrorist ? 2 : 0);
	// Switching cost moves repurchase (and price tolerance) only, not recommendation.
	c.repurchase = c.attitude + 4 * (c.switchingCost - 0.4) - 1.6 * (c.priceSensitivity - 0.5);
	const rep = repurchaseItem(c.repurchase);
	const sat = c.satisfaction;
	c.zone = terrorist
		? 'terrorist'
		: sat >= 8.5 && rep >= 5.5
			? 'apostle'
			: sat >= 7 && rep >= 4.5
				? 'loyalist'
				: sat >= 7
					? 'mercenary'
					: rep >= 4.5
						? 'hostage'
						: 'defector';
}

/** Behaviour score: repurchase disposition plus a little acquisition-channel and age effect. */
function behaviourScore(c: SampleCustomer, rng: Rng): number {
	const channel = { search: 0, social: -0.2, referral: 0.7, store: 0.3, promotion: -0.6 }[
		c.acquisitionChannel
	];
	const age = [-0.25, 0, 0.15, 0.15, 0][c.ageBand];
	return c.repurchase + (channel ?? 0) + age + rng.normal(0, 0.9);
}

const ymd = dayFromYMD;

function drawSignup(c: SampleCustomer, rng: Rng): number {
	if (c.cohort === 'recent') return rng.int(ymd(2024, 10, 1), ymd(2024, 12, 24));
	if (c.cohort === 'growing') return rng.int(ymd(2024, 3, 1), ymd(2024, 9, 30));
	const from = ymd(2022, 1, 1);
	const until: Record<LatentType, number> = {
		abortion: ymd(2024, 2, 29),
		midway: ymd(2024, 1, 31),
		premature: ymd(2023, 6, 30),
		lateExit: ymd(2022, 9, 30),
		decliner: ymd(2022, 9, 30),
		loyal: ymd(2023, 9, 30),
		champion: ymd(2023, 9, 30),
		neverBought: ymd(2024, 12, 24)
	};
	return rng.int(from, until[c.type]);
}

function drawPlan(c: SampleCustomer, rng: Rng): LifePlan {
	const exploration = rng.int(1, 2);
	const plan: LifePlan = {
		exploration,
		formation: rng.int(3, 6),
		exit: Infinity,
		declineStart: Infinity,
		declineFactor: 1
	};
	const months = (day: number) => monthIndex(day) - monthIndex(c.signupDay);
	switch (c.type) {
		case 'midway':
			// Leaves while volume is still growing (before the plateau).
			plan.formation = rng.int(5, 8);
			plan.exit = exploration + rng.int(2, plan.formation - 1);
			break;
		case 'premature':
			// Reaches the plateau, leaves a few months into stability.
			plan.formation = rng.int(2, 4);
			plan.exit = exploration + plan.formation + rng.int(2, 6);
			break;
		case 'lateExit':
			plan.exit = Math.max(14, months(rng.int(ymd(2023, 5, 1), ymd(2024, 2, 29))));
			plan.declineStart = plan.exit - rng.int(3, 6);
			plan.declineFactor = 0.85;
			break;
		case 'decliner':
			plan.declineStart = months(retailSpec.end) - rng.int(6, 12);
			plan.declineFactor = 0.88;
			break;
		case 'abortion':
			plan.formation = 0;
			plan.exit = 1;
			break;
		default:
			break;
	}
	return plan;
}

export function drawCustomers(seed: number, n: number): SampleCustomer[] {
	const customers: SampleCustomer[] = [];
	const scores: number[] = [];
	for (let i = 0; i < n; i++) {
		const rng = createRng(mixSeed(seed, STREAM_ATTRIBUTES, i));
		const c = { index: i } as SampleCustomer;
		drawAttributes(c, rng);
		drawAttitudes(c, rng);
		const u = rng.next();
		c.cohort = u < RECENT ? 'recent' : u < RECENT + GROWING ? 'growing' : 'established';
		c.type = rng.bernoulli(NEVER_BOUGHT) ? 'neverBought' : 'loyal';
		scores.push(behaviourScore(c, rng));
		customers.push(c);
	}
	// Types by rank of the behaviour score, so their shares are the same in every run.
	const buyers = customers.filter((c) => c.type !== 'neverBought');
	buyers.sort((a, b) => scores[a.index] - scores[b.index] || a.index - b.index);
	buyers.forEach((c, rank) => {
		const p = (rank + 0.5) / buyers.length;
		c.type = TYPE_CUTS.find(([, cut]) => p < cut)?.[0] ?? 'loyal';
	});
	// The most valuable third of the stable customers are the champions.
	const stable = buyers.filter((c) => c.type === 'loyal').sort((a, b) => a.value - b.value);
	stable.forEach((c, rank) => {
		if (rank >= stable.length * 0.7) c.type = 'champion';
	});
	for (const c of customers) {
		const rng = createRng(mixSeed(seed, STREAM_PLAN, c.index));
		c.signupDay = drawSignup(c, rng);
		c.plan = drawPlan(c, rng);
		c.value *= TYPE_VALUE[c.type];
		c.rate = PLATEAU_RATE[c.type] * Math.exp(rng.normal(0, 0.25));
	}
	// Ids follow the order of sign-up, as a membership system would hand them out.
	customers.sort((a, b) => a.signupDay - b.signupDay || a.index - b.index);
	customers.forEach((c, i) => {
		c.index = i;
		c.id = `C${String(i + 1).padStart(5, '0')}`;
	});
	return customers;
}
