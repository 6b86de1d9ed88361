// How the Learn page groups the concept cards (the sections of CONCEPTS.md), which view computes
// each concept on the user's data, and which classroom simulation shows it.
import type { ConceptKey } from '$lib/state/concepts.svelte';
import type { KeysUnder, MessageKey } from '$lib/i18n/messageKey';

export type ViewPath =
	| '/data/'
	| '/segments/'
	| '/clv/'
	| '/lifecycle/'
	| '/satisfaction/'
	| '/churn/'
	| '/crossbuy/'
	| '/referral/';
export type SimulationId =
	| 'accumulation'
	| 'clv'
	| 'trap'
	| 'exit'
	| 'bgnbd'
	| 'delivered'
	| 'iceberg';

/**
 * Group key → its concepts, in the order of CONCEPTS.md; titles are `learn.group.<key>`.
 * `column` places the group in the left or right column of a wide page (22 cards each).
 */
export const CONCEPT_GROUPS: {
	key: KeysUnder<'learn.group.'>;
	column: 0 | 1;
	concepts: ConceptKey[];
}[] = [
	{
		key: 'value',
		column: 0,
		concepts: [
			'customerValue',
			'deliveredValue',
			'clv',
			'bgnbd',
			'paretoNbd',
			'gammaGamma',
			'holdout',
			'retentionClv',
			'valueHierarchy'
		]
	},
	{ key: 'pyramid', column: 0, concepts: ['valuePyramid', 'pyramidLessons', 'pareto'] },
	{
		key: 'segmentation',
		column: 0,
		concepts: ['segmentation', 'segmentIndicators', 'rfm', 'clustering']
	},
	{
		key: 'lifecycle',
		column: 1,
		concepts: [
			'lifecycle',
			'lifecycleStages',
			'lifecycleStrategy',
			'cohorts',
			'survival',
			'exitPatterns',
			'exitCauses',
			'prospects'
		]
	},
	{
		key: 'satisfaction',
		column: 1,
		concepts: [
			'satisfactionTrap',
			'jonesSasser',
			'nps',
			'loyaltyMeasures',
			'drivers',
			'reliability',
			'expectations',
			'loyaltyKinds',
			'trust',
			'switchingCosts',
			'customerCare'
		]
	},
	{ key: 'churn', column: 1, concepts: ['churn', 'complaints'] },
	{ key: 'accumulation', column: 1, concepts: ['accumulation'] },
	{
		key: 'database',
		column: 0,
		concepts: [
			'customerShare',
			'crmDatabase',
			'crmDefinition',
			'relationshipMarketing',
			'oneToOne',
			'loyalPyramid'
		]
	}
];

/** The view that computes a concept on the user's data (none for pure classroom ideas). */
export const CONCEPT_VIEW: Partial<Record<ConceptKey, ViewPath>> = {
	customerValue: '/segments/',
	clv: '/clv/',
	bgnbd: '/clv/',
	paretoNbd: '/clv/',
	gammaGamma: '/clv/',
	holdout: '/clv/',
	retentionClv: '/lifecycle/',
	valuePyramid: '/segments/',
	pareto: '/segments/',
	segmentation: '/segments/',
	rfm: '/segments/',
	clustering: '/segments/',
	lifecycle: '/lifecycle/',
	lifecycleStages: '/lifecycle/',
	cohorts: '/lifecycle/',
	survival: '/lifecycle/',
	exitPatterns: '/lifecycle/',
	// Issue 18: churn reasons and complaints, customer share and cross-buying have their views.
	churn: '/churn/',
	complaints: '/churn/',
	satisfactionTrap: '/satisfaction/',
	jonesSasser: '/satisfaction/',
	nps: '/satisfaction/',
	loyaltyMeasures: '/satisfaction/',
	drivers: '/satisfaction/',
	reliability: '/satisfaction/',
	customerShare: '/crossbuy/',
	crmDatabase: '/data/',
	pyramidLessons: '/segments/',
	segmentIndicators: '/segments/',
	lifecycleStrategy: '/lifecycle/',
	exitCauses: '/lifecycle/',
	loyaltyKinds: '/referral/',
	trust: '/satisfaction/',
	switchingCosts: '/satisfaction/',
	expectations: '/satisfaction/',
	oneToOne: '/segments/',
	loyalPyramid: '/segments/'
};

/** The nav label key of each view. */
export const VIEW_LABEL: Record<ViewPath, MessageKey> = {
	'/data/': 'nav.data',
	'/segments/': 'nav.segments',
	'/clv/': 'nav.clv',
	'/lifecycle/': 'nav.lifecycle',
	'/satisfaction/': 'nav.satisfaction',
	'/churn/': 'nav.churn',
	'/crossbuy/': 'nav.crossbuy',
	'/referral/': 'nav.referral'
};

/** The simulation on the Learn page that shows a concept; its element id is `sim-<id>`. */
export const CONCEPT_SIMULATION: Partial<Record<ConceptKey, SimulationId>> = {
	accumulation: 'accumulation',
	clv: 'clv',
	customerValue: 'clv',
	satisfactionTrap: 'trap',
	exitPatterns: 'exit',
	lifecycleStages: 'exit',
	bgnbd: 'bgnbd',
	deliveredValue: 'delivered',
	churn: 'iceberg',
	exitCauses: 'exit',
	valueHierarchy: 'delivered'
};

export const SIMULATIONS: SimulationId[] = [
	'accumulation',
	'clv',
	'trap',
	'exit',
	'bgnbd',
	'delivered',
	'iceberg'
];

/**
 * Cards that deepen a card a view already opens with its "?": the textbook topics without a view
 * of their own are reached from the view where they apply through these links.
 */
export const CONCEPT_RELATED: Partial<Record<ConceptKey, ConceptKey[]>> = {
	customerValue: ['valueHierarchy'],
	deliveredValue: ['valueHierarchy'],
	valuePyramid: ['pyramidLessons', 'loyalPyramid'],
	segmentation: ['segmentIndicators'],
	rfm: ['segmentIndicators', 'loyalPyramid'],
	lifecycle: ['lifecycleStrategy', 'prospects'],
	lifecycleStages: ['lifecycleStrategy'],
	exitPatterns: ['exitCauses'],
	satisfactionTrap: ['expectations'],
	loyaltyMeasures: ['loyaltyKinds'],
	drivers: ['trust', 'switchingCosts'],
	jonesSasser: ['loyaltyKinds', 'customerCare'],
	churn: ['complaints'],
	customerShare: ['oneToOne'],
	crmDatabase: ['crmDefinition', 'relationshipMarketing']
};
