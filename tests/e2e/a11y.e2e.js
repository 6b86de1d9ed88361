// Accessibility end to end: axe-core (WCAG 2.0/2.1 A and AA plus axe's best practices) on
// every route with the teaching sample loaded, in English and Chinese, after each page's
// charts have drawn, and in the open drill-down dialog; zero violations allowed. Then the
// keyboard: clickable chart marks (RFM grid cells, treemap tiles, segment links) are reached
// with Tab and open the drill-down once on Enter and once on Space, and focus goes somewhere
// sensible after loading the sample and after closing the dialog.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './axe.js';
import { assert, loadTeachingSample, openBrowser, settled, shot, visit } from './harness.js';

/** Every page under src/routes, as a URL path ('/', '/churn/', '/learn/handout/', …). */
function routes(dir = 'src/routes', prefix = '/') {
	const out = [];
	for (const name of readdirSync(dir).sort()) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) out.push(...routes(full, `${prefix}${name}/`));
		else if (name === '+page.svelte') out.push(prefix);
	}
	return out;
}

/** Waits until the page has a heading and no chart is still loading; then until fonts settle. */
async function pageReady(page) {
	await page.locator('main h1').first().waitFor({ timeout: 30_000 });
	await page
		.waitForFunction(
			() =>
				document.querySelectorAll('main figure.chart').length === 0 ||
				[...document.querySelectorAll('main figure.chart')].every(
					(f) => f.querySelector('div.body, .bad, .warn') && !f.querySelector('.state')
				),
			null,
			{ timeout: 120_000, polling: 200 }
		)
		.catch(async (e) => {
			const stuck = await page.evaluate(() =>
				[...document.querySelectorAll('main figure.chart')]
					.filter((f) => !f.querySelector('div.body, .bad, .warn') || f.querySelector('.state'))
					.map((f) => f.getAttribute('aria-label'))
			);
			throw new Error(`${page.url()}: charts not drawn: ${stuck.join(' | ')}\n${e}`);
		});
	await page.evaluate(() => document.fonts.ready);
	// Charts drawn is not the end: a fit may still be running (the Lifetime value page shows its
	// results in stages). Audit the page at rest, not a passing state.
	await settled(page);
}

function describe(violations) {
	return violations
		.map(
			(v) =>
				`  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}×)\n` +
				v.nodes
					.slice(0, 6)
					.map((n) => `      ${n.target.join(' ')}  — ${n.failureSummary?.split('\n')[1] ?? ''}`)
					.join('\n')
		)
		.join('\n');
}

async function audit(page, where) {
	// Every rule on every node; only the violations are reported (tests/e2e/axe.js).
	const violations = await axeViolations(page);
	return violations.length ? `${where}\n${describe(violations)}` : '';
}

/**
 * The routes in CHUNKS groups (every CHUNKS-th route, so a new route joins one by itself): one
 * test per group and language. One group: the walk moves between the views inside the app
 * (harness visit()), so each analysis is computed once for the whole walk; split in three
 * groups, each group loaded the sample and recomputed what its pages share (the report
 * recomputes everything), 250 s in all where one walk per language takes about a third of it.
 */
const CHUNKS = 1;
const groups = Array.from({ length: CHUNKS }, (_, k) =>
	routes().filter((_, i) => i % CHUNKS === k)
);

