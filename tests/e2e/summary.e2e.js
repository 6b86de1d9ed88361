// A customer summary (no transactions) end to end: the CDNOW BTYD summary made by
// docs/sql/btyd.duckdb.sql (tests/fixtures/summary) is imported on the Data page, the Lifetime
// value page fits the published BG/NBD and Gamma-Gamma parameters from it, the Segments page
// scores it, and everything that needs dates says so in English and Chinese. With the teaching
// sample and a summary both loaded, the user picks which one the views read.
import { join } from 'node:path';
import { assert, openBrowser, shot, SHOTS } from './harness.js';
import { fitted, noNaN, unfoldSettings } from './clvPage.js';

const CDNOW_SUMMARY = 'tests/fixtures/summary/cdnow_btyd_weeks.csv';
const RETAIL_SUMMARY = 'tests/fixtures/summary/retail_btyd_weeks.csv';

async function importFile(page, baseUrl, path) {
	await page.goto(baseUrl + '/data/?lang=en');
	await page.getByTestId('file-input').setInputFiles(path);
	const card = page.locator('article.job').last();
	await card.locator('button', { hasText: /Check all rows/ }).click();
	await card.locator('button', { hasText: /^Import / }).click();
	await card.locator('p.good').waitFor({ timeout: 60_000 });
}

async function segmentsReady(page) {
	await page.getByTestId('segments-scoring').waitFor({ timeout: 60_000 });
	await page.getByTestId('pyramid-chart').locator('svg').first().waitFor({ timeout: 60_000 });
	await page.getByTestId('clusters-scatter').locator('svg').first().waitFor({ timeout: 60_000 });
	const errors = await page.locator('main .bad').allInnerTexts();
	assert(errors.length === 0, `errors on the page: ${errors.join(' | ')}`);
}

