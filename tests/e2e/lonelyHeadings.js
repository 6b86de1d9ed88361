// Headings left alone at the foot of a printed page, read from the PDF as a reader sees it:
// poppler's text layer with each line's position (pdftotext -bbox-layout); the page margins
// (running header, page numbers) are left out, and a page whose last lines of text are one of
// the report's headings has that heading cut off from what it introduces.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The report's page margin (printSetup.ts: 16 mm top and bottom), in PDF points. */
const MARGIN = (16 / 25.4) * 72;

const decode = (s) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

/** Each page's lines of body text, top to bottom: [{ y, text }] per page. */
export function pageLines(pdf) {
	const out = `${pdf}.bbox.html`;
	execFileSync('pdftotext', ['-bbox-layout', pdf, out]);
	const html = readFileSync(out, 'utf8');
	return html
		.split(/<page /)
		.slice(1)
		.map((p) => {
			const height = Number(/height="([\d.]+)"/.exec(p)?.[1]);
			const lines = [];
			for (const m of p.matchAll(
				/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g
			)) {
				const [top, bottom] = [Number(m[1]), Number(m[2])];
				if (top < MARGIN || bottom > height - MARGIN) continue;
				const text = [...m[3].matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)]
					.map((w) => decode(w[1]))
					.join(' ');
				lines.push({ y: bottom, text });
			}
			return lines.sort((a, b) => a.y - b.y);
		});
}

/**
 * The pages (1-based) whose last body text is one of `headings`, whole (a heading may take up
 * to three lines on paper). Compared without white space: poppler spaces Chinese text freely.
 */
export function lonelyHeadings(pdf, headings) {
	const bare = (s) => s.replace(/\s+/g, '');
	const wanted = new Set(headings.map(bare).filter((h) => h.length > 0));
	const found = [];
	pageLines(pdf).forEach((lines, i) => {
		for (let k = 1; k <= Math.min(3, lines.length); k++) {
			const tail = bare(
				lines
					.slice(-k)
					.map((l) => l.text)
					.join('')
			);
			if (wanted.has(tail)) {
				found.push({ page: i + 1, heading: tail });
				break;
			}
		}
	});
	return found;
}
