// Analyst diagnostics on the teaching sample (issue 15), in English and Chinese at 1280 and
// 390 px: the model comparison table with its plain warning (every model misses this sample's
// one-time buyers), CLV intervals (decile band, total, low–high columns) and the survival panel's
// number-at-risk table, median interval and log-rank test; the NPS group difference and the
// satisfaction-trap reading with its bootstrap intervals.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { assert, openBrowser, SHOTS } from './harness.js';
import { fitted, noNaN } from './clvPage.js';

async function part(locator, name) {
	mkdirSync(SHOTS, { recursive: true });
	await locator.scrollIntoViewIfNeeded();
	await locator.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function check(baseUrl, lang, width) {
	const b = await openBrowser(baseUrl, { viewport: { width, height: 720 } });
	try {
		const { page } = b;
		await page.goto(baseUrl + `/?lang=${lang}`);
		await page.getByTestId('load-sample').click();
		await page.locator('p.good[role="status"]').waitFor({ timeout: 90_000 });
		await page.goto(baseUrl + `/clv/?lang=${lang}`);
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

		await page.goto(baseUrl + `/lifecycle/?lang=${lang}`);
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

		await page.goto(baseUrl + `/satisfaction/?lang=${lang}`);
		await page.getByTestId('trap-reading').waitFor({ timeout: 90_000 });
		await page.getByTestId('trap-intervals').waitFor();
		await part(page.getByTestId('trap-verdict'), `${tag}-trap`);
		await page.locator('#nps-group').selectOption({ index: 1 });
		await page.getByTestId('nps-difference').waitFor({ timeout: 60_000 });
		await noNaN(page);
		await part(
			page.getByTestId('nps-difference').locator('xpath=ancestor::figure[1]'),
			`${tag}-nps`
		);
		assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
		assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
	} finally {
		await b.close();
	}
}

// One test per language and width (each its own browser), so the two lanes can share them out.
export const tests = [
	['en', 1280],
	['zh', 1280],
	['en', 390],
	['zh', 390]
].map(([lang, width]) => ({
	name: `diagnostics: comparison, CLV intervals and at-risk table (${lang}, ${width} px)`,
	run: ({ baseUrl }) => check(baseUrl, lang, width)
}));
