// The Data page (issue 16, item 7), in English and Chinese: importing a file whose name is
// already in the workspace asks first (Cancel stores nothing, Keep both renames, Replace keeps
// one), and the row view of the teaching sample sorts, searches and filters in the worker — its
// rows checked against a plain computation over the sample's CSV file in this test.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './axe.js';
import { SHOTS, assert, openBrowser, shot } from './harness.js';

/** axe-core's violations inside one part of the page (the a11y e2e's rules). */
async function axe(page, selector) {
	const violations = await axeViolations(page, selector);
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const LANGS = {
	en: {
		sample: 'retail',
		file: 'static/samples/retail/transactions.csv',
		encoding: 'utf-8',
		dataset: 'Retail transactions',
		numberLocale: 'en-US',
		web: 'web'
	},
	zh: {
		sample: 'retail-zh',
		file: 'static/samples/retail/transactions_zh.csv',
		encoding: 'gb18030',
		dataset: '零售交易记录',
		numberLocale: 'zh-CN',
		web: '网站'
	}
};

/** The sample's transactions as the file has them: header, then rows of cells (no quotes in it). */
function readCsv(path, encoding) {
	const text = new TextDecoder(encoding).decode(readFileSync(path));
	const [head, ...lines] = text.split(/\r?\n/).filter((l) => l !== '');
	return { header: head.split(','), rows: lines.map((l) => l.split(',')) };
}

/** Names of the datasets in the list, read from IndexedDB (the truth after a reload). */
async function storedNames(page) {
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
						resolve(all.result.map((d) => d.name).sort());
					};
					all.onerror = () => reject(all.error);
				};
			})
	);
}

/** Waits until IndexedDB holds exactly datasets of these names (saves finish after the list). */
async function waitForStored(page, names) {
	await page.waitForFunction(
		(want) =>
			new Promise((resolve) => {
				const req = indexedDB.open('crm-workbench');
				req.onerror = () => resolve(false);
				req.onsuccess = () => {
					const db = req.result;
					const all = db.transaction('datasets').objectStore('datasets').getAll();
					all.onsuccess = () => {
						db.close();
						resolve(JSON.stringify(all.result.map((d) => d.name).sort()) === want);
					};
					all.onerror = () => resolve(false);
				};
			}),
		JSON.stringify([...names].sort()),
		{ polling: 200 }
	);
}

/** Puts or gets one record of the app's settings table in IndexedDB. */
async function settingsStore(page, op, key, value) {
	return page.evaluate(
		([op, key, value]) =>
			new Promise((resolve, reject) => {
				const req = indexedDB.open('crm-workbench');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const store = db.transaction('settings', 'readwrite').objectStore('settings');
					const r = op === 'put' ? store.put({ key, value }) : store.get(key);
					r.onsuccess = () => {
						db.close();
						resolve(op === 'put' ? true : r.result);
					};
					r.onerror = () => reject(r.error);
				};
			}),
		[op, key, value]
	);
}

/** Imports a file up to the Import button, then presses it; returns the job's card. */
async function importUpTo(page, path) {
	const before = await page.locator('article.job').count();
	await page.getByTestId('file-input').setInputFiles(path);
	const card = page.locator('article.job').nth(before);
	const check = card.locator('button', { hasText: /Check all rows|检查全部行/ });
	await check.click();
	await card.locator('section.report').waitFor();
	await card.locator('button', { hasText: /^Import |^导入 / }).click();
	return card;
}

/** Waits until the list shows exactly these dataset names (sorted). */
async function waitForList(page, names) {
	await page.waitForFunction(
		(want) =>
			JSON.stringify(
				[...document.querySelectorAll('table.datasets tbody tr td:nth-child(2)')]
					.map((td) => td.textContent.trim())
					.sort()
			) === want,
		JSON.stringify([...names].sort())
	);
}

