// The printed report's page: paper and orientation. Kept by the settings model
// (settings.svelte.ts: one undo step per choice, like a section tick) in the settings table
// under 'report.page', so it survives reloads and travels in the workspace file and share links.

export const PAPERS = ['A4', 'Letter'] as const;
export const ORIENTATIONS = ['portrait', 'landscape'] as const;

export interface PrintSetup {
	paper: (typeof PAPERS)[number];
	orientation: (typeof ORIENTATIONS)[number];
}

export const PRINT_SETTING = 'report.page';

/** A saved setup with anything unknown replaced by the default (A4 portrait). */
export function readPrintSetup(saved: unknown): PrintSetup {
	const s = (typeof saved === 'object' && saved !== null ? saved : {}) as Record<string, unknown>;
	const pick = <T extends string>(v: unknown, allowed: readonly T[]): T =>
		allowed.includes(v as T) ? (v as T) : allowed[0];
	return { paper: pick(s.paper, PAPERS), orientation: pick(s.orientation, ORIENTATIONS) };
}
