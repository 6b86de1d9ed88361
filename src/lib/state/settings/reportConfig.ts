// What the report view prints: a title, an introduction, and the chosen sections in order,
// each with an optional own title and a note. One record per workspace, kept by the settings
// model (settings.svelte.ts: undoable like every setting) in the settings table under
// 'report.config', so it travels in the workspace file and in share links.

export interface ReportSectionConfig {
	id: string;
	include: boolean;
	/** Empty: the section's default title. */
	title: string;
	note: string;
}

export interface ReportConfig {
	title: string;
	intro: string;
	sections: ReportSectionConfig[];
}

export const REPORT_SETTING = 'report.config';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
/** Longest title or note kept (a pasted book would otherwise ride along in every link). */
export const REPORT_TEXT_MAX = 20_000;
const SECTIONS_MAX = 100;
const text = (v: unknown) => str(v).slice(0, REPORT_TEXT_MAX);

/**
 * A stored (or imported) report record, cleaned: null when it is no report at all; sections
 * without an id or a yes/no choice are dropped (the view then gives them their default), later
 * repeats of an id too. Which sections exist is the view's business (mergeReportConfig).
 */
export function readReportConfig(raw: unknown): ReportConfig | null {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
	const r = raw as Record<string, unknown>;
	const sections: ReportSectionConfig[] = [];
	for (const item of Array.isArray(r.sections) ? r.sections.slice(0, SECTIONS_MAX) : []) {
		if (typeof item !== 'object' || item === null) continue;
		const x = item as Record<string, unknown>;
		const id = str(x.id);
		if (!id || typeof x.include !== 'boolean' || sections.some((s) => s.id === id)) continue;
		sections.push({ id, include: x.include, title: text(x.title), note: text(x.note) });
	}
	return { title: text(r.title), intro: text(r.intro), sections };
}

/**
 * A saved configuration fitted to the sections that exist now: saved order and choices are
 * kept, sections added since then are appended with their default, removed ones are dropped.
 */
export function mergeReportConfig(
	saved: unknown,
	available: { id: string; include: boolean }[]
): ReportConfig {
	const s = (typeof saved === 'object' && saved !== null ? saved : {}) as Record<string, unknown>;
	const known = new Map(available.map((a) => [a.id, a]));
	const sections: ReportSectionConfig[] = [];
	for (const raw of Array.isArray(s.sections) ? s.sections : []) {
		const r = (raw ?? {}) as Record<string, unknown>;
		const id = str(r.id);
		if (!known.has(id) || sections.some((x) => x.id === id)) continue;
		sections.push({
			id,
			include: typeof r.include === 'boolean' ? r.include : known.get(id)!.include,
			title: str(r.title),
			note: str(r.note)
		});
	}
	for (const a of available)
		if (!sections.some((x) => x.id === a.id))
			sections.push({ id: a.id, include: a.include, title: '', note: '' });
	return { title: str(s.title), intro: str(s.intro), sections };
}

/** The sections with the one at `index` moved up (delta -1) or down (+1); ends stay put. */
export function moveSection(
	sections: ReportSectionConfig[],
	index: number,
	delta: -1 | 1
): ReportSectionConfig[] {
	const to = index + delta;
	if (index < 0 || index >= sections.length || to < 0 || to >= sections.length) return sections;
	const next = sections.slice();
	[next[index], next[to]] = [next[to], next[index]];
	return next;
}
