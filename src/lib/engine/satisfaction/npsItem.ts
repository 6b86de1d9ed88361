// Which item the NPS is computed from: of the items mapped to recommendation, the first on
// 0–10, else the first (whose scale the NPS then refuses). One choice for the NPS card, the
// period and wave comparison and the KPI strip, so they never score different questions.
import type { SurveySetup } from './satisfactionSetup';

export function npsItem(setup: Pick<SurveySetup, 'constructItems' | 'scales'>): string | null {
	const items = setup.constructItems.recommendation ?? [];
	if (items.length === 0) return null;
	return items.find((i) => setup.scales[i]?.[0] === 0 && setup.scales[i]?.[1] === 10) ?? items[0];
}
