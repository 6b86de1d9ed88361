// The Segments & value view on the teaching sample in English and Chinese: every chart renders
// with an SVG and no error, a drill-down reaches a customer profile, /segments/#value lands on
// the pyramid, and a file without amounts is still segmented by R and F with M marked missing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, openBrowser, poll, settled, shot, SHOTS } from './harness.js';

const CHARTS = [
	'segments-grid',
	'segments-treemap',
	'segments-shares',
	'pyramid-chart',
	'pareto-chart',
	'clusters-elbow',
	'clusters-silhouette',
	'clusters-scatter',
	'attr-shares',
	'attr-crosstab',
	'migration-matrix',
	'migration-flow'
];

async function loadSample(page, baseUrl, lang) {
	await page.goto(`${baseUrl}/?lang=${lang}`);
	await page.getByTestId('load-sample').click();
	await page.locator('p.good[role="status"]').waitFor({ timeout: 90_000 });
}

/** Waits until every chart of the page has drawn an SVG with a real size. */
async function chartsDrawn(page) {
	for (const id of CHARTS) {
		const svg = page.getByTestId(id).locator('svg').first();
		await svg.waitFor({ timeout: 60_000 });
		const box = await svg.boundingBox();
		assert(
			box && box.width > 100 && box.height > 100,
			`${id} drew a ${box?.width}×${box?.height} svg`
		);
	}
	const hist = await page.locator('[data-testid^="segments-hist-"] svg').count();
	assert(hist === 3, `three RFM histograms, got ${hist}`);
	const errors = await page.locator('main .bad').allInnerTexts();
	assert(errors.length === 0, `errors on the page: ${errors.join(' | ')}`);
}

async function drillToProfile(page, lang) {
	// A segment from the table → its customers → the first customer's profile.
	await page.getByTestId('segments-table').locator('tbody button.link').first().click();
	const dialog = page.getByTestId('drill-dialog');
	await dialog.getByTestId('customer-list').locator('tbody tr').first().waitFor();
	const rows = await dialog.getByTestId('customer-list').locator('tbody tr').count();
	assert(rows > 0, 'the drill-down lists customers');
	await page.screenshot({ path: join(SHOTS, `segments-drill-${lang}.png`) });
	await dialog.getByTestId('customer-list').locator('tbody button.link').first().click();
	await dialog.getByTestId('customer-timeline').locator('svg circle').first().waitFor();
	const text = await dialog.getByTestId('customer-profile').innerText();
	assert(/RFM \d\d[\d–]/.test(text), `profile shows the RFM score: ${text.slice(0, 200)}`);
	await page.screenshot({ path: join(SHOTS, `segments-profile-${lang}.png`) });
	await dialog.getByTestId('drill-back').click();
	await dialog.getByTestId('customer-list').waitFor();
	await dialog.locator('form[method="dialog"] button').click();
}

