// Exports a chart as a slide-ready SVG or PNG, entirely in the page: the chart's own SVG
// framed by its title, subtitle (dataset, as-of date, filters), legend and a source line, laid
// out by exportLayout so that nothing is clipped or overlaps. "Copy" puts the PNG on the
// clipboard where the browser allows it.
import { download } from '../ui/download';
import { layoutExport, type ExportLayout, type ExportMeta } from './exportLayout';

const NS = 'http://www.w3.org/2000/svg';

function escapeXml(s: string): string {
	return s.replace(/[<>&"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]};`);
}

let measureCtx: CanvasRenderingContext2D | null = null;
function measurer(fontFamily: string) {
	measureCtx ??= document.createElement('canvas').getContext('2d');
	return (text: string, size: number, bold: boolean) => {
		if (!measureCtx) return text.length * size * 0.6;
		measureCtx.font = `${bold ? 'bold ' : ''}${size}px ${fontFamily}`;
		// A little slack: the SVG renderer and the canvas round differently.
		return measureCtx.measureText(text).width * 1.02;
	};
}

/**
 * Presentation properties the page's stylesheet may set on chart elements: copied onto the
 * clone as attributes, so the file looks the same where that stylesheet is absent (a slide,
 * an image viewer) — without them tick labels fall back to 16 px and run off the chart.
 */
const INLINE = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline'
] as const;
const TEXT_ONLY = new Set(['font-size', 'font-weight', 'text-anchor', 'dominant-baseline']);

export function inlineStyles(from: SVGSVGElement, to: SVGSVGElement): void {
	const a = [...from.querySelectorAll('*')];
	const b = [...to.querySelectorAll('*')];
	a.forEach((el, i) => {
		const target = b[i];
		if (!target || !(el instanceof SVGElement)) return;
		const cs = getComputedStyle(el);
		if (cs.display === 'none') {
			target.setAttribute('display', 'none');
			return;
		}
		const isText = el.tagName === 'text' || el.tagName === 'tspan';
		for (const prop of INLINE) {
			if (TEXT_ONLY.has(prop) && !isText) continue;
			const v = cs.getPropertyValue(prop);
			if (v) target.setAttribute(prop, v);
		}
	});
}

/**
 * The chart's drawn area in its own units and on screen, grown to take in any label drawn
 * past the edge (the page lets it overflow; a file would cut it off).
 */
export function chartBox(svg: SVGSVGElement) {
	const { width, height } = svg.getBoundingClientRect();
	const vb = svg.viewBox?.baseVal;
	const view =
		vb && vb.width > 0 && vb.height > 0
			? { x: vb.x, y: vb.y, width: vb.width, height: vb.height }
			: { x: 0, y: 0, width, height };
	let bb = { x: view.x, y: view.y, width: view.width, height: view.height };
	try {
		const b = svg.getBBox();
		if (b.width > 0 && b.height > 0) bb = b;
	} catch {
		// Not rendered (display: none): keep the view box.
	}
	const x0 = Math.min(view.x, Math.floor(bb.x) - 1);
	const y0 = Math.min(view.y, Math.floor(bb.y) - 1);
	const x1 = Math.max(view.x + view.width, Math.ceil(bb.x + bb.width) + 1);
	const y1 = Math.max(view.y + view.height, Math.ceil(bb.y + bb.height) + 1);
	const sx = width / view.width;
	const sy = height / view.height;
	return {
		viewBox: `${x0} ${y0} ${x1 - x0} ${y1 - y0}`,
		width: (x1 - x0) * sx,
		height: (y1 - y0) * sy,
		/** Where the on-screen box's top-left lands inside the grown one, in pixels. */
		dx: (view.x - x0) * sx,
		dy: (view.y - y0) * sy
	};
}

/** The chart's SVG as a nested <svg> at the layout's chart box. */
function chartMarkup(
	svg: SVGSVGElement,
	box: ExportLayout['chart'],
	viewBox: string,
	fontFamily: string
): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, clone);
	clone.setAttribute('xmlns', NS);
	clone.setAttribute('viewBox', viewBox);
	clone.setAttribute('preserveAspectRatio', 'none');
	clone.setAttribute('x', String(box.x));
	clone.setAttribute('y', String(box.y));
	clone.setAttribute('width', String(Math.round(box.width)));
	clone.setAttribute('height', String(Math.round(box.height)));
	clone.setAttribute('font-family', fontFamily);
	clone.removeAttribute('class');
	clone.removeAttribute('style');
	return new XMLSerializer().serializeToString(clone);
}

