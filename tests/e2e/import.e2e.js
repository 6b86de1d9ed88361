// The walking skeleton, end to end: sample, real files (whitespace-aligned CDNOW, GB18030 with
// Chinese headers, malformed rows), reload persistence, cancel, Chinese shell, no foreign requests.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, openBrowser, shot, workspaceReady } from './harness.js';

async function datasetCount(page) {
	return page
		.locator('table[aria-label="Datasets"] tbody tr, table[aria-label="数据集"] tbody tr')
		.count();
}

async function importFile(page, path, { commit = true } = {}) {
	await page.getByTestId('file-input').setInputFiles(path);
	const card = page.locator('article.job').last();
	await card.locator('button', { hasText: /Check all rows|检查全部行/ }).waitFor();
	await card.locator('button', { hasText: /Check all rows|检查全部行/ }).click();
	await card.locator('section.report').waitFor({ timeout: 60_000 });
	if (commit) {
		await card.locator('button', { hasText: /^Import |^导入 / }).click();
		await card.locator('p.good').waitFor({ timeout: 60_000 });
	}
	return card;
}

/** The stored dataset records (report, stats), read from IndexedDB without the app. */
async function storedRecords(page) {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const req = indexedDB.open('crm-workbench');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const all = db.transaction('datasets').objectStore('datasets').getAll();
					all.onsuccess = () => {
						db.close();
						resolve(all.result);
					};
					all.onerror = () => reject(all.error);
				};
			})
	);
}

