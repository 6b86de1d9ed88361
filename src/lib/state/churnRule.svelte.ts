// The shared alive/churned rule's settings: the Lifecycle page edits them, and every page that
// shows churn or P(alive)-based counts (Lifecycle, Lifetime value, Segments) sends them with its
// requests, so they all ask the engine the same question. They are kept per dataset in the
// settings model (stored, undoable); the inactivity days of the "one threshold for everybody"
// method too.
import {
	DEFAULT_CHURN_RULE,
	type ChurnModelChoice,
	type ChurnRuleOptions
} from '$lib/analytics/lifecycle';
import { settings } from './settings.svelte';
import { workspace } from './workspace.svelte';

/** The dataset the rule belongs to: the one behaviour is read from. */
function subject(): string {
	return workspace.behaviour()?.id ?? '';
}

class ChurnRuleSettings {
	get method(): ChurnRuleOptions['method'] {
		return settings.group(subject(), 'churn').method;
	}
	set method(v: ChurnRuleOptions['method']) {
		settings.set(subject(), 'churn', 'method', v);
	}
	get model(): ChurnModelChoice {
		return settings.group(subject(), 'churn').model;
	}
	set model(v: ChurnModelChoice) {
		settings.set(subject(), 'churn', 'model', v);
	}
	get cutoff(): number {
		return settings.group(subject(), 'churn').cutoff;
	}
	set cutoff(v: number) {
		settings.set(subject(), 'churn', 'cutoff', v);
	}
	get gapMultiple(): number {
		return settings.group(subject(), 'churn').gapMultiple;
	}
	set gapMultiple(v: number) {
		settings.set(subject(), 'churn', 'gapMultiple', v);
	}
	get floorDays(): number {
		return settings.group(subject(), 'churn').floorDays;
	}
	set floorDays(v: number) {
		settings.set(subject(), 'churn', 'floorDays', v);
	}

	/** The days stated for a dataset, whatever the method (null = not set). */
	storedDays(id: string): number | null {
		return settings.group(id, 'churn').inactiveDays;
	}

	inactiveDays(id: string): number | null {
		const g = settings.group(id, 'churn');
		return g.method === 'days' || g.method === 'auto' ? g.inactiveDays : null;
	}
	setInactiveDays(id: string, value: number | null) {
		settings.batch([id], () => {
			settings.set(id, 'churn', 'inactiveDays', value);
			const method = settings.group(id, 'churn').method;
			if (value !== null) settings.set(id, 'churn', 'method', 'days');
			else if (method === 'days') settings.set(id, 'churn', 'method', 'auto');
		});
	}

	/** Plain options for the engine (reading each field, so effects re-run on a change). */
	params(id: string = subject()) {
		const g = settings.group(id, 'churn');
		return {
			method: g.method,
			model: g.model,
			cutoff: g.cutoff,
			gapMultiple: g.gapMultiple,
			floorDays: g.floorDays
		};
	}

	reset() {
		const id = subject();
		settings.batch([id], () => {
			settings.set(id, 'churn', 'method', DEFAULT_CHURN_RULE.method);
			settings.set(id, 'churn', 'model', DEFAULT_CHURN_RULE.model);
			settings.set(id, 'churn', 'cutoff', DEFAULT_CHURN_RULE.cutoff);
			settings.set(id, 'churn', 'gapMultiple', DEFAULT_CHURN_RULE.gapMultiple);
			settings.set(id, 'churn', 'floorDays', DEFAULT_CHURN_RULE.floorDays);
		});
	}
}

export const churnSettings = new ChurnRuleSettings();
