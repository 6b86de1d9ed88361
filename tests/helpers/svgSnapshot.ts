// SVG file snapshots for charts rendered on the server (svelte/server): the chart's <svg>
// elements, one tag per line so a change reads as a small diff, compared with
// tests/snapshots/<name>.svg. On a mismatch the new drawing is written beside the test
// artefacts as <name>-changed.svg (open both in a browser to see what moved) and the test
// fails; UPDATE_SNAPSHOTS=1 writes the snapshot instead, for a change that is meant.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const SNAPSHOTS = new URL('../snapshots/', import.meta.url);
const CHANGED = new URL('../.artifacts/snapshots/', import.meta.url);

/** The <svg> elements of rendered HTML, without Svelte's markers and scoped class hashes. */
export function svgOf(html: string): string {
	const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
	if (svgs.length === 0) throw new Error('no <svg> in the rendered chart');
	let y = 0;
	let width = 0;
	const placed = svgs.map((svg) => {
		// Stacked one under the other, so the file opens as one readable image.
		const w = Number(/^<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 600);
		const h = Number(/^<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 300);
		const at = svg.replace(/^<svg/, `<svg y="${y}"`);
		y += h;
		width = Math.max(width, w);
		return at;
	});
	const body = placed
		.join('\n')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\s?svelte-[a-z0-9]+/g, '')
		.replace(/ class=""/g, '')
		// Coordinates to a tenth of a pixel: float noise in the last digits is not a change.
		.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
		.replace(/></g, '>\n<');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" font-family="sans-serif" font-size="12">\n${body}\n</svg>\n`;
}

/** Compares `svg` with the stored snapshot `name`; returns a failure message or null. */
export function svgSnapshotProblem(name: string, svg: string): string | null {
	const file = new URL(`${name}.svg`, SNAPSHOTS);
	if (process.env.UPDATE_SNAPSHOTS === '1') {
		mkdirSync(SNAPSHOTS, { recursive: true });
		writeFileSync(file, svg);
		return null;
	}
	if (existsSync(file) && readFileSync(file, 'utf8') === svg) return null;
	mkdirSync(CHANGED, { recursive: true });
	const changed = new URL(`${name}-changed.svg`, CHANGED);
	writeFileSync(changed, svg);
	return existsSync(file)
		? `${name}: the drawing changed — compare tests/snapshots/${name}.svg with tests/.artifacts/snapshots/${name}-changed.svg (UPDATE_SNAPSHOTS=1 accepts it)`
		: `${name}: no snapshot yet — look at tests/.artifacts/snapshots/${name}-changed.svg, then run with UPDATE_SNAPSHOTS=1`;
}
