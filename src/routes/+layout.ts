// A static single-page app: every route is prerendered as an empty shell and runs in the browser.
import { i18n } from '$lib/i18n/i18n.svelte';
import type { LayoutLoad } from './$types';

export const ssr = false;
export const prerender = true;
export const trailingSlash = 'always';

let language: Promise<void> | null = null;

/** The page renders once its language's texts are in (Chinese is loaded on demand). */
export const load: LayoutLoad = async ({ url }) => {
	await (language ??= i18n.init(url));
	return {};
};
