// The forecast span the page's charts and tables name: "12 months" in calendar months, "39
// weeks" in the model's unit (engine/clv/clvHorizon), in the user's language.
import type { ClvSettings } from '$lib/engine/clv/clvResult';
import { i18n, t } from '$lib/i18n/i18n.svelte';

export function horizonText(
	s: Pick<ClvSettings, 'horizonIn' | 'horizonUnits' | 'horizonMonths' | 'unit'>
): string {
	if (s.horizonIn === 'units') return t(`clvHorizon.span.${s.unit}`, { n: i18n.n(s.horizonUnits) });
	return t('clvHorizon.span.month', { n: i18n.n(s.horizonMonths) });
}
