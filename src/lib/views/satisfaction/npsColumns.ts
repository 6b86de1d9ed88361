// The head of an NPS table (NPS card, NPS comparison): the row's name, then answers, the three
// shares (passives only where the rows show them), the score and its 95 % interval.
import { t } from '$lib/i18n/i18n.svelte';
import type { Column } from '$lib/ui/TableHead.svelte';

export function npsColumns(first: string, passives: boolean): Column[] {
	return [
		first,
		{ text: t('satisfactionView.n'), num: true },
		{ text: t('satisfaction.nps.promoters'), num: true },
		...(passives ? [{ text: t('satisfaction.nps.passives'), num: true }] : []),
		{ text: t('satisfaction.nps.detractors'), num: true },
		{ text: 'NPS', num: true },
		t('satisfactionView.nps.interval')
	];
}
