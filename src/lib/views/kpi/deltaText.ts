// How a change between two windows reads, the same in the KPI strip and the comparison tables:
// always with its sign, a count or amount with its percentage of the earlier value ("▲ +12
// (+4.0%)"), a share in percentage points, a score (NPS) in its own points, "no change" for zero
// and "none before" when the earlier value is 0 (no percentage of nothing).
import type { Delta } from '$lib/analytics/kpi/comparePeriods';
import { i18n, t } from '$lib/i18n/i18n.svelte';

export type DeltaKind = 'count' | 'money' | 'share' | 'score';

/** "+12" / "−3": the sign always written (a true minus sign). */
export function signed(change: number, abs: (v: number) => string): string {
	return `${change > 0 ? '+' : change < 0 ? '−' : '±'}${abs(Math.abs(change))}`;
}

/** The change as a share of before, signed; "–" when there was nothing before. */
export function relativeText(d: Delta | null): string {
	if (!d || d.relative === null) return '–';
	return signed(d.relative, (v) => i18n.pct(v, 1));
}

/** The whole change: arrow, signed change and, for counts and amounts, the signed percentage. */
export function deltaText(d: Delta, kind: DeltaKind, show: (v: number) => string): string {
	if (d.change === 0) return t('kpi.deltaSame');
	// A score that may be negative (NPS) moves by points; a percentage of it would mislead.
	if (kind === 'score')
		return t(d.change > 0 ? 'kpi.pointsUp' : 'kpi.pointsDown', {
			change: t('kpi.scorePoints', { n: signed(d.change, (v) => i18n.n(v, 1)) })
		});
	// A share moves by percentage points, not by a percentage of itself.
	if (kind === 'share')
		return t(d.change > 0 ? 'kpi.pointsUp' : 'kpi.pointsDown', {
			change: t('kpi.points', { n: signed(d.change * 100, (v) => i18n.n(v, 1)) })
		});
	const change = signed(d.change, show);
	if (d.relative === null) return t('kpi.deltaNew', { change });
	return t(d.change > 0 ? 'kpi.deltaUp' : 'kpi.deltaDown', {
		change,
		relative: relativeText(d)
	});
}
