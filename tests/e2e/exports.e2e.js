// Slide-ready chart exports, measured: the key charts of the teaching sample are exported as
// SVG in English and Chinese, each file is drawn back in the page, and every text box must lie
// inside the export's viewBox and inside the chart box it belongs to (or it would be clipped),
// and no two text boxes may overlap. The file must carry the title, the dataset and as-of date
// and the source line. "Copy" must end in a message either way.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, openBrowser, SHOTS } from './harness.js';

/** Charts by the test id of their body, on the page they live on. */
const KEY_CHARTS = [
	{
		view: 'segments',
		ids: [
			'segments-hist-recency',
			'segments-hist-frequency',
			'segments-hist-monetary',
			'segments-grid',
			'segments-treemap',
			'segments-shares',
			'pareto-chart',
			'pyramid-chart',
			'migration-flow',
			'attr-shares'
		]
	}
];

/** Text boxes that overflow or overlap in the exported SVG, drawn at its own size. */
async function measureExport(context, markup) {
	// A blank page: the file must read right without the app's stylesheet.
	const page = await context.newPage();
	await page.setContent('<!doctype html><body style="margin:0"></body>');
	try {
		return await measureIn(page, markup);
	} finally {
		await page.close();
	}
}

async function measureIn(page, markup) {
	return page.evaluate((svgText) => {
		const host = document.createElement('div');
		host.style.cssText = 'position:absolute;left:0;top:0;z-index:99999;background:#fff';
		host.innerHTML = svgText;
		document.body.append(host);
		const root = host.querySelector('svg');
		const [vx, vy, vw, vh] = root.getAttribute('viewBox').split(/\s+/).map(Number);
		const r0 = root.getBoundingClientRect();
		const problems = [];
		const boxes = [];
		for (const t of root.querySelectorAll('text')) {
			const label = t.textContent.trim();
			if (!label) continue;
			const b = t.getBoundingClientRect();
			if (b.width === 0 || b.height === 0) continue;
			const box = {
				label,
				x0: b.left - r0.left + vx,
				y0: b.top - r0.top + vy,
				x1: b.right - r0.left + vx,
				y1: b.bottom - r0.top + vy
			};
			if (
				box.x0 < vx - 0.5 ||
				box.y0 < vy - 0.5 ||
				box.x1 > vx + vw + 0.5 ||
				box.y1 > vy + vh + 0.5
			)
				problems.push(`“${label}” leaves the viewBox ${JSON.stringify(box)}`);
			const own = t.ownerSVGElement;
			if (own && own !== root) {
				// A nested <svg>'s client rect is its content's box, so take its viewport from
				// its attributes (the root is drawn at scale 1).
				const c = {
					left: r0.left + own.x.baseVal.value,
					top: r0.top + own.y.baseVal.value,
					right: r0.left + own.x.baseVal.value + own.width.baseVal.value,
					bottom: r0.top + own.y.baseVal.value + own.height.baseVal.value
				};
				if (
					b.left < c.left - 0.5 ||
					b.right > c.right + 0.5 ||
					b.top < c.top - 0.5 ||
					b.bottom > c.bottom + 0.5
				)
					problems.push(`“${label}” is clipped by the chart box`);
			}
			// Glyph boxes include line spacing: compare the inner 80 % of each box's height.
			const pad = (box.y1 - box.y0) * 0.1;
			boxes.push({ ...box, y0: box.y0 + pad, y1: box.y1 - pad });
		}
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i];
				const b = boxes[j];
				const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
				const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
				if (w > 1 && h > 1) problems.push(`“${a.label}” overlaps “${b.label}”`);
			}
		host.remove();
		return { problems, texts: boxes.map((b) => b.label) };
	}, markup);
}

