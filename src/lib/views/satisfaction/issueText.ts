// Readable text for an engine issue: the satisfaction module's message with its item named in
// the reader's language (construct keys become construct names).
import { isConstruct } from '$lib/analytics/satisfaction/index';
import { isMessageKey, t } from '$lib/i18n/i18n.svelte';

interface IssueLike {
	code: string;
	item?: string;
	n?: number;
	scale?: [number, number] | null;
}

/** A construct key, the loyalty block, or an item header, as the reader should see it. */
export function nameOf(item: string): string {
	if (item === 'loyalty' || item === 'block') return t('satisfaction.block.loyalty');
	if (item === 'determinants') return t('satisfactionView.determinants.all');
	if (item === 'target') return t('satisfactionView.drivers.targetName');
	return isConstruct(item) ? t(`satisfaction.construct.${item}`) : item;
}

export function issueText(issue: IssueLike): string {
	const values = {
		item: issue.item ? nameOf(issue.item) : '',
		n: issue.n ?? 0,
		scale: issue.scale ? issue.scale.join('–') : '?'
	};
	const own = `satisfaction.issue.${issue.code}`;
	if (isMessageKey(own)) return t(own, values);
	const view = `satisfactionView.issue.${issue.code}`;
	return isMessageKey(view) ? t(view, values) : t('common.error', { message: issue.code });
}

export function isIssue(x: unknown): x is IssueLike {
	return typeof x === 'object' && x !== null && typeof (x as { code?: unknown }).code === 'string';
}
