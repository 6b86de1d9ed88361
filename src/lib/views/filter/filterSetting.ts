// The workspace filter as a workspace setting (IndexedDB `settings`, so it is in the workspace
// file and share links): read once the workspace is open and again after a restore, written on
// every change after that.
import { filters, FILTER_SETTING } from '$lib/state/filters.svelte';
import { share } from '$lib/state/share.svelte';

let loaded = false;
/** The spec as last read or written: a page opening writes nothing. */
let saved = '';

export async function loadFilterSetting(): Promise<void> {
	filters.restore(await share.readSetting(FILTER_SETTING));
	saved = JSON.stringify(filters.spec());
	loaded = true;
}

export function saveFilterSetting(): void {
	// Never overwrite the saved filter with the empty one a page starts with.
	if (!loaded) return;
	const spec = filters.spec();
	const text = JSON.stringify(spec);
	if (text === saved) return;
	saved = text;
	void share.writeSetting(FILTER_SETTING, spec);
}
