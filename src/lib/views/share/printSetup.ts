// The printed report's page: paper, orientation, and the running header and footer that
// Chromium prints in the page margins (CSS @page margin boxes). Kept as its own workspace
// setting ('report.page') beside the report's sections.

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

/**
 * Text as a CSS string literal. The header carries user text (report and dataset names), so
 * quotes, backslashes and line breaks are escaped and control characters dropped.
 */
export function cssString(text: string): string {
	let out = '';
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		if (ch === '\\' || ch === '"') out += '\\' + ch;
		else if (ch === '\n' || ch === '\r') out += ' ';
		else if (c < 0x20 || c === 0x7f) continue;
		else out += ch;
	}
	return `"${out}"`;
}

/**
 * A footer template such as "Page {page} of {pages}" / "第 {page} 页，共 {pages} 页" as CSS
 * `content` tokens with the page counters in place.
 */
export function counterContent(template: string): string {
	return template
		.split(/(\{page\}|\{pages\})/)
		.filter((part) => part !== '')
		.map((part) =>
			part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)
		)
		.join(' ');
}

/** The @page rule for a setup: size, margins wide enough for the running header and footer. */
export function pageCss(setup: PrintSetup, header: string, footerTemplate: string): string {
	const box = 'font-family: sans-serif; font-size: 8pt; color: #555;';
	return `@page {
	size: ${setup.paper} ${setup.orientation};
	margin: 16mm 14mm 16mm;
	@top-left { content: ${cssString(header)}; ${box} }
	@bottom-right { content: ${counterContent(footerTemplate)}; ${box} }
}`;
}
