// The Lifetime value view's settings, kept per dataset in the settings model. The calibration
// end null = the engine's default split.
import type { ClvUnit, TransactionModelName } from '$lib/analytics/clv';
import type { ClvSettings, ClvSource, SpendBasis } from '$lib/engine/clv/clvResult';
import { settings } from '$lib/state/settings.svelte';
import { workspace } from '$lib/state/workspace.svelte';

/** The dataset these settings belong to: the one lifetime value reads behaviour from. */
function subject(): string {
	return workspace.behaviour()?.id ?? '';
}

// The fields live in the settings model (per dataset, stored, undoable; defaults shared with
// the CLI there); this class gives the page its names for them.
class ClvViewSettings {
	get model(): TransactionModelName {
		return settings.group(subject(), 'clv').model;
	}
	set model(v: TransactionModelName) {
		settings.set(subject(), 'clv', 'model', v);
	}
	get spend(): SpendBasis {
		return settings.group(subject(), 'clv').spend;
	}
	set spend(v: SpendBasis) {
		settings.set(subject(), 'clv', 'spend', v);
	}
	get unit(): ClvUnit {
		return settings.group(subject(), 'clv').unit;
	}
	set unit(v: ClvUnit) {
		settings.set(subject(), 'clv', 'unit', v);
	}
	get horizonMonths(): number {
		return settings.group(subject(), 'clv').horizonMonths;
	}
	set horizonMonths(v: number) {
		settings.set(subject(), 'clv', 'horizonMonths', v);
	}
	get horizonIn(): 'months' | 'units' {
		return settings.group(subject(), 'clv').horizonIn;
	}
	set horizonIn(v: 'months' | 'units') {
		settings.set(subject(), 'clv', 'horizonIn', v);
	}
	get horizonUnits(): number {
		return settings.group(subject(), 'clv').horizonUnits;
	}
	set horizonUnits(v: number) {
		settings.set(subject(), 'clv', 'horizonUnits', v);
	}
	get marginPct(): number {
		return settings.group(subject(), 'clv').marginPct;
	}
	set marginPct(v: number) {
		settings.set(subject(), 'clv', 'marginPct', v);
	}
	get discountPct(): number {
		return settings.group(subject(), 'clv').discountPct;
	}
	set discountPct(v: number) {
		settings.set(subject(), 'clv', 'discountPct', v);
	}
	get discountPer(): 'month' | 'year' {
		return settings.group(subject(), 'clv').discountPer;
	}
	set discountPer(v: 'month' | 'year') {
		settings.set(subject(), 'clv', 'discountPer', v);
	}

	calibrationEnd(id: string): number | null {
		return settings.group(id, 'clv').calibrationEnd;
	}

	setCalibrationEnd(id: string, day: number | null) {
		settings.set(id, 'clv', 'calibrationEnd', day);
	}

	/**
	 * Plain params for the engine (reading every field, so an effect re-runs on any change). A
	 * summary is read in the unit the user stated for it, not in the model unit chosen here.
	 */
	params(id: string, source: ClvSource = 'transactions', summaryUnit?: ClvUnit): ClvSettings {
		return {
			id,
			source,
			model: this.model,
			spend: this.spend,
			unit: source === 'summary' ? (summaryUnit ?? 'week') : this.unit,
			calibrationEnd: this.calibrationEnd(id),
			horizonMonths: this.horizonMonths,
			horizonIn: this.horizonIn,
			horizonUnits: this.horizonUnits,
			marginPct: this.marginPct,
			discountPct: this.discountPct,
			discountPer: this.discountPer
		};
	}
}

export const clvViewSettings = new ClvViewSettings();
