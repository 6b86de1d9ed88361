// Analyst diagnostics on the teaching sample (issue 15), in English and Chinese at 1280 and
// 390 px: the model comparison table with its plain warning (every model misses this sample's
// one-time buyers), CLV intervals (decile band, total, low–high columns) and the survival panel's
// number-at-risk table, median interval and log-rank test; the NPS group difference and the
// satisfaction-trap reading with its bootstrap intervals.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { assert, loadTeachingSample, openBrowser, SHOTS, visit } from './harness.js';
import { fitted, noNaN } from './clvPage.js';

async function part(locator, name) {
	mkdirSync(SHOTS, { recursive: true });
	await locator.scrollIntoViewIfNeeded();
	await locator.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The three views' diagnostics at the page's current width (the sample already loaded). */
async function check(page, lang, width) {
	await visit(page, `/clv/?lang=${lang}`);
	await fitted(page);
	const compare = page.getByTestId('clv-compare');
	await compare.locator('tbody tr').nth(2).waitFor({ timeout: 120_000 });
	const rows = await compare.locator('tbody tr').count();
	assert(rows === 3, `comparison rows: ${rows}`);
	await page.getByTestId('clv-compare-warning').waitFor();
	await page
		.getByTestId('clv-decile-band')
		.locator('svg path')
		.first()
		.waitFor({ timeout: 60_000 });
	await page.getByTestId('clv-total-interval').waitFor();
	await page.getByTestId('clv-interval-note').waitFor();
	const heads = await page.getByTestId('clv-customers').locator('thead th').count();
	assert(heads === 10, `customer table columns with low–high: ${heads}`);
	await noNaN(page);
	const tag = `diagnostics-${lang}-${width}`;
	await part(compare, `${tag}-compare`);
	await part(
		page.locator('[data-testid="clv-decile-band"]').locator('xpath=ancestor::figure[1]'),
		`${tag}-clv-band`
	);
	await part(page.locator('section[aria-labelledby="customers-title"]'), `${tag}-customers`);

	await visit(page, `/lifecycle/?lang=${lang}`);
	await page.getByTestId('lifecycle-tab-survival').click();
	await page.getByTestId('survival-median-ci').waitFor({ timeout: 60_000 });
	await page.locator('[data-testid="survival-at-risk"] tbody tr').first().waitFor();
	await part(
		page.locator('[data-testid="survival-at-risk"]').locator('xpath=ancestor::figure[1]'),
		`${tag}-survival-all`
	);
	await page.getByTestId('survival-group').selectOption('cohort:quarter');
	await page.getByTestId('survival-logrank').waitFor({ timeout: 60_000 });
	const ticks = await page.getByTestId('survival-at-risk').locator('thead th').count();
	assert(ticks >= 4, `at-risk ticks: ${ticks}`);
	await noNaN(page);
	await part(
		page.locator('[data-testid="survival-at-risk"]').locator('xpath=ancestor::figure[1]'),
		`${tag}-survival`
	);

	await visit(page, `/satisfaction/?lang=${lang}`);
	await page.getByTestId('trap-reading').waitFor({ timeout: 90_000 });
	await page.getByTestId('trap-intervals').waitFor();
	await part(page.getByTestId('trap-verdict'), `${tag}-trap`);
	await page.locator('#nps-group').selectOption({ index: 1 });
	await page.getByTestId('nps-difference').waitFor({ timeout: 60_000 });
	await noNaN(page);
	await part(page.getByTestId('nps-difference').locator('xpath=ancestor::figure[1]'), `${tag}-nps`);
}

// One test per language: the sample is loaded and the models fitted once, then the same
// views are read at 1280 and at 390 px, moving inside the app (harness visit()) so the
// second width reuses the engine's results. One test per width loaded and fitted all of it
// twice (four tests of ~19 s in the last CI run).
export const tests = ['en', 'zh'].map((lang) => ({
	name: `diagnostics: comparison, CLV intervals and at-risk table (${lang}, 1280 and 390 px)`,
	async run({ baseUrl }) {
		const b = await openBrowser(baseUrl, { viewport: { width: 1280, height: 720 } });
		try {
			const { page } = b;
			await loadTeachingSample(page, baseUrl, { lang });
			for (const width of [1280, 390]) {
				await page.setViewportSize({ width, height: 720 });
				await check(page, lang, width);
			}
			assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
			assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
		} finally {
			await b.close();
		}
	}
}));
