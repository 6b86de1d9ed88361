// What the report view prints: a title, an introduction, and the chosen sections in order,
// each with an optional own title and a note. Kept as a workspace setting ('report.config'),
// so it travels in the workspace file.

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
