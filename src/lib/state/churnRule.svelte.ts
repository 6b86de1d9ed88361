// The shared alive/churned rule's settings, one object for the whole app: the Lifecycle page
// edits them, and every page that shows churn or P(alive)-based counts (Lifecycle, Lifetime
// value, Segments) sends them with its requests, so they all ask the engine the same question.
// The per-dataset inactivity days (the "one threshold for everybody" method) live here too.
import {
	DEFAULT_CHURN_RULE,
	type ChurnModelChoice,
	type ChurnRuleOptions
} from '$lib/analytics/lifecycle';

class ChurnRuleSettings {
	method = $state<ChurnRuleOptions['method']>(DEFAULT_CHURN_RULE.method);
	model = $state<ChurnModelChoice>(DEFAULT_CHURN_RULE.model);
	cutoff = $state(DEFAULT_CHURN_RULE.cutoff);
	gapMultiple = $state(DEFAULT_CHURN_RULE.gapMultiple);
	floorDays = $state(DEFAULT_CHURN_RULE.floorDays);
	/** Inactivity days per dataset for the days method (null = not set). */
	days = $state<Record<string, number | null>>({});

	inactiveDays(id: string): number | null {
		return this.method === 'days' || this.method === 'auto' ? (this.days[id] ?? null) : null;
	}
	setInactiveDays(id: string, value: number | null) {
		this.days = { ...this.days, [id]: value };
		if (value !== null) this.method = 'days';
		else if (this.method === 'days') this.method = 'auto';
	}

	/** Plain options for the engine (reading each field, so effects re-run on a change). */
	params() {
		return {
			method: this.method,
			model: this.model,
			cutoff: this.cutoff,
			gapMultiple: this.gapMultiple,
			floorDays: this.floorDays
		};
	}

	reset() {
		this.method = DEFAULT_CHURN_RULE.method;
		this.model = DEFAULT_CHURN_RULE.model;
		this.cutoff = DEFAULT_CHURN_RULE.cutoff;
		this.gapMultiple = DEFAULT_CHURN_RULE.gapMultiple;
		this.floorDays = DEFAULT_CHURN_RULE.floorDays;
	}
}

export const churnSettings = new ChurnRuleSettings();