/** Re-importing a file of the same name: the question, then Cancel, Keep both, Replace. */
async function reimport(baseUrl, lang) {
	const b = await openBrowser(baseUrl);
	try {
		const { page } = b;
		await page.goto(`${baseUrl}/data/?lang=${lang}`);
		await page.locator(`main[lang="${lang === 'zh' ? 'zh-CN' : 'en'}"]`).waitFor();
		const sampleNames = [];
		const dir = mkdtempSync(join(tmpdir(), 'crm-datapage-'));
		const orders = join(dir, 'orders.csv');
		writeFileSync(orders, 'customer_id,date,amount\n007,2024-01-01,10.50\n7,2024-01-02,20\n');
		let card = await importUpTo(page, orders);
		await card.locator('p.good').waitFor();
		await waitForList(page, [...sampleNames, 'orders']);
		await waitForStored(page, [...sampleNames, 'orders']);

		card = await importUpTo(page, orders);
		const dialog = card.getByTestId('name-clash');
		await dialog.waitFor();
		const asked = await dialog.innerText();
		assert(asked.includes('orders (2)'), `the question names the new name: ${asked}`);
		await shot(page, `dataPage-clash-${lang}`);
		await dialog.screenshot({ path: join(SHOTS, `dataPage-clash-dialog-${lang}.png`) });
		const dialogProblems = await axe(page, '[data-testid="name-clash"]');
		assert(dialogProblems.length === 0, `axe on the question: ${dialogProblems.join(' | ')}`);
		await dialog.locator('button').nth(2).click(); // Cancel
		await card.getByTestId('clash-outcome').waitFor();
		assert(
			JSON.stringify(await storedNames(page)) === JSON.stringify([...sampleNames, 'orders'].sort()),
			'Cancel stored nothing'
		);

		card = await importUpTo(page, orders);
		await card.getByTestId('name-clash').locator('button').nth(1).click(); // Keep both
		await card.locator('p.good').waitFor();
		await waitForList(page, [...sampleNames, 'orders', 'orders (2)']);
		await waitForStored(page, [...sampleNames, 'orders', 'orders (2)']);

		const ids = () =>
			page.evaluate(() =>
				[...document.querySelectorAll('table.datasets tbody tr')].map((tr) =>
					tr.querySelector('input[type="radio"]').getAttribute('data-id')
				)
			);
		const idsBefore = await ids();
		// Settings kept for "orders" (as the settings model stores them) must follow the replacement.
		const oldId = await page.evaluate(
			() =>
				[...document.querySelectorAll('table.datasets tbody tr')]
					.find((tr) => tr.children[1].textContent.trim() === 'orders')
					.querySelector('input[type="radio"]').dataset.id
		);
		await settingsStore(page, 'put', `view.${oldId}`, { segments: { bins: 3 } });
		card = await importUpTo(page, orders);
		await card.getByTestId('name-clash').locator('button').nth(0).click(); // Replace
		await card.locator('p.good').waitFor();
		await card.getByTestId('clash-outcome').waitFor();
		await page.waitForFunction(
			(n) => document.querySelectorAll('table.datasets tbody tr').length === n,
			idsBefore.length
		);
		const idsAfter = await ids();
		assert(
			idsAfter.filter((id) => !idsBefore.includes(id)).length === 1 &&
				idsBefore.filter((id) => !idsAfter.includes(id)).length === 1,
			`Replace swapped one dataset for one: ${idsBefore} → ${idsAfter}`
		);
		assert(
			JSON.stringify(await storedNames(page)) ===
				JSON.stringify([...sampleNames, 'orders', 'orders (2)'].sort()),
			'Replace kept one "orders"'
		);
		const newId = idsAfter.find((id) => !idsBefore.includes(id));
		const moved = await settingsStore(page, 'get', `view.${newId}`);
		assert(moved?.value?.segments?.bins === 3, `settings moved: ${JSON.stringify(moved)}`);
		assert((await settingsStore(page, 'get', `view.${oldId}`)) === undefined, 'old settings gone');
		const said = await card.getByTestId('clash-outcome').innerText();
		assert(/now apply|沿用到新数据/.test(said), `the card says the settings followed: ${said}`);

		// The active column has a header; at 1280 px no action button sticks out of its table.
		const head = await page.locator('table.datasets thead th').first().innerText();
		assert(head.trim().length > 0, 'the active column has a header');
		const clipped = await page.evaluate(() => {
			const box = document.querySelector('table.datasets').closest('.scroll-x');
			const right = box.getBoundingClientRect().right;
			return [...document.querySelectorAll('table.datasets td.actions button')].filter(
				(b) => b.getBoundingClientRect().right > right + 0.5
			).length;
		});
		assert(clipped === 0, `${clipped} action buttons clipped at 1280 px`);
		await shot(page, `dataPage-list-${lang}`);
		await page
			.locator('section.card', { has: page.locator('table.datasets') })
			.screenshot({ path: join(SHOTS, `dataPage-list-card-${lang}.png`) });

		assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
		assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
	} finally {
		await b.close();
	}
}