export const tests = [
	{
		name: 'teaching sample loads, survives a reload, and the shell speaks Chinese',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(baseUrl + '/?lang=en');
				await shot(page, 'home-en');
				await page.getByTestId('load-sample').click();
				await page.locator('p.good[role="status"]').waitFor({ timeout: 60_000 });
				await page.goto(baseUrl + '/data/');
				await page.locator('table[aria-label="Datasets"]').waitFor();
				assert((await datasetCount(page)) === 3, 'three sample datasets');
				await shot(page, 'data-en');
				await page.reload();
				await page.locator('table[aria-label="Datasets"]').waitFor();
				assert((await datasetCount(page)) === 3, 'still three after reload');
				await page.getByRole('button', { name: '简体中文' }).click();
				// The language's texts load on first use: wait for the switch.
				await page.locator('main[lang="zh-CN"]').waitFor({ state: 'attached' });
				await page.locator('h1', { hasText: '数据' }).waitFor();
				const shell = await page.locator('header nav').innerText();
				assert(
					!/[A-Za-z]{3,}/.test(shell.replace(/CRM|NPS|RFM/g, '')),
					`English left in the nav: ${shell}`
				);
				const body = await page.locator('main').innerText();
				const english =
					body
						.replace(/Retail \w+|CRM|RFM|NPS|CSV|UTF-8|GB18030|KB|MB|[A-Z]:|\d/g, '')
						.match(/\b[A-Za-z]{4,}\b/g) ?? [];
				assert(
					english.length === 0,
					`English words on the Chinese data page: ${english.slice(0, 10).join(', ')}`
				);
				await shot(page, 'data-zh');
				await page.goto(baseUrl + '/');
				await shot(page, 'home-zh');
				// The table view pages through a dataset.
				await page.goto(baseUrl + '/data/');
				await page.locator('td.actions button').first().click();
				await page.locator('text=/第 1–50 行/').waitFor();
				await shot(page, 'data-table-zh');
				assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'CDNOW_sample.txt and a GB18030 file with Chinese headers import and persist',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(baseUrl + '/data/?lang=en');
				const card = await importFile(page, 'tests/fixtures/cdnow/CDNOW_sample.txt', {
					commit: false
				});
				const text = await card.innerText();
				assert(/6,919/.test(text) && /2,357/.test(text), `CDNOW report: ${text.slice(0, 400)}`);
				await shot(page, 'import-cdnow-report-en');
				await card.locator('button', { hasText: /^Import / }).click();
				await card.locator('p.good').waitFor();
				const zh = await importFile(page, 'static/samples/retail/transactions_zh.csv', {
					commit: false
				});
				const zhText = await zh.innerText();
				assert(/GB18030/.test(zhText), 'GB18030 detected');
				await shot(page, 'import-gb18030-en');
				await zh.locator('button', { hasText: /^Import / }).click();
				await zh.locator('p.good').waitFor();
				const rowsBefore = await page
					.locator('table[aria-label="Datasets"] tbody tr td:nth-child(4)')
					.allInnerTexts();
				await page.reload();
				await page.locator('table[aria-label="Datasets"]').waitFor();
				const rowsAfter = await page
					.locator('table[aria-label="Datasets"] tbody tr td:nth-child(4)')
					.allInnerTexts();
				assert(
					rowsBefore.length === 2 && JSON.stringify(rowsBefore) === JSON.stringify(rowsAfter),
					`rows after reload ${rowsAfter} vs ${rowsBefore}`
				);
				assert(rowsBefore[0] === '6,919', `CDNOW rows ${rowsBefore[0]}`);
				assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'a malformed file lists its bad lines; a binary file is named; a cancelled import stores nothing',
		async run({ baseUrl }) {
			const dir = mkdtempSync(join(tmpdir(), 'crm-files-'));
			const bad = join(dir, 'orders.csv');
			writeFileSync(
				bad,
				'customer_id,date,amount\nA1,2024-01-05,10.50\n,2024-01-06,3\nA2,not a date,4\nA3,2024-01-07,abc\nA4,2024-01-08,7\n'
			);
			const xlsx = join(dir, 'book.xlsx');
			writeFileSync(
				xlsx,
				Buffer.from('504b0304140006000800000021005b436f6e74656e745f54797065735d2e786d6c', 'hex')
			);
			const big = join(dir, 'big.csv');
			const lines = ['customer_id,date,amount'];
			for (let i = 0; i < 1_500_000; i++)
				lines.push(`C${i % 50000},2024-0${(i % 9) + 1}-1${i % 10},${(i % 997) / 10}`);
			writeFileSync(big, lines.join('\n'));
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(baseUrl + '/data/?lang=en');
				const card = await importFile(page, bad, { commit: false });
				const text = await card.innerText();
				assert(/Rejected\s*3/.test(text), `3 rejected: ${text}`);
				for (const line of ['3', '4', '5'])
					assert(card.locator(`td.num:text-is("${line}")`), `line ${line} listed`);
				assert(
					/no customer id/.test(text) &&
						/not a date/.test(text) &&
						/amount is not a number/.test(text),
					'reasons named'
				);
				await shot(page, 'import-malformed-en');
				await page.getByTestId('file-input').setInputFiles(xlsx);
				// Workbooks are read now (issue 17): a zip header alone is a damaged workbook.
				await page.locator('p.bad', { hasText: 'could not be read as a workbook' }).waitFor();
				await page.getByTestId('file-input').setInputFiles(big);
				const bigCard = page.locator('article.job').last();
				await bigCard.locator('button', { hasText: 'Check all rows' }).click();
				await bigCard.locator('progress').waitFor();
				await bigCard.locator('button', { hasText: 'Cancel' }).click();
				await bigCard.locator('text=/cancelled/').waitFor();
				await shot(page, 'import-cancelled-en');
				await page.reload();
				await page.locator('h1').waitFor();
				// The list is read from IndexedDB after the page starts: count once it is.
				await workspaceReady(page);
				assert((await datasetCount(page)) === 0, 'nothing stored after cancel');
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'a file over 4 MB is validated in two parts (two workers) with the same report as one pass',
		async run({ baseUrl }) {
			// 100,000 rows (≈4.6 MB, no quotes: splitForParts cuts it) with a bad date at every
			// 25,000th row: lines 25,001, 50,001, 75,001 and 100,001 counting the header as line 1,
			// so those after the cut near the middle need the first part's line count as offset.
			const dir = mkdtempSync(join(tmpdir(), 'crm-parts-'));
			const path = join(dir, 'two-parts.csv');
			const lines = ['customer_id,date,amount,category'];
			for (let i = 0; i < 100_000; i++) {
				const day = String((i % 28) + 1).padStart(2, '0');
				const date = (i + 1) % 25_000 === 0 ? '2024-13-45' : `2024-03-${day}`;
				lines.push(
					`C${String(i % 7919).padStart(7, '0')},${date},${(i % 9000) / 100},groceries-and-more`
				);
			}
			writeFileSync(path, lines.join('\n') + '\n');
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(baseUrl + '/data/?lang=en');
				await importFile(page, path);
				const [record] = await storedRecords(page);
				const r = record.report;
				assert(record.rows === 99_996, `rows: ${record.rows}`);
				assert(record.stats.customers === 7919, `customers: ${record.stats.customers}`);
				assert(r.rejected.byReason.bad_date === 4, JSON.stringify(r.rejected.byReason));
				const badLines = r.rejected.examples.map((e) => e.line);
				assert(
					JSON.stringify(badLines) === JSON.stringify([25_001, 50_001, 75_001, 100_001]),
					`bad lines: ${badLines}`
				);
				// i % 9000 = 0 gives a 0.00 amount: 12 rows
				// (i = 0, 9000, …, 99000), none on a bad-date row.
				assert(r.zeroAmounts === 12, `zero amounts: ${r.zeroAmounts}`);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
