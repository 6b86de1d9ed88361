// Lays out a slide-ready chart export: title, subtitle lines, the chart, its legend and a
// source line, one under another and wrapped to one width, so nothing is clipped and nothing
// overlaps. Pure: text is measured by the function passed in (a canvas in the page, the
// textWidth estimate in tests).
import { wrapBreaks } from './wrapText';

export interface ExportMeta {
	title: string;
	/** Lines under the title: the view's subtitle, dataset and as-of date, active filters. */
	subtitle: string[];
	legend: { name: string; color: string; dashed?: boolean }[];
	source: string;
}

export interface ExportText {
	text: string;
	/** Left edge and baseline. */
	x: number;
	y: number;
	size: number;
	bold: boolean;
	color: string;
	width: number;
}

export interface ExportSwatch {
	x: number;
	y: number;
	w: number;
	h: number;
	color: string;
	dashed: boolean;
}

export interface ExportLayout {
	width: number;
	height: number;
	chart: { x: number; y: number; width: number; height: number };
	texts: ExportText[];
	swatches: ExportSwatch[];
}

/** Rendered width of `text` at `size` px (bold or not). */
export type Measure = (text: string, size: number, bold: boolean) => number;

const PAD = 20;
const MIN_WIDTH = 480;
const TITLE = 18;
const SUB = 12.5;
const LEGEND = 12;
const SOURCE = 11;
const LINE = 1.35;
const INK = '#1d2733';
const MUTED = '#5b6673';

/**
 * Lines of at most `max` px, each broken at the latest place wrapText's rules allow (never after
 * a digit, never before a closing mark; between CJK characters); a run with no such place that
 * is longer than a line is cut between characters.
 */
export function wrapText(
	text: string,
	max: number,
	size: number,
	bold: boolean,
	measure: Measure
): string[] {
	const lines: string[] = [];
	let rest = text.trim();
	while (rest) {
		if (measure(rest, size, bold) <= max) {
			lines.push(rest);
			break;
		}
		let at: { head: number; rest: number } | null = null;
		for (const b of wrapBreaks(rest)) {
			// Breaks come in order and a longer head is never narrower: stop at the first too wide.
			if (measure(rest.slice(0, b.head), size, bold) > max) break;
			at = b;
		}
		if (!at) {
			let line = '';
			for (const ch of rest) {
				if (line && measure(line + ch, size, bold) > max) break;
				line += ch;
			}
			at = { head: line.length, rest: line.length };
		}
		lines.push(rest.slice(0, at.head).trimEnd());
		rest = rest.slice(at.rest).trimStart();
	}
	return lines;
}

export function layoutExport(
	meta: ExportMeta,
	chartWidth: number,
	chartHeight: number,
	measure: Measure
): ExportLayout {
	const width = Math.max(MIN_WIDTH, Math.ceil(chartWidth) + 2 * PAD);
	const max = width - 2 * PAD;
	const texts: ExportText[] = [];
	const swatches: ExportSwatch[] = [];
	let y = PAD;
	const block = (text: string, size: number, bold: boolean, color: string) => {
		for (const line of wrapText(text, max, size, bold, measure)) {
			// Baseline about 0.8 em below the line's top; lines are 1.35 em apart.
			texts.push({
				text: line,
				x: PAD,
				y: y + size * 0.95,
				size,
				bold,
				color,
				width: measure(line, size, bold)
			});
			y += size * LINE;
		}
	};
	block(meta.title, TITLE, true, INK);
	y += 2;
	for (const s of meta.subtitle) if (s.trim()) block(s, SUB, false, MUTED);
	y += 10;
	const chart = {
		x: Math.round((width - chartWidth) / 2),
		y: Math.round(y),
		width: chartWidth,
		height: chartHeight
	};
	y += chartHeight + 10;
	if (meta.legend.length) {
		const sw = 11;
		const row = LEGEND * 1.6;
		let x = PAD;
		for (const item of meta.legend) {
			const w = Math.min(measure(item.name, LEGEND, false), max - sw - 5);
			const label = w < measure(item.name, LEGEND, false) ? fit(item.name, w, measure) : item.name;
			const itemWidth = sw + 5 + measure(label, LEGEND, false);
			if (x > PAD && x + itemWidth > PAD + max) {
				x = PAD;
				y += row;
			}
			swatches.push({
				x,
				y: item.dashed ? y + row / 2 - 2 : y + (row - sw) / 2,
				w: sw,
				h: item.dashed ? 3 : sw,
				color: item.color,
				dashed: !!item.dashed
			});
			texts.push({
				text: label,
				x: x + sw + 5,
				y: y + row / 2 + LEGEND * 0.35,
				size: LEGEND,
				bold: false,
				color: INK,
				width: measure(label, LEGEND, false)
			});
			x += itemWidth + 16;
		}
		y += row + 8;
	}
	block(meta.source, SOURCE, false, MUTED);
	return { width, height: Math.ceil(y + PAD - 4), chart, texts, swatches };
}

function fit(text: string, max: number, measure: Measure): string {
	let out = '';
	for (const ch of text) {
		if (measure(out + ch + '…', LEGEND, false) > max) break;
		out += ch;
	}
	return out + '…';
}
