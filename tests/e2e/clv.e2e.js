// Lifetime value view end to end: the teaching sample fits in the worker and draws the tracking
// plot, the P(alive) matrix and a customer's history (English and Chinese); the textbook button
// reproduces the published CDNOW fits; degenerate data shows the engine's message, never NaN.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHOTS, assert, loadTeachingSample, openBrowser, shot, visit } from './harness.js';
import { fitted, noNaN, unfoldSettings } from './clvPage.js';

export const tests = [
	{
		name: 'clv: teaching sample draws the tracking plot, the P(alive) matrix and a history',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await loadTeachingSample(page, baseUrl, { lang: 'en' });
				// Inside the app (harness visit()): no reload between the sample and the page.
				await visit(page, '/clv/?lang=en');
				await fitted(page);
				await page.locator('[data-testid="clv-tracking"] svg path').first().waitFor();
				const lines = await page
					.locator('[data-testid="clv-tracking"] svg path[fill="none"]')
					.count();
				assert(lines >= 2, `tracking plot lines: ${lines}`);
				const cells = await page.locator('[data-testid="clv-palive-matrix"] svg rect').count();
				assert(cells > 20, `P(alive) matrix cells: ${cells}`);
				const rows = await page.locator('[data-testid="clv-customers"] tbody tr').count();
				assert(rows === 100, `customer rows: ${rows}`);
				await page.locator('[data-testid="clv-customers"] tbody tr button.link').first().click();
				await page
					.locator('[data-testid="clv-history"] svg path')
					.first()
					.waitFor({ timeout: 30_000 });
				await noNaN(page);
				await shot(page, 'clv-sample-en');
				await page.goto(baseUrl + '/clv/?lang=zh');
				await fitted(page);
				await page.locator('[data-testid="clv-palive-matrix"] svg rect').first().waitFor();
				await page.locator('h1', { hasText: '终生价值' }).waitFor();
				await noNaN(page);
				await shot(page, 'clv-sample-zh');
				// Pareto/NBD fits in the worker too (numeric gradient: the slowest model).
				await unfoldSettings(page);
				await page.getByTestId('clv-model').selectOption('paretonbd');
				await page.locator('#fit-title', { hasText: 'Pareto/NBD' }).waitFor({ timeout: 120_000 });
				await fitted(page);
				await page.locator('[data-testid="clv-palive-matrix"] svg rect').first().waitFor();
				await noNaN(page);
				assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'clv: a horizon of 39 weeks in the model unit gives the CLV of cli predict --horizon 39',
		async run({ baseUrl }) {
			// The CLI on the same file, calibrated on all of it (the page's "All data").
			const cli = JSON.parse(
				execFileSync(
					'npx',
					[
						'tsx',
						'src/cli/main.ts',
						'predict',
						'static/samples/retail/transactions.csv',
						'--model',
						'bgnbd',
						'--unit',
						'week',
						'--horizon',
						'39'
					],
					{ encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, maxBuffer: 64 << 20 }
				)
			);
			assert(cli.horizonUnits === 39, `cli horizon ${cli.horizonUnits}`);
			const cliClv = new Map(cli.customers.map((c) => [c.customerId, c.clv]));
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(baseUrl + '/?lang=en');
				await page.getByTestId('load-sample').click();
				await page.locator('p.good[role="status"]').waitFor({ timeout: 90_000 });
				for (const [lang, width] of [
					['en', 1280],
					['zh', 1280],
					['en', 390],
					['zh', 390]
				]) {
					await page.setViewportSize({ width, height: width === 390 ? 800 : 720 });
					await page.goto(`${baseUrl}/clv/?lang=${lang}`);
					await fitted(page);
					await unfoldSettings(page);
					await page.getByTestId('clv-horizon-in').selectOption('units');
					await page.getByTestId('clv-horizon').fill('39');
					// Settings are kept per dataset: from the second pass on, "all data" is already the
					// choice (its button disabled), read once the fit shows the stored settings.
					const allData = page.locator('form.settings button', { hasText: /all data|全部数据/i });
					if (await allData.isEnabled()) await allData.click();
					// The table header names the span in the model unit once the new fit is shown.
					const span = lang === 'en' ? '(39 weeks)' : '（39 周）';
					await page
						.locator('[data-testid="clv-customers"] thead', { hasText: span })
						.waitFor({ timeout: 90_000 });
					await fitted(page);
					const rows = await page
						.locator('[data-testid="clv-customers"] tbody tr')
						.evaluateAll((trs) =>
							trs
								.slice(0, 5)
								.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()))
						);
					for (const r of rows) {
						const id = r[0];
						// The CLV is the 8th cell (id, x, t_x, T, expected purchases, P(alive),
						// expected spend, CLV), not the last: once the intervals are in (the page at
						// rest), its low and high bounds follow it.
						const shown = Number(r[7].replace(/[^\d.-]/g, ''));
						const want = cliClv.get(id);
						assert(
							want !== undefined && Math.abs(shown - want) <= 0.005 + 1e-9,
							`${id}: page ${r[7]}, cli ${want}`
						);
					}
					await noNaN(page);
					await page
						.locator('form.settings')
						.screenshot({ path: `${SHOTS}/clv-horizon-settings-${lang}-${width}.png` });
					await shot(page, `clv-horizon-${lang}-${width}`);
				}
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'clv: the textbook button reproduces the published CDNOW fits',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(baseUrl + '/clv/?lang=en');
				await page.getByTestId('clv-textbook').click();
				const table = page.getByTestId('clv-textbook-table');
				await table.waitFor({ timeout: 120_000 });
				const text = await table.innerText();
				// BG/NBD r 0.2426, Pareto/NBD r 0.5533, Gamma-Gamma p 6.2496 (REFERENCES.md).
				for (const v of ['0.2426', '4.4136', '0.5533', '6.2496', '-9,582.43', '-4,055.92'])
					assert(text.includes(v), `textbook table lacks ${v}: ${text.slice(0, 600)}`);
				// The view itself now shows CDNOW with the textbook set-up.
				await fitted(page);
				await unfoldSettings(page);
				const cal = await page.getByTestId('clv-calibration-end').inputValue();
				assert(cal === '1997-09-30', `calibration end ${cal}`);
				await page.locator('[data-testid="clv-tracking"] svg path').first().waitFor();
				await noNaN(page);
				await shot(page, 'clv-textbook-en');
				await page.goto(baseUrl + '/clv/?lang=zh');
				await page.getByTestId('clv-textbook').click();
				await page.getByTestId('clv-textbook-table').waitFor({ timeout: 120_000 });
				await fitted(page);
				await shot(page, 'clv-textbook-zh');
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'clv: everyone bought once gets the engine message, not NaN',
		async run({ baseUrl }) {
			const dir = mkdtempSync(join(tmpdir(), 'crm-clv-'));
			const file = join(dir, 'once.csv');
			const lines = ['customer_id,date,amount'];
			for (let k = 0; k < 40; k++)
				lines.push(`K${k},2024-0${1 + (k % 9)}-${String(1 + (k % 28)).padStart(2, '0')},${10 + k}`);
			writeFileSync(file, lines.join('\n') + '\n');
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(baseUrl + '/data/?lang=en');
				await page.getByTestId('file-input').setInputFiles(file);
				const card = page.locator('article.job').last();
				await card.locator('button', { hasText: /Check all rows/ }).click();
				await card.locator('button', { hasText: /^Import / }).click();
				await card.locator('p.good').waitFor({ timeout: 60_000 });
				await page.goto(baseUrl + '/clv/?lang=en');
				await fitted(page);
				const msg = await page.getByTestId('clv-fit-error').innerText();
				assert(/Nobody bought a second time/.test(msg), `message: ${msg}`);
				await noNaN(page);
				await shot(page, 'clv-once-en');
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
