// The Segments & value page's settings: scoring, the editable rule list (first match wins),
// value-pyramid cuts and basis, the clustering k, the chosen attribute (all kept per dataset in
// the settings model) and the drill-down in view (kept while the user moves between pages).
import type { CentreCuts } from '$lib/analytics/rfm/centreCut';
import type { SegmentPresetName } from '$lib/analytics/rfm/segmentPresets';
import type { SegmentRule } from '$lib/analytics/rfm/segmentRule';
import { pyramidPresets } from '$lib/analytics/value/pyramidCuts';
import { presetRules } from '$lib/engine/segments/segmentsRules';
import type {
	BasisChoice,
	CustomerFilter,
	SegmentsSettings,
	SegmentsSource,
	Thresholds,
	ValueSettings
} from '$lib/engine/segments/segmentsResult';
import { settings } from '$lib/state/settings.svelte';
import type { CutPreset, Dimension, SegmentsGroup } from '$lib/state/settings/viewSettings';
import { workspace } from '$lib/state/workspace.svelte';

export type { CutPreset, Dimension };

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

/** The dataset these settings belong to: the one segments read behaviour from. */
function subject(): string {
	return workspace.behaviour()?.id ?? '';
}

// The fields live in the settings model (per dataset, stored, undoable); this class only gives
// the page its old names for them and the changes that touch several at once (one undo step).
class SegmentsViewSettings {
	drill = $state<Drill | null>(null);

	private get g(): SegmentsGroup {
		return settings.group(subject(), 'segments');
	}
	get bins(): number {
		return this.g.bins;
	}
	set bins(v: number) {
		settings.set(subject(), 'segments', 'bins', v);
	}
	get monetary(): SegmentsGroup['monetary'] {
		return this.g.monetary;
	}
	set monetary(v: SegmentsGroup['monetary']) {
		settings.set(subject(), 'segments', 'monetary', v);
	}
	get preset(): SegmentPresetName {
		return this.g.preset;
	}
	set preset(v: SegmentPresetName) {
		settings.set(subject(), 'segments', 'preset', v);
	}
	get presetChosen(): boolean {
		return this.g.presetChosen;
	}
	set presetChosen(v: boolean) {
		settings.set(subject(), 'segments', 'presetChosen', v);
	}
	get centre(): CentreCuts {
		return this.g.centre;
	}
	set centre(v: CentreCuts) {
		settings.set(subject(), 'segments', 'centre', v);
	}
	get edited(): boolean {
		return this.g.edited;
	}
	set edited(v: boolean) {
		settings.set(subject(), 'segments', 'edited', v);
	}
	get rules(): SegmentRule[] {
		return this.g.rules;
	}
	set rules(v: SegmentRule[]) {
		settings.set(subject(), 'segments', 'rules', v);
	}
	get dropped(): string[] {
		return this.g.dropped;
	}
	set dropped(v: string[]) {
		settings.set(subject(), 'segments', 'dropped', v);
	}
	get useThresholds(): boolean {
		return this.g.useThresholds;
	}
	set useThresholds(v: boolean) {
		settings.set(subject(), 'segments', 'useThresholds', v);
	}
	get thresholds(): Thresholds {
		return this.g.thresholds;
	}
	set thresholds(v: Thresholds) {
		settings.set(subject(), 'segments', 'thresholds', v);
	}
	get cutPreset(): CutPreset {
		return this.g.cutPreset;
	}
	set cutPreset(v: CutPreset) {
		settings.set(subject(), 'segments', 'cutPreset', v);
	}
	get customCuts(): number[] {
		return this.g.customCuts;
	}
	set customCuts(v: number[]) {
		settings.set(subject(), 'segments', 'customCuts', v);
	}
	get basis(): BasisChoice {
		return this.g.basis;
	}
	set basis(v: BasisChoice) {
		settings.set(subject(), 'segments', 'basis', v);
	}
	get k(): number | null {
		return this.g.k;
	}
	set k(v: number | null) {
		settings.set(subject(), 'segments', 'k', v);
	}
	get attribute(): string | null {
		return this.g.attribute;
	}
	set attribute(v: string | null) {
		settings.set(subject(), 'segments', 'attribute', v);
	}
	get treemapSize(): SegmentsGroup['treemapSize'] {
		return this.g.treemapSize;
	}
	set treemapSize(v: SegmentsGroup['treemapSize']) {
		settings.set(subject(), 'segments', 'treemapSize', v);
	}
	get scatterX(): Dimension {
		return this.g.scatterX;
	}
	set scatterX(v: Dimension) {
		settings.set(subject(), 'segments', 'scatterX', v);
	}
	get scatterY(): Dimension {
		return this.g.scatterY;
	}
	set scatterY(v: Dimension) {
		settings.set(subject(), 'segments', 'scatterY', v);
	}

	asOf(id: string): number | null {
		return settings.group(id, 'segments').asOf;
	}

	setAsOf(id: string, day: number | null) {
		settings.set(id, 'segments', 'asOf', day);
	}

	earlierDate(id: string): number | null {
		return settings.group(id, 'segments').earlierDate;
	}

	setEarlierDate(id: string, day: number | null) {
		settings.set(id, 'segments', 'earlierDate', day);
	}

	setBins(bins: number) {
		settings.batch([subject()], () => {
			this.bins = bins;
			// Edges are per bin count: custom thresholds for 5 bins mean nothing on 3.
			this.thresholds = { ...NO_THRESHOLDS };
			this.useThresholds = false;
			if (!this.edited) this.loadPreset(this.preset);
		});
	}

	/**
	 * The preset a new user sees: the eight-class model when the interface is Chinese (what
	 * Chinese courses teach), the R package's segments in English. A preset the user picked stays.
	 */
	applyLanguageDefault(lang: 'en' | 'zh') {
		if (this.presetChosen || this.edited) return;
		const want = defaultPreset(lang);
		// The app's own choice, not the user's: not a step to undo.
		if (this.preset !== want)
			settings.batch([subject()], () => this.loadPreset(want), { history: false });
	}

	choosePreset(name: SegmentPresetName) {
		settings.batch([subject()], () => {
			this.presetChosen = true;
			this.loadPreset(name);
		});
	}

	loadPreset(name: SegmentPresetName) {
		settings.batch([subject()], () => {
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
		});
	}

	setRules(rules: SegmentRule[]) {
		settings.batch([subject()], () => {
			this.rules = rules;
			this.edited = true;
		});
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