async function exportsIn(baseUrl, lang) {
	const b = await openBrowser(baseUrl);
	try {
		const { page } = b;
		const failures = [];
		for (const { view, ids } of KEY_CHARTS) {
			await page.goto(`${baseUrl}/?sample=retail&lang=${lang}&view=${view}`);
			await page.waitForURL(new RegExp(`/${view}/`), { timeout: 60_000 });
			for (const id of ids) {
				const figure = page.locator('figure.chart', { has: page.getByTestId(id) }).first();
				await figure.getByTestId(id).locator('svg').first().waitFor({ timeout: 90_000 });
				const title = (await figure.locator('h3').first().innerText()).trim();
				if (id === 'migration-flow') {
					// Every node is named: on the chart, or in the list under it.
					const flow = figure.getByTestId(id);
					const nodes = await flow.locator('svg > rect').count();
					const named =
						(await flow.locator('text.node').count()) + (await flow.locator('.legend li').count());
					assert(nodes > 0 && named === nodes, `${lang}: ${nodes} flow nodes, ${named} named`);
				}
				if (id.startsWith('segments-hist-')) {
					// Every score band keeps its label, however narrow the band.
					const bands = await figure.locator('rect.stretch').count();
					const labels = await figure.locator('text.region').allTextContents();
					assert(
						bands >= 2 && labels.filter((l) => /^[RFM]\d$/.test(l.trim())).length === bands,
						`${lang} ${id}: ${bands} bands, labels ${labels.join(' ')}`
					);
				}
				const [download] = await Promise.all([
					page.waitForEvent('download'),
					figure.locator('.exports button', { hasText: 'SVG' }).click()
				]);
				const markup = readFileSync(await download.path(), 'utf8');
				mkdirSync(SHOTS, { recursive: true });
				writeFileSync(join(SHOTS, `export-${id}-${lang}.svg`), markup);
				for (const needed of [title, 'CRM Workbench'])
					assert(markup.includes(needed), `${lang} ${id}: export lacks “${needed}”`);
				assert(
					markup.includes('Retail transactions') || markup.includes('零售交易记录'),
					`${lang} ${id}: export does not name the dataset`
				);
				assert(/\d{4}-\d{2}-\d{2}/.test(markup), `${lang} ${id}: export has no as-of date`);
				// "Click a band…" is for the screen: the export keeps the subtitle, not the hint.
				assert(!/Click a|点击/.test(markup), `${lang} ${id}: a click hint went into the export`);
				const hint = figure.getByTestId('chart-hint');
				if (await hint.count()) {
					const text = (await hint.innerText()).trim();
					assert(/^Click a|^点击/.test(text), `${lang} ${id}: hint on screen “${text}”`);
					const sub = (await figure.locator('p.sub:not(.hint)').first().innerText()).trim();
					// The export wraps lines: its first words are enough to know it is there.
					assert(
						markup.includes(sub.slice(0, 6)),
						`${lang} ${id}: export lacks the subtitle “${sub}”`
					);
				}
				const { problems } = await measureExport(b.context, markup);
				for (const p of problems) failures.push(`${lang} ${id}: ${p}`);
				// The PNG as a user gets it, kept to be looked at.
				const [png] = await Promise.all([
					page.waitForEvent('download'),
					figure.locator('.exports button', { hasText: 'PNG' }).click()
				]);
				await png.saveAs(join(SHOTS, `export-${id}-${lang}.png`));
			}
		}
		assert(failures.length === 0, `export text problems:\n${failures.join('\n')}`);
		// Copy: the clipboard is granted here, so the chart is copied and the page says so.
		await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
		const first = page.locator('figure.chart', { has: page.getByTestId('segments-shares') });
		await first.getByTestId('chart-copy').click();
		await first.getByTestId('chart-copy-state').waitFor();
		const said = await first.getByTestId('chart-copy-state').innerText();
		const types = await page.evaluate(async () => {
			const items = await navigator.clipboard.read();
			return items.flatMap((i) => i.types);
		});
		assert(types.includes('image/png'), `${lang}: clipboard holds ${types.join(', ')} (${said})`);
		assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
	} finally {
		await b.close();
	}
}

export const tests = [
	{ name: 'exports: charts measured, en', run: ({ baseUrl }) => exportsIn(baseUrl, 'en') },
	{ name: 'exports: charts measured, zh', run: ({ baseUrl }) => exportsIn(baseUrl, 'zh') }
];
