// The printed report's page: paper, orientation, and the running header and footer that
// Chromium prints in the page margins (CSS @page margin boxes). Paper and orientation are
// settings (state/settings/printPage.ts, undoable); this file turns them into the @page rule.
import type { PrintSetup } from '$lib/state/settings/printPage';
export {
	ORIENTATIONS,
	PAPERS,
	PRINT_SETTING,
	readPrintSetup,
	type PrintSetup
} from '$lib/state/settings/printPage';

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
