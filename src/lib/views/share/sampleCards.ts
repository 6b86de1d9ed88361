// The samples gallery: which bundled samples it offers, in which language, which view a
// deep link opens by default, and where the provenance note lives (messages
// `samples.<id>.*`). The files themselves are listed in state/samples.svelte.ts.
import type { ViewName } from './deepLink';

export interface SampleCard {
	id: 'retail' | 'retail-zh' | 'cdnow' | 'ecsi';
	lang: 'en' | 'zh';
	view: ViewName;
	/** README next to the files (a static asset), linked as the source. */
	readme?: '/samples/cdnow/README.md' | '/samples/ecsi/README.md';
}

export const SAMPLE_CARDS: SampleCard[] = [
	{ id: 'retail', lang: 'en', view: 'segments' },
	{ id: 'retail-zh', lang: 'zh', view: 'lifecycle' },
	{ id: 'cdnow', lang: 'en', view: 'clv', readme: '/samples/cdnow/README.md' },
	{ id: 'ecsi', lang: 'en', view: 'satisfaction', readme: '/samples/ecsi/README.md' }
];