/** The row view of the teaching sample, against the CSV computed here. */
async function rowView(baseUrl, lang) {
	const L = LANGS[lang];
	const b = await openBrowser(baseUrl);
	try {
		const { page } = b;
		await page.goto(`${baseUrl}/data/?sample=${L.sample}&lang=${lang}`);
		await page.locator(`main[lang="${lang === 'zh' ? 'zh-CN' : 'en'}"]`).waitFor();
		await storedNamesOfSample(page);
		const csv = readCsv(L.file, L.encoding);
		const [, CUSTOMER, , AMOUNT, , CHANNEL] = [0, 1, 2, 3, 4, 5];
		await page
			.locator('table.datasets tbody tr', { hasText: L.dataset })
			.locator('td.actions button')
			.first()
			.click();
		const view = page.getByTestId('rows-view');
		await view.locator('tbody tr').first().waitFor();
		const headers = await view.locator('thead th').allInnerTexts();
		const col = (name) => headers.findIndex((h) => h.startsWith(name));
		const at = {
			customer: col(csv.header[CUSTOMER]),
			amount: col(csv.header[AMOUNT]),
			channel: col(csv.header[CHANNEL])
		};
		assert(
			Object.values(at).every((i) => i >= 0),
			`headers ${headers}`
		);
		const money = new Intl.NumberFormat(L.numberLocale, {
			minimumFractionDigits: 2,
			maximumFractionDigits: 20
		});
		/** The rows on screen are exactly the first page of `want` (customer, amount, channel). */
		async function check(want, what) {
			const shown = await view
				.locator('tbody tr')
				.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
			const expect = want.slice(0, 50);
			assert(shown.length === expect.length, `${what}: ${shown.length} rows, ${expect.length}`);
			for (let i = 0; i < expect.length; i++) {
				const got = [shown[i][at.customer], shown[i][at.amount], shown[i][at.channel]];
				const exp = [
					expect[i][CUSTOMER],
					money.format(Number(expect[i][AMOUNT])),
					expect[i][CHANNEL]
				];
				assert(
					JSON.stringify(got) === JSON.stringify(exp),
					`${what}, row ${i + 1}: ${got} vs ${exp}`
				);
			}
		}
		const total = new Intl.NumberFormat(L.numberLocale).format(csv.rows.length);
		await view.locator(`text=/${total}/`).first().waitFor();

		// Sort by amount, descending (two clicks); ties keep the file's order (a stable sort).
		const amountHeader = view.locator('thead th').nth(at.amount);
		await amountHeader.locator('button').click();
		await view.locator(`thead th[aria-sort="ascending"]`).waitFor();
		await amountHeader.locator('button').click();
		await view.locator(`thead th[aria-sort="descending"]`).waitFor();
		const byAmount = [...csv.rows].sort((a, b) => Number(b[AMOUNT]) - Number(a[AMOUNT]));
		await check(byAmount, 'amount descending');

		if (lang === 'zh') {
			// Under a Chinese interface text sorts by pinyin. The sample's categories in pinyin order,
			// by hand: fú zhuāng < jiā jū < měi zhuāng < shí pǐn < shù mǎ < tú shū (by code point 图书文具
			// would come first). Ties keep the file's order.
			const PINYIN = ['服装', '家居', '美妆个护', '食品生鲜', '数码电器', '图书文具'];
			const CATEGORY = 4;
			const categoryHeader = view.locator('thead th').nth(col(csv.header[CATEGORY]));
			await categoryHeader.locator('button').click();
			await view
				.locator('thead th[aria-sort="ascending"]', { hasText: csv.header[CATEGORY] })
				.waitFor();
			const byCategory = [...csv.rows].sort(
				(a, b) => PINYIN.indexOf(a[CATEGORY]) - PINYIN.indexOf(b[CATEGORY])
			);
			assert(PINYIN.includes(byCategory[0][CATEGORY]), 'the categories are the six listed');
			await check(byCategory, 'category by pinyin');
			// Back to amount, descending, for the steps below.
			await amountHeader.locator('button').click();
			await view
				.locator('thead th[aria-sort="ascending"]', { hasText: csv.header[AMOUNT] })
				.waitFor();
			await amountHeader.locator('button').click();
			await view
				.locator('thead th[aria-sort="descending"]', { hasText: csv.header[AMOUNT] })
				.waitFor();
			await check(byAmount, 'amount descending again');
		}

		// Search the customer of the largest purchase: every text cell is searched.
		const who = byAmount[0][CUSTOMER];
		const found = byAmount.filter((r) =>
			[0, 1, 4, 5].some((c) => r[c].toLowerCase().includes(who.toLowerCase()))
		);
		await view.getByTestId('rows-search').fill(who);
		const status = view.getByTestId('rows-status');
		const count = (n) => new Intl.NumberFormat(L.numberLocale).format(n);
		await view
			.locator('[data-testid="rows-status"]', { hasText: ` ${count(found.length)} ` })
			.waitFor();
		await check(found, `search ${who}`);

		// Filter the channel column to one value.
		await view.locator('details.filters summary').click();
		const onWeb = found.filter((r) => r[CHANNEL] === L.web);
		assert(onWeb.length > 0 && onWeb.length < found.length, 'the filter narrows the rows');
		await view
			.locator(`fieldset[data-column="${csv.header[CHANNEL]}"] label`, { hasText: L.web })
			.locator('input')
			.check();
		await view
			.locator('[data-testid="rows-status"]', { hasText: ` ${count(onWeb.length)} ` })
			.waitFor();
		await check(onWeb, `search ${who}, channel ${L.web}`);
		assert((await status.innerText()).includes(total), 'the status names the dataset’s rows');
		await shot(page, `dataPage-rows-${lang}`);
		await view.screenshot({ path: join(SHOTS, `dataPage-rowsview-${lang}.png`) });
		const viewProblems = await axe(page, '[data-testid="rows-view"]');
		assert(viewProblems.length === 0, `axe on the row view: ${viewProblems.join(' | ')}`);

		// A phone: the page does not scroll sideways; the list and the row view scroll inside.
		await page.setViewportSize({ width: 390, height: 844 });
		await page.waitForFunction(() => innerWidth === 390);
		const wide = await page.evaluate(() => document.scrollingElement.scrollWidth);
		assert(wide <= 390, `the Data page is ${wide} px wide at 390 px`);
		await shot(page, `dataPage-phone-${lang}`);
		const list = page.locator('section.card', { has: page.locator('table.datasets') });
		await list.screenshot({ path: join(SHOTS, `dataPage-phone-list-${lang}.png`) });
		await view.screenshot({ path: join(SHOTS, `dataPage-phone-rowsview-${lang}.png`) });

		assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
		assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
	} finally {
		await b.close();
	}
}

/** The sample's dataset names once it has loaded (three files). */
async function storedNamesOfSample(page) {
	await page.waitForFunction(
		() => document.querySelectorAll('table.datasets tbody tr').length === 3
	);
	return page.evaluate(() =>
		[...document.querySelectorAll('table.datasets tbody tr td:nth-child(2)')].map((td) =>
			td.textContent.trim()
		)
	);
}

export const tests = [
	{
		name: 'Data page (en): importing a name again asks — Cancel, Keep both, Replace',
		run: ({ baseUrl }) => reimport(baseUrl, 'en')
	},
	{
		name: 'Data page (zh): importing a name again asks — Cancel, Keep both, Replace',
		run: ({ baseUrl }) => reimport(baseUrl, 'zh')
	},
	{
		name: 'Data page (en): the row view sorts, searches and filters in the worker',
		run: ({ baseUrl }) => rowView(baseUrl, 'en')
	},
	{
		name: 'Data page (zh): the row view sorts, searches and filters in the worker',
		run: ({ baseUrl }) => rowView(baseUrl, 'zh')
	}
];