export const tests = [
	{
		name: 'segments & value on the teaching sample in English: charts, drill-down, CSV',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await loadSample(page, baseUrl, 'en');
				await page.goto(`${baseUrl}/segments/?lang=en`);
				await page.getByTestId('segments-scoring').waitFor({ timeout: 60_000 });
				await chartsDrawn(page);
				// The cluster scatter's points are SVG circles with a size: markup parsed in the wrong
				// namespace makes elements named circle that draw nothing. They go in a thousand per
				// task, the page busy until the last: counted once it is at rest.
				await settled(page);
				const points = await page
					.getByTestId('clusters-scatter')
					.locator('svg')
					.first()
					.evaluate(
						(svg) =>
							[...svg.querySelectorAll('circle')].filter(
								(c) => c instanceof SVGCircleElement && c.getBoundingClientRect().width > 0
							).length
					);
				// Every buyer of the teaching sample (4,927): all five pieces of markup are in.
				assert(points === 4927, `cluster scatter points drawn: ${points}`);
				const facts = await page.getByTestId('segments-facts').innerText();
				assert(/^[\d,]+ customers as of 2025-01-01\./.test(facts), `facts: ${facts}`);
				assert(/distinct orders/.test(facts), `frequency rule stated: ${facts}`);
				const basis = await page.getByTestId('pyramid-basis-note').innerText();
				assert(/ranked by/.test(basis), `basis stated: ${basis}`);
				const headline = await page.getByTestId('pyramid-headline').innerText();
				assert(/^The top 5 % of customers bring [\d.]+ % of /.test(headline), headline);
				assert(
					/Gini coefficient 0\.\d{3}/.test(await page.getByTestId('gini').innerText()),
					'Gini'
				);
				await shot(page, 'segments-en');
				for (const id of [
					'segments-scoring',
					'segments-rules',
					'segments-value',
					'segments-clusters'
				])
					await page
						.getByTestId(id)
						.screenshot({ path: join(SHOTS, `segments-part-${id}-en.png`) });

				// Reorder a rule: first match wins, so the table changes and the warning logic runs.
				const before = await page
					.getByTestId('segments-table')
					.locator('tbody tr')
					.first()
					.innerText();
				await page
					.getByTestId('segments-rules')
					.getByRole('button', { name: 'Move down' })
					.first()
					.click();
				const preset = await poll(
					() => page.getByTestId('segments-preset').inputValue(),
					(v) => v === 'custom',
					'edited rules are marked'
				);
				assert(preset === 'custom', 'edited rules are marked');
				await settled(page);
				await page.getByTestId('segments-preset').selectOption('rfGrid');
				await page.getByTestId('segments-grid').locator('svg').waitFor();
				// The table is redrawn once the new segmentation is in, not while it runs.
				await settled(page);
				const after = await page
					.getByTestId('segments-table')
					.locator('tbody tr')
					.first()
					.innerText();
				assert(before !== after, 'switching presets changes the segment table');

				// A grid cell drills down too.
				await page.getByTestId('segments-grid').locator('rect[role="button"]').first().click();
				await page
					.getByTestId('drill-dialog')
					.getByTestId('customer-list')
					.locator('tbody tr')
					.first()
					.waitFor();
				await page.getByTestId('drill-dialog').locator('form[method="dialog"] button').click();

				// CSV export of a list neutralises nothing harmful and downloads a file.
				await page.getByTestId('segments-table').locator('tbody button.link').first().click();
				const list = page.getByTestId('customer-list');
				await list.locator('tbody tr').first().waitFor();
				const [download] = await Promise.all([
					page.waitForEvent('download'),
					list.getByRole('button', { name: 'Export CSV' }).click()
				]);
				assert(
					/^customers-.*\.csv$/.test(download.suggestedFilename()),
					download.suggestedFilename()
				);
				await page.getByTestId('drill-dialog').locator('form[method="dialog"] button').click();

				await drillToProfile(page, 'en');
				assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'segments & value in Chinese: charts, #value lands on the pyramid, drill-down',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl, { locale: 'zh-CN' });
			try {
				const { page } = b;
				await loadSample(page, baseUrl, 'zh');
				await page.goto(`${baseUrl}/segments/?lang=zh#value`);
				await page.getByTestId('pyramid-chart').locator('svg').waitFor({ timeout: 60_000 });
				await page.waitForFunction(
					() => {
						const r = document.getElementById('value')?.getBoundingClientRect();
						return r && Math.abs(r.top) < 80;
					},
					null,
					{ timeout: 10_000 }
				);
				await page.screenshot({ path: join(SHOTS, 'segments-value-zh.png') });
				await chartsDrawn(page);
				const headline = await page.getByTestId('pyramid-headline').innerText();
				assert(/^前 5% 的客户带来 [\d.]+% 的/.test(headline), headline);
				const headings = await page.locator('main h1, main h2, main h3, main th').allInnerTexts();
				const english = headings
					.join(' ')
					.replace(/RFM|ABC|CSV|k-means|log₁₀|\b[RFMk]\b|R × F|F\d|R\d/g, '')
					.match(/\b[A-Za-z]{4,}\b/g);
				// Column headers of the customers file (age, region …) are data, not page text.
				const data = [
					'region',
					'gender',
					'city_tier',
					'income_band',
					'acquisition_channel',
					'signup_date'
				];
				const left = (english ?? []).filter((w) => !data.includes(w));
				assert(left.length === 0, `English in Chinese headings: ${left.join(', ')}`);
				await shot(page, 'segments-zh');
				await drillToProfile(page, 'zh');
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'a file without amounts is segmented by R and F, with M marked unavailable',
		async run({ baseUrl }) {
			const dir = mkdtempSync(join(tmpdir(), 'crm-seg-'));
			const file = join(dir, 'visits.csv');
			const lines = ['customer_id,date'];
			// 40 customers, customer k visits k % 6 + 1 times, the last visit k days before 2024-06-30.
			for (let k = 1; k <= 40; k++)
				for (let v = 0; v <= k % 6; v++) {
					const day = new Date(Date.UTC(2024, 5, 30 - k - v * 7));
					lines.push(`V${String(k).padStart(3, '0')},${day.toISOString().slice(0, 10)}`);
				}
			writeFileSync(file, lines.join('\n') + '\n');
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(`${baseUrl}/data/?lang=en`);
				await page.getByTestId('file-input').setInputFiles(file);
				const card = page.locator('article.job').last();
				// An id and a date alone read as customers (sign-up dates): say they are purchases.
				await card.getByLabel('Dataset kind').selectOption('transactions');
				// The file is read again as purchases: the mapping comes back with the controls only
				// purchases have (returns), and only then is it checked.
				await page
					.locator('article.job[data-status="mapping"]')
					.last()
					.locator('select:has(option[value="drop"])')
					.waitFor();
				await card.locator('th', { hasText: 'date' }).locator('select').first().waitFor();
				await card.locator('button', { hasText: /Check all rows/ }).click();
				await card.locator('section.report').waitFor({ timeout: 60_000 });
				await card.locator('button', { hasText: /^Import / }).click();
				await card.locator('p.good').waitFor({ timeout: 60_000 });
				await page.goto(`${baseUrl}/segments/?lang=en`);
				await page.getByTestId('segments-m-unavailable').waitFor({ timeout: 60_000 });
				assert(
					(await page.locator('[data-testid^="edges-"]').count()) === 2,
					'R and F tables only'
				);
				await page.getByTestId('segments-grid').locator('svg').waitFor();
				const rows = await page.getByTestId('segments-table').locator('tbody tr').count();
				assert(rows > 1, `segments listed: ${rows}`);
				// The value section says why, once its analysis is back (waited on, not read once).
				await page
					.getByTestId('segments-value')
					.filter({ hasText: /no amount/ })
					.waitFor({ timeout: 60_000 });
				await shot(page, 'segments-noamount-en');
				await drillToProfile(page, 'noamount-en');
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
