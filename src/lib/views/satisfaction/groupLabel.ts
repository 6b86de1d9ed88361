// Group keys as readers see them: the engine's placeholders for "no value" and "the rest" are
// stable English keys, translated here.
import { MISSING_GROUP, OTHER_GROUP } from '$lib/analytics/attributes/attributeGroups';
import { t } from '$lib/i18n/i18n.svelte';

export function groupLabel(key: string): string {
	if (key === MISSING_GROUP) return t('satisfactionView.group.missing');
	if (key === OTHER_GROUP) return t('satisfactionView.group.other');
	return key;
}
