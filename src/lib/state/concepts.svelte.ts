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
	'crmDatabase'
] as const;

export type ConceptKey = (typeof CONCEPT_KEYS)[number];

class Concepts {
	open = $state<ConceptKey | null>(null);
}

export const concepts = new Concepts();

export function openConcept(key: ConceptKey): void {
	concepts.open = key;
}
