// What the Satisfaction & loyalty view remembers per survey dataset: the item mapping (constructs,
// scales, reverse coding), the zone lines, the chosen axes and groups, the driver settings and the
// behaviour window. Kept in localStorage under one key per dataset id; nothing leaves the browser.
import {
	DEFAULT_QUADRANT_THRESHOLDS,
	type QuadrantThresholds,
	type Scale
} from '$lib/analytics/satisfaction/index';
import type { ImportanceMeasure } from '$lib/analytics/satisfaction/driverImportance';

export interface SurveySettings {
	mapping: { map: Record<string, string>; reversed: string[]; scales: Record<string, Scale> };
	thresholds: QuadrantThresholds;
	satisfactionAxis: string;
	loyaltyAxis: string;
	npsGroup: string;
	loyaltyGroup: string;
	driverTarget: 'loyalty' | 'satisfaction';
	driverLevel: 'constructs' | 'items';
	importance: ImportanceMeasure;
	/** null = the default (drivers answered by at least half of the respondents). */
	driverExclude: string[] | null;
	/** ISO date of the analysis date; null = the day after the last transaction. */
	asOf: string | null;
	horizonDays: number;
	minPurchases: number;
}

const PREFIX = 'crm-workbench.satisfaction.';

export function defaultSettings(): SurveySettings {
	return {
		mapping: { map: {}, reversed: [], scales: {} },
		// The shared lines (analytics/defaults): the CLI and the concept card use the same.
		thresholds: { ...DEFAULT_QUADRANT_THRESHOLDS },
		satisfactionAxis: 'auto',
		loyaltyAxis: 'block',
		npsGroup: '',
		loyaltyGroup: '',
		driverTarget: 'loyalty',
		driverLevel: 'constructs',
		importance: 'relativeWeight',
		driverExclude: null,
		asOf: null,
		horizonDays: 180,
		minPurchases: 1
	};
}

/** Stored settings over the defaults; a damaged entry simply gives the defaults. */
function restore(id: string): SurveySettings {
	const base = defaultSettings();
	try {
		const raw = localStorage.getItem(PREFIX + id);
		if (!raw) return base;
		const saved = JSON.parse(raw) as Partial<SurveySettings>;
		return {
			...base,
			...saved,
			mapping: { ...base.mapping, ...saved.mapping },
			thresholds: { ...base.thresholds, ...saved.thresholds }
		};
	} catch {
		return base;
	}
}

export class SurveySettingsStore {
	datasetId = $state<string | null>(null);
	value = $state<SurveySettings>(defaultSettings());

	/**
	 * Switches to a dataset's settings (no-op when already there). `stated` are scales the data's
	 * documentation declares (a bundled sample): they count as declared unless the user chose.
	 */
	use(id: string, stated: Record<string, Scale> = {}) {
		if (this.datasetId === id) return;
		this.datasetId = id;
		const v = restore(id);
		v.mapping.scales = { ...stated, ...v.mapping.scales };
		this.value = v;
	}

	save() {
		if (!this.datasetId) return;
		try {
			localStorage.setItem(PREFIX + this.datasetId, JSON.stringify($state.snapshot(this.value)));
		} catch {
			// Storage may be blocked; the settings then last for this page only.
		}
	}
}
