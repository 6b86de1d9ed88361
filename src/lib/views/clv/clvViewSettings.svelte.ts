// The Lifetime value view's settings, kept while the user moves between pages. The calibration
// end is remembered per dataset (null = the engine's default split).
import type { ClvUnit, TransactionModelName } from '$lib/analytics/clv';
import type { ClvSettings, ClvSource, SpendBasis } from '$lib/engine/clv/clvResult';
import { DEFAULTS } from '$lib/analytics/defaults';
import { DEFAULT_CLV_SETTINGS } from '$lib/engine/clv/clvSettings';

class ClvViewSettings {
	model = $state<TransactionModelName>('bgnbd');
	spend = $state<SpendBasis>('gammagamma');
	unit = $state<ClvUnit>('week');
	calibrationEnds = $state<Record<string, number | null>>({});
	// The shared defaults (as the engine's DEFAULT_CLV_SETTINGS), so page and CLI agree; no margin
	// given = 100 %, labelled as revenue CLV, an upper bound.
	horizonMonths = $state<number>(DEFAULTS.clv.horizonMonths);
	// Calendar months by default (as the published CLVs); or N of the model's unit, exactly.
	horizonIn = $state<'months' | 'units'>(DEFAULT_CLV_SETTINGS.horizonIn);
	horizonUnits = $state<number>(DEFAULT_CLV_SETTINGS.horizonUnits);
	marginPct = $state<number>(DEFAULTS.clv.marginPct ?? 100);
	discountPct = $state<number>(DEFAULTS.clv.discountPctPerMonth);
	discountPer = $state<'month' | 'year'>('month');

	calibrationEnd(id: string): number | null {
		return this.calibrationEnds[id] ?? null;
	}

	setCalibrationEnd(id: string, day: number | null) {
		this.calibrationEnds = { ...this.calibrationEnds, [id]: day };
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
