// Exports a chart's SVG as a file or as a high-resolution PNG, entirely in the page.
import { download } from '../ui/download';

function serialize(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	const { width, height } = svg.getBoundingClientRect();
	clone.setAttribute('width', String(Math.round(width)));
	clone.setAttribute('height', String(Math.round(height)));
	// Inline the computed font so the file looks the same elsewhere.
	clone.setAttribute('font-family', getComputedStyle(svg).fontFamily);
	return new XMLSerializer().serializeToString(clone);
}

export function exportSvg(svg: SVGSVGElement, name: string): void {
	download(`${name}.svg`, serialize(svg), 'image/svg+xml');
}

export async function exportPng(svg: SVGSVGElement, name: string, scale = 3): Promise<void> {
	const { width, height } = svg.getBoundingClientRect();
	const url = URL.createObjectURL(new Blob([serialize(svg)], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		await new Promise<void>((ok, fail) => {
			img.onload = () => ok();
			img.onerror = () => fail(new Error('svg image'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d')!;
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0, width, height);
		// Canvas layers (big scatters) are drawn on top at the same place.
		const parent = svg.parentElement;
		parent?.querySelectorAll('canvas').forEach((c) => {
			const r = c.getBoundingClientRect();
			const s = svg.getBoundingClientRect();
			ctx.drawImage(c, r.left - s.left, r.top - s.top, r.width, r.height);
		});
		const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
		if (blob) download(`${name}.png`, blob, 'image/png');
	} finally {
		URL.revokeObjectURL(url);
	}
}
