// The Segments & value page's settings, kept while the user moves between pages: scoring, the
// editable rule list (first match wins), value-pyramid cuts and basis, the clustering k, the
// chosen attribute and the drill-down in view. Dates are remembered per dataset.
import { DEFAULTS } from '$lib/analytics/defaults';
import type { CentreCuts } from '$lib/analytics/rfm/centreCut';
import type { SegmentPresetName } from '$lib/analytics/rfm/segmentPresets';
import type { SegmentRule } from '$lib/analytics/rfm/segmentRule';
import { pyramidPresets, type PyramidPresetName } from '$lib/analytics/value/pyramidCuts';
import { presetRules } from '$lib/engine/segments/segmentsRules';
import type {
	BasisChoice,
	CustomerFilter,
	SegmentsSettings,
	SegmentsSource,
	Thresholds,
	ValueSettings
} from '$lib/engine/segments/segmentsResult';

export type CutPreset = PyramidPresetName | 'custom';
export type Dimension = 'recency' | 'frequency' | 'monetary';

export interface Drill {
	filter: CustomerFilter;
	title: string;
	/** A customer whose profile opens straight away. */
	profile: string | null;
}

export function defaultPreset(lang: 'en' | 'zh'): SegmentPresetName {
	return lang === 'zh' ? 'cn8' : 'rfmVignette';
}

const NO_THRESHOLDS: Thresholds = { recency: null, frequency: null, monetary: null };

class SegmentsViewSettings {
	asOfs = $state<Record<string, number | null>>({});
	earlierDates = $state<Record<string, number | null>>({});
	bins = $state(5);
	monetary = $state<'total' | 'average'>('total');
	preset = $state<SegmentPresetName>('rfmVignette');
	/** True once the user picked a preset; until then the interface language picks it. */
	presetChosen = $state(false);
	/** The eight-class model's cut per dimension (used on 2 bins). */
	centre = $state<CentreCuts>({ recency: 'mean', frequency: 'mean', monetary: 'mean' });
	/** True once the user changed the rules; a change of bins then leaves them alone. */
	edited = $state(false);
	rules = $state<SegmentRule[]>(presetRules('rfmVignette', 5).rules);
	/** Preset rules with no score left on the current bins. */
	dropped = $state<string[]>([]);
	useThresholds = $state(false);
	thresholds = $state<Thresholds>({ ...NO_THRESHOLDS });
	cutPreset = $state<CutPreset>('standard');
	customCuts = $state<number[]>([5, 15, 30, 50]);
	basis = $state<BasisChoice>(DEFAULTS.pyramid.basis);
	k = $state<number | null>(null);
	attribute = $state<string | null>(null);
	treemapSize = $state<'customers' | 'revenue'>('customers');
	scatterX = $state<Dimension>('frequency');
	scatterY = $state<Dimension>('monetary');
	drill = $state<Drill | null>(null);

	asOf(id: string): number | null {
		return this.asOfs[id] ?? null;
	}

	setAsOf(id: string, day: number | null) {
		this.asOfs = { ...this.asOfs, [id]: day };
	}

	earlierDate(id: string): number | null {
		return this.earlierDates[id] ?? null;
	}

	setEarlierDate(id: string, day: number | null) {
		this.earlierDates = { ...this.earlierDates, [id]: day };
	}

	setBins(bins: number) {
		this.bins = bins;
		// Edges are per bin count: custom thresholds for 5 bins mean nothing on 3.
		this.thresholds = { ...NO_THRESHOLDS };
		this.useThresholds = false;
		if (!this.edited) this.loadPreset(this.preset);
	}

	/**
	 * The preset a new user sees: the eight-class model when the interface is Chinese (what
	 * Chinese courses teach), the R package's segments in English. A preset the user picked stays.
	 */
	applyLanguageDefault(lang: 'en' | 'zh') {
		if (this.presetChosen || this.edited) return;
		const want = defaultPreset(lang);
		if (this.preset !== want) this.loadPreset(want);
	}

	choosePreset(name: SegmentPresetName) {
		this.presetChosen = true;
		this.loadPreset(name);
	}

	loadPreset(name: SegmentPresetName) {
		// The eight-class model is high/low: 2 bins. Leaving it goes back to the usual 5.
		const bins = name === 'cn8' ? 2 : this.bins === 2 ? 5 : this.bins;
		if (bins !== this.bins) {
			this.bins = bins;
			this.thresholds = { ...NO_THRESHOLDS };
			this.useThresholds = false;
		}
		const p = presetRules(name, this.bins);
		this.preset = name;
		this.rules = p.rules;
		this.dropped = p.dropped;
		this.edited = false;
	}

	setRules(rules: SegmentRule[]) {
		this.rules = rules;
		this.edited = true;
	}

	cuts(): number[] {
		return this.cutPreset === 'custom' ? [...this.customCuts] : [...pyramidPresets[this.cutPreset]];
	}

	/**
	 * Plain settings for the engine; reads every field, so an effect re-runs on any change. A
	 * customer summary brings its stated unit; its M is always the average it carries.
	 */
	params(
		id: string,
		customersId: string | null,
		source: SegmentsSource = 'transactions',
		unit: SegmentsSettings['unit'] = 'week'
	): SegmentsSettings {
		return {
			id,
			source,
			unit,
			customersId,
			asOf: this.asOf(id),
			bins: this.bins,
			monetary: source === 'summary' ? 'average' : this.monetary,
			rules: $state.snapshot(this.rules) as SegmentRule[],
			thresholds: this.useThresholds ? ($state.snapshot(this.thresholds) as Thresholds) : null,
			centre: this.bins === 2 ? ($state.snapshot(this.centre) as CentreCuts) : null
		};
	}

	value(): ValueSettings {
		return { cuts: this.cuts(), basis: this.basis };
	}

	open(filter: CustomerFilter, title: string, profile: string | null = null) {
		this.drill = { filter, title, profile };
	}
}

export const segmentsViewSettings = new SegmentsViewSettings();
