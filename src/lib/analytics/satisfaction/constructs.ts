// The constructs a survey item can measure. Stable English keys; names live in the i18n file
// under `satisfaction.construct.<key>`.

import { DEFAULTS } from '../defaults';

export const CONSTRUCTS = [
	'satisfaction',
	'basicSatisfaction',
	'latentSatisfaction',
	'repurchase',
	'crossBuying',
	'recommendation',
	'priceTolerance',
	// Overall stated loyalty whose measure the header does not say (the bank file's loy1..loy4).
	'loyalty',
	'perceivedValue',
	'trust',
	'switchingCost',
	'complaint',
	'image',
	'quality',
	'expectations'
] as const;

export type Construct = (typeof CONSTRUCTS)[number];

/** The four loyalty measures of the textbook. */
export const LOYALTY_MEASURES = [
	'repurchase',
	'crossBuying',
	'recommendation',
	'priceTolerance'
] as const;

export type LoyaltyMeasure = (typeof LOYALTY_MEASURES)[number];

/**
 * Items that enter the loyalty index (the default loyalty axis): the loyalty measures except price
 * tolerance, plus unspecified stated loyalty (analytics/defaults explains why).
 */
export const LOYALTY_BLOCK: readonly Construct[] = DEFAULTS.loyaltyIndex.constructs;

/** Satisfaction in any of its forms, used as the satisfaction axis when plain satisfaction is absent. */
export const SATISFACTION_BLOCK: readonly Construct[] = [
	'satisfaction',
	'basicSatisfaction',
	'latentSatisfaction'
];

/** The determinants of loyalty in the textbook. */
export const DETERMINANTS = ['perceivedValue', 'satisfaction', 'trust', 'switchingCost'] as const;

export type Determinant = (typeof DETERMINANTS)[number];

export function isConstruct(x: string): x is Construct {
	return (CONSTRUCTS as readonly string[]).includes(x);
}
