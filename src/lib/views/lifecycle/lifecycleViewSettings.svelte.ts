// The Lifecycle view's settings: analysis date, inactivity threshold (null = the default: day
// after the last purchase, threshold from the data), cohort, survival and stage-rule choices are
// kept per dataset in the settings model (stored, undoable); the tab, the sBG sandbox and what is
// open in view last while the user moves between pages.
import { type CohortMetric, type Grain, type StageRules } from '$lib/analytics/lifecycle';
import type { ChurnRule, CohortAcquisition } from '$lib/engine/lifecycle/lifecycleResult';
import { churnSettings } from '$lib/state/churnRule.svelte';
import { settings } from '$lib/state/settings.svelte';
import { workspace } from '$lib/state/workspace.svelte';
import { SBG_EXAMPLES } from './parseSurvivors';
import type { StageNaming } from './stageStyle';

/** The dataset these settings belong to (as the churn rule's: the behaviour dataset). */
function subject(): string {
	return workspace.behaviour()?.id ?? '';
}

export const LIFECYCLE_TABS = ['cohorts', 'survival', 'stages', 'patterns'] as const;
export type LifecycleTab = (typeof LIFECYCLE_TABS)[number];

class LifecycleViewSettings {
	tab = $state<LifecycleTab>('cohorts');
	sbgText = $state(SBG_EXAMPLES.regular.join(' '));
	sbgFitPeriods = $state(7);
	transitionFrom = $state<string | null>(null);
	transitionTo = $state<string | null>(null);
	customerId = $state<string | null>(null);
	/** The "Lifecycle concepts" card: closed at first so the first chart shows on the first
	 * screen (1280×720); once opened it stays open while the user moves between pages. */
	conceptsOpen = $state(false);

	get grain(): Grain {
		return settings.group(subject(), 'lifecycle').grain;
	}
	set grain(v: Grain) {
		settings.set(subject(), 'lifecycle', 'grain', v);
	}
	get metric(): CohortMetric {
		return settings.group(subject(), 'lifecycle').metric;
	}
	set metric(v: CohortMetric) {
		settings.set(subject(), 'lifecycle', 'metric', v);
	}
	get acquisition(): CohortAcquisition {
		return settings.group(subject(), 'lifecycle').acquisition;
	}
	set acquisition(v: CohortAcquisition) {
		settings.set(subject(), 'lifecycle', 'acquisition', v);
	}
	get hiddenCohorts(): string[] {
		return settings.group(subject(), 'lifecycle').hiddenCohorts;
	}
	set hiddenCohorts(v: string[]) {
		settings.set(subject(), 'lifecycle', 'hiddenCohorts', v);
	}
	get churnRule(): ChurnRule {
		return settings.group(subject(), 'lifecycle').churnRule;
	}
	set churnRule(v: ChurnRule) {
		settings.set(subject(), 'lifecycle', 'churnRule', v);
	}
	get groupBy(): string {
		return settings.group(subject(), 'lifecycle').groupBy;
	}
	set groupBy(v: string) {
		settings.set(subject(), 'lifecycle', 'groupBy', v);
	}
	get rules(): StageRules {
		return settings.group(subject(), 'lifecycle').rules;
	}
	set rules(v: StageRules) {
		settings.set(subject(), 'lifecycle', 'rules', v);
	}
	get naming(): StageNaming {
		return settings.group(subject(), 'lifecycle').naming;
	}
	set naming(v: StageNaming) {
		settings.set(subject(), 'lifecycle', 'naming', v);
	}
	get shareView(): boolean {
		return settings.group(subject(), 'lifecycle').shareView;
	}
	set shareView(v: boolean) {
		settings.set(subject(), 'lifecycle', 'shareView', v);
	}
	get showChurned(): boolean {
		return settings.group(subject(), 'lifecycle').showChurned;
	}
	set showChurned(v: boolean) {
		settings.set(subject(), 'lifecycle', 'showChurned', v);
	}
	get showActiveCurve(): boolean {
		return settings.group(subject(), 'lifecycle').showActiveCurve;
	}
	set showActiveCurve(v: boolean) {
		settings.set(subject(), 'lifecycle', 'showActiveCurve', v);
	}

	asOf(id: string): number | null {
		return settings.group(id, 'lifecycle').asOf;
	}
	setAsOf(id: string, day: number | null) {
		settings.set(id, 'lifecycle', 'asOf', day);
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
			churn: churnSettings.params(id)
		};
	}

	stageParams(id: string, customersId: string | null) {
		return { ...this.base(id, customersId), rules: { ...this.rules } };
	}
}

export const lifecycleView = new LifecycleViewSettings();
