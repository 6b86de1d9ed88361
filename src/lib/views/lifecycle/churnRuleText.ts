// The shared churn rule in words: a short name for chart notes and badges, and the full
// explanation (rule, model and why, fallback, flags) for the Lifecycle settings.
import { isoFromDay } from '$lib/analytics/dates';
import { i18n, t, tChecked } from '$lib/i18n/i18n.svelte';
import type { ChurnRuleSummary } from '$lib/engine/lifecycle/lifecycleResult';

// Model names and fallback codes come from the engine's result: checked at run time.
const modelName = (name: unknown) =>
	tChecked(`churn.model.${String(name)}`).replace(/（.*|\s*\(.*/, '');

export function churnRuleShort(r: ChurnRuleSummary): string {
	const p = r.params;
	if (r.method === 'model')
		return t('churn.short.model', {
			model: modelName(p.model),
			cutoff: i18n.n(Number(p.cutoff), 2)
		});
	if (r.method === 'gap')
		return t('churn.short.gap', {
			k: i18n.n(Number(p.gapMultiple), Number.isInteger(Number(p.gapMultiple)) ? 0 : 1),
			floor: i18n.n(Number(p.floorDays))
		});
	return t('churn.short.days', { days: i18n.n(Number(p.days)) });
}

export function churnRuleLong(r: ChurnRuleSummary): string[] {
	const p = r.params;
	const out: string[] = [];
	if (r.method === 'model' && r.model) {
		out.push(
			t('churn.summary.model', {
				cutoff: i18n.n(Number(p.cutoff), 2),
				model: modelName(r.model.name),
				date: isoFromDay(r.asOf)
			})
		);
		const other = r.model.candidates.find((c) => c.name !== r.model!.name);
		if (r.model.why === 'best_likelihood' && other)
			out.push(
				t('churn.why.best_likelihood', {
					model: modelName(r.model.name),
					ll: i18n.n(r.model.logLik, 0),
					otherModel: modelName(other.name),
					other: other.logLik === null ? '–' : i18n.n(other.logLik, 0)
				})
			);
		else out.push(t('churn.why.chosen'));
	} else if (r.method === 'gap') {
		if (r.fallback) out.push(t('churn.fallback', { reason: tChecked(`clv.issue.${r.fallback}`) }));
		out.push(
			t('churn.summary.gap', {
				k: i18n.n(Number(p.gapMultiple), Number.isInteger(Number(p.gapMultiple)) ? 0 : 1),
				floor: i18n.n(Number(p.floorDays))
			})
		);
	} else out.push(t('churn.summary.days', { days: i18n.n(Number(p.days)) }));
	if (r.flagged > 0) out.push(t('churn.flagged', { n: i18n.n(r.flagged) }));
	return out;
}
