// Saved views: a name, the page and the settings of the dataset it was looking at, kept in the
// settings table under one key (so a workspace file and a share link carry them). Read back
// through readSavedViews: a damaged entry is left out, a damaged field takes its default.
import { readViewSettings, type ViewSettings } from './viewSettings';

export const SAVED_VIEWS_KEY = 'views.saved';
/** Pages a saved view may reopen (a stored path is only ever one of these). */
export const VIEW_PATHS = [
	'/segments/',
	'/clv/',
	'/lifecycle/',
	'/satisfaction/',
	'/churn/',
	'/crossbuy/',
	'/referral/'
] as const;
export type ViewPath = (typeof VIEW_PATHS)[number];

export interface SavedView {
	id: string;
	name: string;
	path: ViewPath;
	/** ISO timestamp (bookkeeping only). */
	savedAt: string;
	/** Settings of the behaviour dataset (transactions or summary). */
	settings: ViewSettings;
	/** Zone lines and other settings of the survey dataset, when there was one. */
	survey: ViewSettings | null;
}

export const NAME_MAX = 80;

export function readSavedViews(raw: unknown): SavedView[] {
	if (!Array.isArray(raw)) return [];
	const out: SavedView[] = [];
	const seen = new Set<string>();
	for (const v of raw) {
		if (typeof v !== 'object' || v === null) continue;
		const r = v as Record<string, unknown>;
		if (typeof r.id !== 'string' || r.id === '' || seen.has(r.id)) continue;
		if (typeof r.name !== 'string' || r.name.trim() === '') continue;
		seen.add(r.id);
		out.push({
			id: r.id,
			name: r.name.trim().slice(0, NAME_MAX),
			path: (VIEW_PATHS as readonly unknown[]).includes(r.path)
				? (r.path as ViewPath)
				: '/segments/',
			savedAt: typeof r.savedAt === 'string' ? r.savedAt : '',
			settings: readViewSettings(r.settings).settings,
			survey: r.survey == null ? null : readViewSettings(r.survey).settings
		});
	}
	return out;
}

/** The page part of a location's path that a saved view can reopen, if any. */
export function viewPathOf(pathname: string): ViewPath | null {
	return VIEW_PATHS.find((p) => pathname.endsWith(p)) ?? null;
}
