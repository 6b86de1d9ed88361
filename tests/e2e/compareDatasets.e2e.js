// The Compare page end to end: the teaching sample, then a second transactions file the test
// writes itself (the sample's transactions of the East region's customers, joined through
// customers.csv here in a plain loop), imported on the Data page; /compare/ must show both
// datasets' customer counts as counted from the files, and a survival chart with two curves.
// English at 1280 × 720 and Chinese at 390 px; before the import, the one-dataset message;
// axe on the page with both datasets drawn.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './axe.js';
import { assert, openBrowser, shot, visit } from './harness.js';

const SAMPLE = 'static/samples/retail';
const txLines = readFileSync(`${SAMPLE}/transactions.csv`, 'utf8').trim().split('\n');
const east = new Set(
	readFileSync(`${SAMPLE}/customers.csv`, 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((l) => l.split(','))
		.filter((c) => c[3] === 'East')
		.map((c) => c[0])
);
const eastLines = txLines.slice(1).filter((l) => east.has(l.split(',')[1]));
/** Customers as the RFM table counts them: every customer id with a transaction. */
const customersOf = (lines) => new Set(lines.map((l) => l.split(',')[1])).size;
const expected = { A: customersOf(txLines.slice(1)), B: customersOf(eastLines) };

/**
 * The two picks are settings: swapped (two steps: A, then B), undone one step and redone from
 * the toolbar, and still swapped after a reload.
 */
async function keptChoice(page) {
	const sideA = page.getByTestId('compare-side-A');
	const ids = await page
		.getByTestId('compare-a')
		.locator('option')
		.evaluateAll((os) => os.map((o) => ({ value: o.value, text: o.textContent })));
	const sample = ids.find((o) => !o.text.includes('east')).value;
	const east = ids.find((o) => o.text.includes('east')).value;
	await page.getByTestId('compare-a').selectOption(east);
	await page.getByTestId('compare-b').selectOption(sample);
	await page.locator('[data-testid="compare-side-A"]:has-text("east")').waitFor();
	// One undo: B goes back to its default (east), the same dataset twice.
	await page.getByTestId('settings-undo').click();
	await page.locator('.pick + p.bad[role="alert"]').waitFor();
	await page.getByTestId('settings-redo').click();
	await page.locator('[data-testid="compare-side-A"]:has-text("east")').waitFor();
	await page.reload();
	await page.locator('[data-testid="compare-side-A"]:has-text("east")').waitFor();
	await page.locator(`[data-testid="compare-b"]:has(option[value="${sample}"]:checked)`).waitFor();
	assert((await sideA.count()) === 1, 'side A after the reload');
}

async function check(baseUrl, lang, width, file) {
	const b = await openBrowser(baseUrl, {
		locale: lang === 'zh' ? 'zh-CN' : 'en-US',
		viewport: { width, height: 720 }
	});
	try {
		const { page } = b;
		await page.goto(`${baseUrl}/?sample=retail&lang=${lang}&view=data`);
		// Loaded once the Data page lists its transactions.
		await page.locator('input[name="active-transactions"]').first().waitFor();
		// The views are reached inside the app (harness visit()): no reloads between them.
		await visit(page, `/compare/?lang=${lang}`);
		// The sample alone: one transactions dataset, a message and the way to the Data page.
		const needs = page.getByTestId('compare-needs-two');
		await needs.waitFor();
		assert((await needs.locator('a[href$="data/"]').count()) === 1, `${lang}: link to Data`);
		await shot(page, `compare-one-${lang}-${width}`);

		await visit(page, `/data/?lang=${lang}`);
		await page.getByTestId('file-input').setInputFiles(file);
		const card = page.locator('article.job').last();
		const currency = card.getByTestId('currency-choice');
		await currency.waitFor();
		// The sample is in yuan; the extract is too (a plain number column names none).
		await currency.selectOption('CNY');
		await card
			.getByRole('button', { name: lang === 'zh' ? '检查全部行' : 'Check all rows' })
			.click();
		await card.getByRole('button', { name: lang === 'zh' ? /^导入/ : /^Import \d/ }).click();
		await page.locator('article.job[data-status="done"]').waitFor();

		await visit(page, `/compare/?lang=${lang}`);
		const result = page.getByTestId('compare-result');
		await result.waitFor();
		for (const side of ['A', 'B']) {
			const shown = Number(
				await page.getByTestId(`compare-customers-${side}`).getAttribute('data-value')
			);
			assert(
				shown === expected[side],
				`${lang}: ${side} customers ${shown}, counted ${expected[side]}`
			);
		}
		const text = await page.getByTestId('compare-side-B').innerText();
		assert(text.includes('east'), `${lang}: B is the imported extract: ${text.slice(0, 80)}`);
		const revenue = await page.getByTestId('compare-revenue-A').innerText();
		assert(lang === 'zh' ? /元/.test(revenue) : /CN¥/.test(revenue), `${lang}: ${revenue}`);
		// Two survival curves (a line per dataset, each titled by its name).
		const curves = page.locator('[data-testid="compare-survival"] svg path:has(title)');
		assert((await curves.count()) === 2, `${lang}: ${await curves.count()} survival curves`);
		const strokes = await curves.evaluateAll((ps) => ps.map((p) => p.getAttribute('stroke')));
		assert(new Set(strokes).size === 2, `${lang}: two colours ${strokes}`);
		await page.getByTestId('compare-logrank').waitFor();
		// Paired bars: both datasets' series in the segment-share chart.
		const bars = await page.locator('svg rect title').count();
		assert(bars >= 4, `${lang}: segment-share bars ${bars}`);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth > innerWidth + 1
		);
		assert(!overflow, `${lang} ${width}px: the page scrolls sideways`);
		await shot(page, `compare-${lang}-${width}`);
		// The a11y walk sees this page with the sample alone (the message); here, with both
		// datasets drawn, the same axe rules.
		const violations = await axeViolations(page);
		const found = violations.map(
			(v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
		assert(found.length === 0, `${lang}: axe on the compared page:\n${found.join('\n')}`);
		if (lang === 'en') await keptChoice(page);
		assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
	} finally {
		await b.close();
	}
}

export const tests = [
	{
		name: 'compare datasets: the sample and its East extract side by side, counts from the files (en 1280, zh 390)',
		async run({ baseUrl }) {
			const dir = mkdtempSync(join(tmpdir(), 'crm-compare-'));
			const file = join(dir, 'east.csv');
			writeFileSync(file, [txLines[0], ...eastLines].join('\n') + '\n');
			assert(expected.B > 100 && expected.B < expected.A, `extract size ${expected.B}`);
			await check(baseUrl, 'en', 1280, file);
			await check(baseUrl, 'zh', 390, file);
		}
	}
];
