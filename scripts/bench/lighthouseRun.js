// Lighthouse (the npm package, a dev dependency) over every route of the built site with the
// teaching sample loaded, desktop and mobile presets (issue 22: performance ≥ 90 desktop and
// ≥ 75 mobile; accessibility, best practices and SEO ≥ 95). One Chromium (Debian's, no network)
// with one profile: the sample is loaded once through the home page's button, then Lighthouse
// audits each route in that profile without clearing storage, so every page has the data a
// teacher's browser has. Scores are measurements, like every bench figure: never assertions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium.js';
import { loadTeachingSample, VIEW_ROUTES } from '../../tests/e2e/harness.js';

// The app's views, and the report (not in VIEW_ROUTES: its own tests load it).
export const LIGHTHOUSE_ROUTES = [...VIEW_ROUTES, '/report/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** { [route]: { desktop: {performance, …, tbt, lcp}, mobile: {…} } } */
export async function lighthouseRun(
	baseUrl,
	{ routes = LIGHTHOUSE_ROUTES, presets = ['desktop', 'mobile'] } = {}
) {
	const dir = mkdtempSync(join(tmpdir(), 'crm-lh-'));
	const port = 9300 + Math.floor(Math.random() * 500);
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: findChromium(),
		args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`]
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await loadTeachingSample(page, baseUrl, { timeout: 120_000, waitUntil: 'networkidle' });
		// Stored, not only in this tab's memory: a fresh load of Segments draws its table.
		await page.goto(`${baseUrl}/segments/`);
		await page.getByTestId('segments-table').waitFor({ timeout: 120_000 });
		await page.goto('about:blank');
		const out = {};
		for (const route of routes) {
			out[route] = {};
			for (const preset of presets) {
				const flags = {
					port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: CATEGORIES,
					disableStorageReset: true
				};
				const r = await lighthouse(
					`${baseUrl}${route}`,
					flags,
					preset === 'desktop' ? desktopConfig : undefined
				);
				const lhr = r.lhr;
				const score = (c) => Math.round((lhr.categories[c]?.score ?? NaN) * 100);
				const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
				out[route][preset] = {
					performance: score('performance'),
					accessibility: score('accessibility'),
					bestPractices: score('best-practices'),
					seo: score('seo'),
					tbt: audit('total-blocking-time'),
					lcp: audit('largest-contentful-paint'),
					cls: audit('cumulative-layout-shift'),
					// Blocking time counts the long tasks between first paint and this: a page that
					// goes quiet for 5 s (waiting on a worker) ends the window early.
					tti: audit('interactive'),
					// The longest main-thread tasks, [start, length] in ms, (simulated for mobile).
					longTasks: (lhr.audits['long-tasks']?.details?.items ?? [])
						.slice(0, 10)
						.map((i) => [Math.round(i.startTime), Math.round(i.duration)]),
					// What moved (the layout-shifts audit's elements, largest first): what to reserve.
					shifts: (lhr.audits['layout-shifts']?.details?.items ?? []).slice(0, 5).map((i) => ({
						score: i.score,
						node: i.node?.selector ?? i.node?.snippet ?? ''
					})),
					// The audits that cost points, worst first (what to fix next).
					losses: Object.values(lhr.audits)
						.filter(
							(a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative'
						)
						.map((a) => a.id)
						.slice(0, 8)
				};
				process.stdout.write(
					`  lighthouse ${route} ${preset}: ${CATEGORIES.map((c) => score(c)).join(' / ')}\n`
				);
			}
		}
		return out;
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The markdown table written into docs/benchmarks.md. */
export function lighthouseMarkdown(res) {
	const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
	const rows = [
		'| route | preset | performance | accessibility | best practices | SEO | total blocking time | LCP | CLS |',
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- |'
	];
	for (const [route, byPreset] of Object.entries(res))
		for (const [preset, s] of Object.entries(byPreset))
			rows.push(
				`| ${route} | ${preset} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${ms(s.tbt)} | ${ms(s.lcp)} | ${Number.isFinite(s.cls) ? s.cls.toFixed(3) : 'n/a'} |`
			);
	return rows.join('\n');
}

// One route or a few, from the command line, with what moved: `node
// scripts/bench/lighthouseRun.js /clv/ /satisfaction/ [--desktop|--mobile]` against `vite build`.
if (import.meta.url === `file://${process.argv[1]}`) {
	const { startSite } = await import('../../tests/e2e/harness.js');
	const args = process.argv.slice(2);
	const routes = args.filter((a) => a.startsWith('/'));
	const presets = args.includes('--mobile')
		? ['mobile']
		: args.includes('--desktop')
			? ['desktop']
			: ['desktop', 'mobile'];
	const { server, baseUrl } = await startSite();
	try {
		const res = await lighthouseRun(baseUrl, {
			routes: routes.length ? routes : LIGHTHOUSE_ROUTES,
			presets
		});
		console.log(JSON.stringify(res, null, 1));
	} finally {
		server.close();
	}
}
