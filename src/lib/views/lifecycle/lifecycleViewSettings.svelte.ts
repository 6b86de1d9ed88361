// The Lifecycle view's settings, kept while the user moves between pages: analysis date and
// inactivity threshold per dataset (null = the default: day after the last purchase, threshold
// from the data), cohort, survival, sBG and stage-rule choices.
import {
	DEFAULT_STAGE_RULES,
	type CohortMetric,
	type Grain,
	type StageRules
} from '$lib/analytics/lifecycle';
import type { ChurnRule, CohortAcquisition } from '$lib/engine/lifecycle/lifecycleResult';
import { churnSettings } from '$lib/state/churnRule.svelte';
import { SBG_EXAMPLES } from './parseSurvivors';
import type { StageNaming } from './stageStyle';

export const LIFECYCLE_TABS = ['cohorts', 'survival', 'stages', 'patterns'] as const;
export type LifecycleTab = (typeof LIFECYCLE_TABS)[number];

class LifecycleViewSettings {
	tab = $state<LifecycleTab>('cohorts');
	asOfs = $state<Record<string, number | null>>({});
	grain = $state<Grain>('month');
	metric = $state<CohortMetric>('retention');
	acquisition = $state<CohortAcquisition>('signup');
	/** Cohort labels hidden from the curves chart (new cohorts show by default). */
	hiddenCohorts = $state<string[]>([]);
	// Survival follows the shared alive/churned rule unless the user picks another for it.
	churnRule = $state<ChurnRule>('shared');
	groupBy = $state('none');
	sbgText = $state(SBG_EXAMPLES.regular.join(' '));
	sbgFitPeriods = $state(7);
	rules = $state<StageRules>({ ...DEFAULT_STAGE_RULES });
	naming = $state<StageNaming>('four');
	shareView = $state(false);
	/** Churned customers outnumber the active ones in most data: off, so the stages stay readable. */
	showChurned = $state(false);
	transitionFrom = $state<string | null>(null);
	transitionTo = $state<string | null>(null);
	customerId = $state<string | null>(null);
	showActiveCurve = $state(false);

	asOf(id: string): number | null {
		return this.asOfs[id] ?? null;
	}
	setAsOf(id: string, day: number | null) {
		this.asOfs = { ...this.asOfs, [id]: day };
	}
	/** The days of the shared churn rule's "one threshold" method (kept in state/churnRule). */
	inactiveDays(id: string): number | null {
		return churnSettings.inactiveDays(id);
	}
	setInactiveDays(id: string, days: number | null) {
		churnSettings.setInactiveDays(id, days);
	}

	/** Plain params every dataset analysis takes (reading each field, so effects re-run). */
	base(id: string, customersId: string | null) {
		return {
			id,
			customersId,
			asOf: this.asOf(id),
			inactiveDays: this.inactiveDays(id),
			churn: churnSettings.params()
		};
	}

	stageParams(id: string, customersId: string | null) {
		return { ...this.base(id, customersId), rules: { ...this.rules } };
	}
}

export const lifecycleView = new LifecycleViewSettings();