function auditRoutes(lang, paths) {
	return async ({ baseUrl }) => {
		const b = await openBrowser(baseUrl, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
		try {
			const { page } = b;
			await loadTeachingSample(page, baseUrl, { lang });
			const problems = [];
			if (paths.includes('/')) {
				const home = await audit(page, `/ (sample loaded, ${lang})`);
				if (home) problems.push(home);
			}
			for (const path of paths) {
				await visit(page, `${path}?lang=${lang}`);
				await pageReady(page);
				const found = await audit(page, `${path} (${lang})`);
				if (found) problems.push(found);
				if (path !== '/segments/') continue;
				// The drill-down dialog, open over the Segments page.
				await page.getByTestId('segments-table').locator('tbody button.link').first().click();
				const dialog = page.getByTestId('drill-dialog');
				await dialog.getByTestId('customer-list').locator('tbody tr').first().waitFor();
				const drill = await audit(page, `/segments/ drill-down dialog (${lang})`);
				if (drill) problems.push(drill);
				// Closed before the walk goes on: the next page is audited as a user reaches it.
				await page.keyboard.press('Escape');
				await dialog.waitFor({ state: 'hidden' });
			}
			// The runner prints only the head of an error: the whole list goes to the console.
			if (problems.length) console.log(problems.join('\n'));
			assert(problems.length === 0, `axe violations on ${problems.length} pages (listed above)`);
		} finally {
			await b.close();
		}
	};
}

/** The element that has focus, described for messages. */
function focused(page) {
	return page.evaluate(() => {
		const a = document.activeElement;
		if (!a || a === document.body) return 'body';
		return `${a.tagName.toLowerCase()}${a.id ? '#' + a.id : ''} "${(a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 60)}"`;
	});
}

/** Presses `key` on the focused mark: the drill-down opens once (one open dialog, stays open). */
async function opensOnce(page, key, what) {
	const dialog = page.getByTestId('drill-dialog');
	await page.keyboard.press(key);
	await dialog
		.getByTestId('customer-list')
		.locator('tbody tr')
		.first()
		.waitFor({ timeout: 30_000 });
	const open = await page.locator('dialog[open]').count();
	assert(open === 1, `${key} on ${what}: ${open} dialogs open`);
	// Still open once the key has been released and the event loop has turned over.
	await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
	assert(await dialog.isVisible(), `${key} on ${what} closed the dialog again`);
	await page.keyboard.press('Escape');
	await page
		.locator('dialog[open]')
		.waitFor({ state: 'detached', timeout: 10_000 })
		.catch(() => {});
	await dialog.waitFor({ state: 'hidden' });
	const back = await focused(page);
	return back;
}

export const tests = [
	...['en', 'zh'].flatMap((lang) =>
		groups.map((paths) => ({
			name: `axe: zero violations in ${lang === 'zh' ? 'Chinese' : 'English'} on ${paths.join(' ')}`,
			run: auditRoutes(lang, paths)
		}))
	),
	{
		name: 'keyboard: chart marks open the drill-down once on Enter and on Space; focus follows',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await loadTeachingSample(page, baseUrl, { lang: 'en' });
				// Focus is not lost on the page body once the sample is in: it lands on the result.
				await page.waitForFunction(() => document.activeElement !== document.body);
				const after = await focused(page);
				assert(after !== 'body', `focus after loading the sample: ${after}`);

				await visit(page, '/segments/?lang=en');
				await pageReady(page);
				const marks = [
					['RFM grid cell', page.getByTestId('segments-grid').locator('[role="button"], button')],
					['treemap tile', page.getByTestId('segments-treemap').locator('[role="button"], button')],
					['segment link', page.getByTestId('segments-table').locator('tbody button.link')]
				];
				for (const [what, loc] of marks) {
					// The charts draw once the analysis is back: wait for the first mark.
					await loc.first().waitFor({ timeout: 90_000 });
					const n = await loc.count();
					assert(n > 0, `${what}: no keyboard-operable marks`);
					for (const key of ['Enter', ' ']) {
						await loc.first().focus();
						const label = await focused(page);
						assert(label !== 'body' && !/""$/.test(label), `${what} has no name: ${label}`);
						const back = await opensOnce(page, key, what);
						// Focus returns to the mark that opened the dialog.
						assert(back === label, `after closing the dialog focus is on ${back}, not ${label}`);
					}
				}
				// The marks are in the tab order: Tab from the chart's title reaches one.
				const grid = page.getByTestId('segments-grid');
				const inOrder = await grid.evaluate((fig) => {
					const el = fig.querySelector('[role="button"], button');
					return el ? el.tabIndex >= 0 : false;
				});
				assert(inOrder, 'the RFM grid cells are in the tab order');
				await shot(page, 'a11y-segments-keyboard-en');
			} finally {
				await b.close();
			}
		}
	}
];
