// Which concept card is open. Any "?" beside a chart calls openConcept(key); the layout shows
// the card. Card texts are messages `concept.<key>.*` (en and zh).

export const CONCEPT_KEYS = [
	'customerValue',
	'deliveredValue',
	'clv',
	'valuePyramid',
	'pareto',
	'segmentation',
	'rfm',
	'clustering',
	'bgnbd',
	'paretoNbd',
	'gammaGamma',
	'holdout',
	'retentionClv',
	'lifecycle',
	'lifecycleStages',
	'cohorts',
	'survival',
	'exitPatterns',
	'satisfactionTrap',
	'jonesSasser',
	'nps',
	'loyaltyMeasures',
	'drivers',
	'reliability',
	'churn',
	'accumulation',
	'customerShare',
	'crmDatabase',
	// Textbook topics (issue 24); the ones that apply to satisfaction and churn are ready for the
	// views that will compute them.
	'valueHierarchy',
	'pyramidLessons',
	'segmentIndicators',
	'lifecycleStrategy',
	'exitCauses',
	'prospects',
	'customerCare',
	'loyaltyKinds',
	'trust',
	'switchingCosts',
	'expectations',
	'complaints',
	'oneToOne',
	'relationshipMarketing',
	'crmDefinition',
	'loyalPyramid'
] as const;

export type ConceptKey = (typeof CONCEPT_KEYS)[number];

class Concepts {
	open = $state<ConceptKey | null>(null);
}

export const concepts = new Concepts();

export function openConcept(key: ConceptKey): void {
	concepts.open = key;
}
