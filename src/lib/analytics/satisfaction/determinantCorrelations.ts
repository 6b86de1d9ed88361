// Correlation of each loyalty determinant (perceived value, satisfaction, trust, switching cost)
// with each loyalty measure, pairwise complete. `textbookLink` is false where the textbook says
// there is no effect: switching cost moves repurchase and price tolerance, not cross-buying or
// recommendation (shown with the caveat `satisfaction.caveat.switchingCost`).
import {
	DETERMINANTS,
	LOYALTY_MEASURES,
	type Construct,
	type Determinant,
	type LoyaltyMeasure
} from './constructs';
import { pearson } from './pearson';
import type { SatisfactionIssue } from './satisfactionIssue';

export interface DeterminantLink {
	determinant: Determinant;
	measure: LoyaltyMeasure;
	r: number | null;
	n: number;
	textbookLink: boolean;
}

export function determinantCorrelations(
	scores: Partial<Record<Construct, Float64Array>>
): DeterminantLink[] | SatisfactionIssue {
	const determinants = DETERMINANTS.filter((d) => scores[d]);
	const measures = LOYALTY_MEASURES.filter((m) => scores[m]);
	if (determinants.length === 0) return { code: 'construct_missing', item: 'determinants' };
	if (measures.length === 0) return { code: 'construct_missing', item: 'loyalty' };
	const links: DeterminantLink[] = [];
	for (const determinant of determinants)
		for (const measure of measures) {
			const { r, n } = pearson(scores[determinant]!, scores[measure]!);
			const textbookLink =
				determinant !== 'switchingCost' || measure === 'repurchase' || measure === 'priceTolerance';
			links.push({ determinant, measure, r, n, textbookLink });
		}
	return links;
}
