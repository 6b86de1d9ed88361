// Issue 22: a file is read in slices and limited by the columns it makes, not by its bytes.
// Gigabytes are not generated here: test-only knobs in localStorage (src/lib/state/testKnobs.ts)
// lower the limit, so a small file gets the "too large for a tab" message in both languages,
// and slice a small file, so the sliced road (both workers, slices of the File) is driven
// through the real page and must give the report the whole-file road gives.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, openBrowser, shot, workspaceReady } from './harness.js';

/** A small transactions file: `rows` rows of 4 customers, with a quoted note now and then. */
function transactions(rows, { quotes = false } = {}) {
	const lines = ['customer_id,date,amount,note'];
	for (let i = 0; i < rows; i++) {
		const day = String(1 + (i % 28)).padStart(2, '0');
		const note = quotes && i % 50 === 0 ? '"two\nlines, one cell"' : `n${i % 3}`;
		lines.push(`C${i % 4},2024-03-${day},${(i % 17) + 0.5},${note}`);
	}
	return lines.join('\n') + '\n';
}

function card(page) {
	return page.locator('article.job').last();
}

/** Drops `path`, checks all rows; resolves with the card once it shows a report or a problem. */
async function dropAndCheck(page, path) {
	await page.getByTestId('file-input').setInputFiles(path);
	const check = card(page).locator('button', { hasText: /^Check all rows|^检查全部行/ });
	await check.waitFor();
	await check.click();
	await card(page).locator('section.report, p.bad[role="alert"]').first().waitFor();
	return card(page);
}

/** The report's figures (rows read, accepted, rejected) as the page shows them. */
async function reportText(page) {
	return (await card(page).locator('section.report').innerText()).replace(/\s+/g, ' ');
}

export const tests = [
	{
		name: 'slices: above the column limit the message names the rows and points to the CLI (en, zh)',
		async run({ baseUrl }) {
			const dir = mkdtempSync(join(tmpdir(), 'crm-slices-'));
			const path = join(dir, 'big.csv');
			writeFileSync(path, transactions(2_000));
			const b = await openBrowser(baseUrl, { viewport: { width: 390, height: 844 } });
			try {
				const { page } = b;
				// A limit of 10 KB of columns: 2,000 rows make about 32 KB.
				await page.addInitScript(() =>
					localStorage.setItem('crm-workbench.test.storeLimit', '10000')
				);
				for (const lang of ['en', 'zh']) {
					await page.goto(`${baseUrl}/data/?lang=${lang}`);
					await workspaceReady(page);
					const c = await dropAndCheck(page, path);
					const text = await c.locator('p.bad[role="alert"]').innerText();
					assert(text.includes('npx crm-workbench summarize big.csv'), `CLI advice: ${text}`);
					if (lang === 'zh') assert(/约有 2,000 行/.test(text), `Chinese message: ${text}`);
					else assert(/about 2,000 rows/.test(text), `English message: ${text}`);
					assert((await c.locator('section.report').count()) === 0, 'no report for a refused file');
					await shot(page, `slices-limit-${lang}-390`);
				}
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'slices: a file read in slices gives the report the whole read gives (plain, quoted, two halves)',
		async run({ baseUrl }) {
			const dir = mkdtempSync(join(tmpdir(), 'crm-slices-'));
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(`${baseUrl}/data/?lang=en&bench`);
				await workspaceReady(page);
				// Plain and quoted: the byte road and the text road on one worker. Past 4 MB the
				// helper worker reads the second half of the File itself (the two-core road).
				for (const [name, rows, quotes] of [
					['plain.csv', 3_000, false],
					['quoted.csv', 3_000, true],
					['halves.csv', 220_000, false]
				]) {
					const path = join(dir, name);
					writeFileSync(path, transactions(rows, { quotes }));
					const reports = [];
					for (const sliced of [false, true]) {
						// The knob is read at each "Check all rows": from one byte on every file is
						// sliced (the two cores share a file past 4 MB only, so this drives the
						// one-worker slice reader, and the text road when quoted).
						await page.evaluate(
							(on) =>
								on
									? localStorage.setItem('crm-workbench.test.slicedFrom', '1')
									: localStorage.removeItem('crm-workbench.test.slicedFrom'),
							sliced
						);
						const jobs = await page.locator('article.job').count();
						await page.getByTestId('file-input').setInputFiles(path);
						await page.locator('article.job').nth(jobs).waitFor();
						const check = card(page).locator('button', { hasText: /^Check all rows/ });
						await check.waitFor();
						await check.click();
						await card(page).locator('section.report').waitFor();
						reports.push(await reportText(page));
						// Set with the report; the bench hook loads on its own, so wait for both.
						const timings = await (
							await page.waitForFunction(() => {
								const t = window.__crmBench?.importer?.jobs.at(-1)?.timings;
								return t && Object.keys(t).length > 0 && t;
							})
						).jsonValue();
						assert(
							sliced === 'sliced' in timings,
							`${sliced ? 'sliced' : 'whole'} road expected: ${JSON.stringify(timings)}`
						);
						if (sliced && rows > 100_000)
							assert('firstPart' in timings, `two halves: ${JSON.stringify(timings)}`);
						if (sliced && !quotes) await shot(page, 'slices-report-en-1280');
					}
					assert(
						reports[0].includes(rows.toLocaleString('en-US')),
						`rows in the report: ${reports[0]}`
					);
					assert(reports[0] === reports[1], `sliced report differs:\n${reports[0]}\n${reports[1]}`);
				}
			} finally {
				await b.close();
			}
		}
	}
];
