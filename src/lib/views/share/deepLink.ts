// Links into the app: `?sample=…&lang=…&view=…` (read by the layout) and an optional
// fragment (`#data=…`, read by ShareControls). Built against the app's home URL, so they work
// under any sub-path.

export const VIEWS = [
	'data',
	'segments',
	'value',
	'clv',
	'lifecycle',
	'satisfaction',
	'learn',
	'report'
] as const;
export type ViewName = (typeof VIEWS)[number];

export interface DeepLinkParams {
	sample?: string;
	lang?: 'en' | 'zh';
	view?: ViewName;
}

/** `home` is the app's root URL (e.g. https://example.org/crm/); parameters keep a fixed order. */
export function deepLink(home: string | URL, params: DeepLinkParams, fragment = ''): URL {
	const url = new URL(home);
	url.search = '';
	url.hash = '';
	for (const key of ['sample', 'lang', 'view'] as const) {
		const value = params[key];
		if (value) url.searchParams.set(key, value);
	}
	if (fragment) url.hash = fragment;
	return url;
}

/** A `view` parameter as a known view, or null (the parameter is user text: no object lookup). */
export function asView(value: string | null): ViewName | null {
	return value !== null && (VIEWS as readonly string[]).includes(value)
		? (value as ViewName)
		: null;
}

/** The view a page path belongs to (`/sub/clv/` → 'clv'), for a link back to it. */
export function viewOfPath(pathname: string): ViewName {
	const last = pathname.split('/').filter(Boolean).at(-1) ?? '';
	return (VIEWS as readonly string[]).includes(last) ? (last as ViewName) : 'data';
}

export type ViewPath =
	| '/data/'
	| '/segments/'
	| '/clv/'
	| '/lifecycle/'
	| '/satisfaction/'
	| '/learn/'
	| '/report/';

/** The page a view lives on ('value' is part of the segments page). */
export function viewPath(view: ViewName): ViewPath {
	return view === 'value' ? '/segments/' : `/${view}/`;
}
