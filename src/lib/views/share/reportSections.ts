// The sections the report view (/report/) offers, in their default order.
//
// HOOK for other views: to put your charts in the printable report, write a component that
// takes no props and renders from the workspace state (as on your page, e.g. wrapping your
// view's chart components), then add ONE import and ONE entry below:
//   { id: 'clv', titleKey: 'clv.report.title', component: ClvReportSection, include: false }
// `id` is stable (it is saved with the user's choices), `titleKey` is a message key in your
// module, `include` says whether a new report starts with it ticked. Interactive controls
// should carry the `no-print` class; ChartFrame's export buttons already do. In print the
// report keeps every figure, svg, canvas and table row whole and each heading with what
// follows; a block of your own that must not split takes `break-inside: avoid`.
import type { Component } from 'svelte';
import type { DatasetKind } from '$lib/data/map/types';
import type { MessageKey } from '$lib/i18n/messageKey';
import DatasetSummary from './sections/DatasetSummary.svelte';
import DataQuality from './sections/DataQuality.svelte';
import SegmentsView from '$lib/views/segments/SegmentsView.svelte';
import ClvView from '$lib/views/clv/ClvView.svelte';
import LifecycleView from '$lib/views/lifecycle/LifecycleView.svelte';
import SatisfactionView from '$lib/views/satisfaction/SatisfactionView.svelte';

export interface ReportSection {
	id: string;
	titleKey: MessageKey;
	component: Component;
	/** Ticked in a new report whatever the data. */
	include: boolean;
	/** Ticked in a new report when the workspace has a dataset of one of these kinds. */
	needs?: DatasetKind[];
}

export const REPORT_SECTIONS: ReportSection[] = [
	{ id: 'datasets', titleKey: 'report.section.datasets', component: DatasetSummary, include: true },
	{ id: 'quality', titleKey: 'report.section.quality', component: DataQuality, include: true },
	// Until the analysis views register sections of their own, each whole view can be printed
	// (its charts with their current settings; its page title gives way to the section's).
	{
		id: 'segments',
		titleKey: 'nav.segments',
		component: SegmentsView,
		include: false,
		needs: ['transactions', 'summary']
	},
	{ id: 'clv', titleKey: 'nav.clv', component: ClvView, include: false, needs: ['transactions'] },
	{
		id: 'lifecycle',
		titleKey: 'nav.lifecycle',
		component: LifecycleView,
		include: false,
		needs: ['transactions']
	},
	{
		id: 'satisfaction',
		titleKey: 'nav.satisfaction',
		component: SatisfactionView,
		include: false,
		needs: ['survey']
	}
];
