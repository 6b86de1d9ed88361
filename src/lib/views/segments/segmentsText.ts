// Words for the engine's stable keys on the Segments & value page: segment, tier, dimension
// and group names, issues and problems, number formats. Custom segment names show as typed.
import type { SegmentsIssue } from '$lib/analytics/customers/segmentsIssue';
import { MISSING_GROUP, OTHER_GROUP } from '$lib/analytics/attributes/attributeGroups';
import { PYRAMID_TIERS, type PyramidTier } from '$lib/analytics/value/pyramidCuts';
import type { ValueBasisName } from '$lib/analytics/value/valueBasis';
import { colorAt } from '$lib/charts/palette';
import { i18n, isMessageKey, t } from '$lib/i18n/i18n.svelte';
import type { Problem } from './analysisRun.svelte';
import { money as datasetMoney } from '$lib/state/currency.svelte';

/** The message for a key built from an engine's code, or null when there is none. */
function maybe(key: string, values?: Record<string, unknown>): string | null {
	return isMessageKey(key) ? t(key, values) : null;
}

export function segmentName(key: string): string {
	return maybe(`segments.segment.${key}`) ?? key;
}

/**
 * The English name of a preset segment while the page is in Chinese: the zh names of the R
 * package's segments are not literal translations (they must not borrow loyalty terms), so the
 * original is shown on hover. Empty in English or for a custom name.
 */
export function segmentOriginal(key: string): string {
	if (i18n.lang !== 'zh') return '';
	return i18n.dictionary('en')?.[`segments.segment.${key}`] ?? '';
}

export function actionText(key: string): string {
	return maybe(`segments.action.${key}`) ?? '';
}

export function dimensionName(d: string): string {
	return maybe(`segments.rfm.${d}`) ?? d;
}

export function tierName(tier: number | PyramidTier): string {
	const name = typeof tier === 'number' ? PYRAMID_TIERS[tier] : tier;
	return name ? t(`segments.tier.${name}`) : '–';
}

// Platinum, gold, iron, lead: darker than the metals' usual swatches so every tier's mark keeps
// 3:1 against the card (WCAG 1.4.11); lightness still orders them apart in greyscale.
export const TIER_COLORS = ['#5f7f9f', '#a87b00', '#8c8c8c', '#4d4d4d'];

export function basisName(b: ValueBasisName): string {
	return t(`segments.value.basis.${b}`);
}

/** A sentence-case label from a mid-sentence term ("margin" → "Margin"); CJK is unchanged. */
export function capitalized(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

export function groupName(key: string): string {
	if (key === MISSING_GROUP) return t('segments.attr.missing');
	if (key === OTHER_GROUP) return t('segments.attr.other');
	return key;
}

export function clusterName(parts: string[]): string {
	return parts
		.map((p) => maybe(`segments.cluster.${p}`) ?? p)
		.join(t('segments.cluster.separator'));
}

/** "Others" and "new" customers: a grey darker than the palette's, 3:1 on the card. */
export const OTHERS_COLOR = '#6b6b6b';

/** A stable colour per segment: its place in the segment table. */
export function segmentColor(keys: string[], key: string): string {
	return key === 'others' ? OTHERS_COLOR : colorAt(Math.max(0, keys.indexOf(key)));
}

export function num(v: number | null | undefined, digits = 0): string {
	return v === null || v === undefined ? '–' : i18n.n(v, digits);
}

/**
 * Money: whole units from a thousand up, cents below — unless the caller fixes the decimals for a
 * whole column (columnDigits), as tables do so a column never mixes the two.
 */
export function money(v: number | null | undefined, digits?: number): string {
	if (v === null || v === undefined) return '–';
	return datasetMoney(v, { digits: digits ?? (Math.abs(v) >= 1000 ? 0 : 2) });
}

export function pct(v: number | null | undefined, digits = 1): string {
	return v === null || v === undefined ? '–' : i18n.pct(v, digits);
}

function wordsFor(params: Record<string, unknown> = {}): Record<string, unknown> {
	const out: Record<string, unknown> = { ...params };
	if (typeof out.dimension === 'string') out.dimension = dimensionName(out.dimension);
	if (typeof out.feature === 'string') out.feature = dimensionName(out.feature);
	if (typeof out.segment === 'string') out.segment = segmentName(out.segment);
	for (const k of ['cells', 'customers', 'bins', 'distinct', 'k', 'expected', 'got'])
		if (typeof out[k] === 'number') out[k] = i18n.n(out[k] as number);
	if (typeof out.total === 'number') out.total = money(out.total);
	return out;
}

export function issueText(issue: SegmentsIssue): string {
	return maybe(`segments.issue.${issue.code}`, wordsFor(issue.params)) ?? issue.code;
}

export function problemText(p: Problem): string {
	return (
		maybe(p.code, wordsFor(p.values)) ??
		maybe(`segmentsView.problem.${p.code}`, p.values) ??
		t('common.error', { message: p.code })
	);
}