export const tests = [
	{
		name: 'summary: the CDNOW BTYD summary fits, scores and says what needs dates (en, zh)',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await importFile(page, baseUrl, CDNOW_SUMMARY);

				// Lifetime value: published BG/NBD r 0.2426, α 4.4136, Gamma-Gamma p 6.25, q 3.74.
				await page.goto(baseUrl + '/clv/?lang=en');
				await fitted(page);
				const fit = await page.getByTestId('clv-fit').innerText();
				for (const v of ['0.2426', '4.4136', '0.7929', '2.4259', '-9,582.43', '2,357'])
					assert(fit.includes(v), `fit lacks ${v}: ${fit.slice(0, 500)}`);
				assert(/Gamma-Gamma/.test(fit) && fit.includes('3.744'), `spend model: ${fit}`);
				assert(/in weeks/.test(fit), `the summary unit is stated: ${fit.slice(0, 300)}`);
				await unfoldSettings(page);
				const unit = await page.getByTestId('clv-summary-unit').inputValue();
				assert(unit === 'week', `default unit ${unit}`);
				assert(
					(await page.getByTestId('clv-calibration-end').count()) === 0,
					'no calibration end for a summary'
				);
				const needs = await page.getByTestId('clv-needs-transactions').innerText();
				assert(/Needs transactions: a summary has no dates/.test(needs), `note: ${needs}`);
				assert((await page.getByTestId('clv-tracking').count()) === 0, 'no tracking plot');
				const cells = await page.locator('[data-testid="clv-palive-matrix"] svg rect').count();
				assert(cells > 20, `P(alive) matrix cells: ${cells}`);
				const rows = await page.locator('[data-testid="clv-customers"] tbody tr').count();
				assert(rows === 100, `customer rows: ${rows}`);
				await page.locator('[data-testid="clv-customers"] tbody tr button.link').first().click();
				await page.getByTestId('clv-history-summary').waitFor();
				await noNaN(page);
				await shot(page, 'summary-clv-en');

				// The stated unit drives the fit's setup line (and the monthly CLV with it).
				await unfoldSettings(page);
				await page.getByTestId('clv-summary-unit').selectOption('day');
				await page.getByTestId('clv-summary-setup').filter({ hasText: 'in days' }).waitFor();
				await fitted(page);
				await page.getByTestId('clv-summary-unit').selectOption('week');
				await page.getByTestId('clv-summary-setup').filter({ hasText: 'in weeks' }).waitFor();

				await page.goto(baseUrl + '/clv/?lang=zh');
				await fitted(page);
				const zhNeeds = await page.getByTestId('clv-needs-transactions').innerText();
				assert(/需要交易数据/.test(zhNeeds), `zh note: ${zhNeeds}`);
				assert((await page.getByTestId('clv-fit').innerText()).includes('0.2426'), 'zh fit');
				await noNaN(page);
				await shot(page, 'summary-clv-zh');

				// Segments: R, F, M from the summary; migration needs dates.
				await page.goto(baseUrl + '/segments/?lang=en');
				await segmentsReady(page);
				const facts = await page.getByTestId('segments-facts').innerText();
				assert(/2,357 customers from the summary/.test(facts), `facts: ${facts}`);
				assert(/x \+ 1/.test(facts), `frequency rule stated: ${facts}`);
				const segs = await page.getByTestId('segments-table').innerText();
				assert(/Champions/i.test(segs), `segment table: ${segs.slice(0, 300)}`);
				const mig = await page.getByTestId('segments-migration-summary').innerText();
				assert(/Needs transactions/.test(mig), `migration note: ${mig}`);
				assert((await page.getByTestId('segments-as-of').count()) === 0, 'no analysis date');
				await noNaN(page);
				await shot(page, 'summary-segments-en');
				// A customer's profile: numbers from the summary, a note instead of the timeline.
				await page.getByTestId('segments-table').locator('tbody button.link').first().click();
				const dialog = page.getByTestId('drill-dialog');
				await dialog.getByTestId('customer-list').locator('tbody button.link').first().click();
				await dialog.getByTestId('customer-timeline-summary').waitFor();
				const profile = await dialog.getByTestId('customer-profile').innerText();
				assert(/days before the end of observation/.test(profile), `profile: ${profile}`);
				await page.screenshot({ path: join(SHOTS, 'summary-profile-en.png') });
				await dialog.locator('form[method="dialog"] button').click();

				await page.goto(baseUrl + '/segments/?lang=zh');
				await segmentsReady(page);
				const zhMig = await page.getByTestId('segments-migration-summary').innerText();
				assert(/需要交易数据/.test(zhMig), `zh migration note: ${zhMig}`);
				await noNaN(page);
				await shot(page, 'summary-segments-zh');

				// Lifecycle: plainly needs transactions.
				await page.goto(baseUrl + '/lifecycle/?lang=en');
				const lc = await page.getByTestId('lifecycle-summary-only').innerText();
				assert(/needs transactions/.test(lc) && /no purchase dates/.test(lc), `lifecycle: ${lc}`);
				await shot(page, 'summary-lifecycle-en');
				await page.goto(baseUrl + '/lifecycle/?lang=zh');
				const lcZh = await page.getByTestId('lifecycle-summary-only').innerText();
				assert(/需要交易数据/.test(lcZh), `zh lifecycle: ${lcZh}`);
				await shot(page, 'summary-lifecycle-zh');

				assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'summary: with the teaching sample and a summary loaded, the user picks the source',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(baseUrl + '/?lang=en');
				await page.getByTestId('load-sample').click();
				await page.locator('p.good[role="status"]').waitFor({ timeout: 90_000 });
				await importFile(page, baseUrl, RETAIL_SUMMARY);
				// The summary, imported last, is what the views read first.
				await page.goto(baseUrl + '/clv/?lang=en');
				await fitted(page);
				const picker = page.getByTestId('behaviour-source');
				await picker.waitFor();
				// The newest import is the source (waited on: the choice follows the dataset list).
				await picker.locator('input[value="summary"]:checked').waitFor({ timeout: 30_000 });
				await page.getByTestId('clv-needs-transactions').waitFor();
				await shot(page, 'summary-source-en');
				// Transactions: the tracking plot is back.
				await picker.locator('input[value="transactions"]').check();
				await page
					.locator('[data-testid="clv-tracking"] svg path')
					.first()
					.waitFor({ timeout: 90_000 });
				// The choice is the workspace's: Segments follows it.
				await page.goto(baseUrl + '/segments/?lang=en');
				await page.getByTestId('segments-as-of').waitFor({ timeout: 60_000 });
				await page.getByTestId('behaviour-source').locator('input[value="summary"]').check();
				await page.getByTestId('segments-summary-unit').waitFor();
				const facts = page.getByTestId('segments-facts');
				await facts.filter({ hasText: '4,927 customers from the summary' }).waitFor();
				await page.goto(baseUrl + '/segments/?lang=zh');
				await page.getByTestId('segments-summary-unit').waitFor({ timeout: 60_000 });
				await segmentsReady(page);
				await shot(page, 'summary-source-zh');
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