/** The composed export: markup, its size, and where the chart sits in it. */
export function composeSvg(svg: SVGSVGElement, meta: ExportMeta) {
	const fontFamily = getComputedStyle(svg).fontFamily || 'sans-serif';
	const grown = chartBox(svg);
	const layout = layoutExport(meta, grown.width, grown.height, measurer(fontFamily));
	const parts: string[] = [
		`<svg xmlns="${NS}" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${escapeXml(fontFamily)}">`,
		`<rect width="100%" height="100%" fill="#fff"/>`
	];
	for (const t of layout.texts)
		parts.push(
			`<text class="export-text" x="${t.x}" y="${t.y.toFixed(1)}" font-size="${t.size}"${t.bold ? ' font-weight="bold"' : ''} fill="${t.color}">${escapeXml(t.text)}</text>`
		);
	for (const s of layout.swatches)
		parts.push(
			`<rect x="${s.x}" y="${s.y.toFixed(1)}" width="${s.w}" height="${s.h}" rx="2" fill="${escapeXml(s.color)}"/>`
		);
	parts.push(chartMarkup(svg, layout.chart, grown.viewBox, fontFamily));
	parts.push('</svg>');
	return { markup: parts.join(''), layout, offset: { x: grown.dx, y: grown.dy } };
}

export function exportSvg(svg: SVGSVGElement, meta: ExportMeta, name: string): void {
	download(`${name}.svg`, composeSvg(svg, meta).markup, 'image/svg+xml');
}

/** The composed chart as a PNG blob at `scale` times its size (3 = sharp on a projector). */
export async function renderPng(svg: SVGSVGElement, meta: ExportMeta, scale = 3): Promise<Blob> {
	const { markup, layout, offset } = composeSvg(svg, meta);
	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		await new Promise<void>((ok, fail) => {
			img.onload = () => ok();
			img.onerror = () => fail(new Error('svg image'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(layout.width * scale);
		canvas.height = Math.round(layout.height * scale);
		const ctx = canvas.getContext('2d')!;
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0, layout.width, layout.height);
		// Canvas layers (big scatters) are drawn on top at the same place in the chart box.
		const s = svg.getBoundingClientRect();
		svg.parentElement?.querySelectorAll('canvas').forEach((c) => {
			const r = c.getBoundingClientRect();
			ctx.drawImage(
				c,
				layout.chart.x + offset.x + r.left - s.left,
				layout.chart.y + offset.y + r.top - s.top,
				r.width,
				r.height
			);
		});
		const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
		if (!blob) throw new Error('png');
		return blob;
	} finally {
		URL.revokeObjectURL(url);
	}
}

export async function exportPng(svg: SVGSVGElement, meta: ExportMeta, name: string) {
	download(`${name}.png`, await renderPng(svg, meta), 'image/png');
}

/**
 * Puts the chart on the clipboard as a PNG. Resolves 'copied', or 'refused' when the browser
 * has no image clipboard or the user / policy said no (the caller says so in words).
 */
export async function copyPng(svg: SVGSVGElement, meta: ExportMeta): Promise<'copied' | 'refused'> {
	if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return 'refused';
	try {
		// The promise form keeps the user's gesture alive while the PNG is drawn (Safari).
		await navigator.clipboard.write([new ClipboardItem({ 'image/png': renderPng(svg, meta, 2) })]);
		return 'copied';
	} catch {
		return 'refused';
	}
}

/** The legend beside a chart (the HTML Legend component) as export items. */
export function legendOf(root: Element | null | undefined): ExportMeta['legend'] {
	if (!root) return [];
	return [...root.querySelectorAll('.legend li')].map((li) => {
		const sw = li.querySelector<HTMLElement>('.swatch');
		return {
			name: (li.textContent ?? '').trim(),
			color: sw?.style.getPropertyValue('--c').trim() || '#888',
			dashed: !!sw?.classList.contains('dashed')
		};
	});
}
