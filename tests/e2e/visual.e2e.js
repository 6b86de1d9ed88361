// Screenshot comparisons of the key views on the teaching sample, in English and Chinese at
// 1280 × 720: Segments & value, Lifetime value, Lifecycle, Satisfaction and the report, each
// against its committed baseline in tests/e2e/visual-snapshots/ (Playwright's toHaveScreenshot:
// animations stopped, caret hidden). The sample's dates are fixed (as of 2025-01-01), so the
// pages are the same on every run. After an intended change of a view, look at the new images
// and refresh them: npm run e2e -- visual --update-snapshots
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { loadTeachingSample, openBrowser, settled, visit } from './harness.js';

const STYLE = fileURLToPath(new URL('visual.css', import.meta.url));

const VIEWS = [
	['segments', '/segments/'],
	['clv', '/clv/'],
	['lifecycle', '/lifecycle/'],
	['satisfaction', '/satisfaction/'],
	['report', '/report/']
];

/** Waits until every chart of the page has drawn (or said why not) and the page is at rest. */
async function drawn(page) {
	await page.locator('main h1').first().waitFor();
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll('main figure.chart')].every(
				(f) => f.querySelector('div.body, .bad, .warn') && !f.querySelector('.state')
			),
		null,
		{ timeout: 120_000, polling: 200 }
	);
	await settled(page);
}

function views(lang) {
	return async ({ baseUrl }) => {
		const b = await openBrowser(baseUrl, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
		try {
			const { page } = b;
			await loadTeachingSample(page, baseUrl, { lang });
			for (const [name, path] of VIEWS) {
				// Inside the app (harness visit()): the report reuses the views' results instead
				// of recomputing every analysis after a reload.
				await visit(page, `${path}?lang=${lang}`);
				await drawn(page);
				// What a user sees first at 1280 × 720 (header, key figures, the first charts): a
				// whole page is up to 10,000 px tall, ten times the bytes and the compare time.
				await expect(page).toHaveScreenshot(`${name}-${lang}.png`, {
					// Anti-aliasing of text and curves may differ by a few pixels between runs.
					maxDiffPixelRatio: 0.002,
					stylePath: STYLE,
					timeout: 60_000
				});
			}
		} finally {
			await b.close();
		}
	};
}

export const tests = [
	{ name: 'visual: key views match their baselines (en)', run: views('en') },
	{ name: 'visual: key views match their baselines (zh)', run: views('zh') }
];
