// Segments compared between the KPI strip's two windows on the teaching sample: "last 12
// months" against "the previous 12". The table's totals are checked against the transactions
// file counted here in a plain loop — customers acquired (first purchase) by each window's end,
// each window's revenue in cents — and every row's change against its own two columns; the
// customers who moved, stayed and are new add up to the same plain counts. English at
// 1280 × 720, Chinese at 390 px.
import { readFileSync } from 'node:fs';
import { assert, openBrowser, shot } from './harness.js';

const rows = readFileSync('static/samples/retail/transactions.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((l) => {
		const [, customer, date, amount] = l.split(',');
		return { customer, date, cents: Math.round(Number(amount) * 100) };
	});
/** Each customer's first purchase day (ISO): as in RFM, a return (amount < 0) is no purchase,
 * a zero amount is. */
const first = new Map();
for (const r of rows)
	if (r.cents >= 0 && !(first.get(r.customer) <= r.date)) first.set(r.customer, r.date);
const acquiredBy = (iso) => [...first.values()].filter((d) => d <= iso).length;
const centsIn = (from, to) =>
	rows.reduce((s, r) => (r.date >= from && r.date <= to ? s + r.cents : s), 0);

/** Gini of net revenue per customer who bought in the window (a purchase of 0 counts as one,
 * as in RFM; returns beyond purchases: 0). */
function giniIn(from, to) {
	const net = new Map();
	const bought = new Set();
	for (const r of rows) {
		if (r.date < from || r.date > to) continue;
		net.set(r.customer, (net.get(r.customer) ?? 0) + r.cents);
		if (r.cents >= 0) bought.add(r.customer);
	}
	const x = [...bought].map((c) => Math.max(0, net.get(c))).sort((a, b) => a - b);
	// The mean absolute difference over all pairs over twice the mean, by the sorted-sum identity.
	const n = x.length;
	const sum = x.reduce((s, v) => s + v, 0);
	const weighted = x.reduce((s, v, i) => s + (2 * (i + 1) - n - 1) * v, 0);
	return weighted / (n * sum);
}

/** A number as the table writes it: digits, decimal point and the sign (+ or −). */
const num = (s) => {
	const v = Number(s.replace(/[^\d.]/g, ''));
	return /^[−-]/.test(s.trim()) ? -v : v;
};

async function check(baseUrl, lang, width) {
	const b = await openBrowser(baseUrl, { viewport: { width, height: 720 } });
	try {
		const { page } = b;
		await page.goto(`${baseUrl}/?sample=retail&lang=${lang}&view=segments`);
		const strip = page.getByTestId('kpi-strip');
		// The section asks for a comparison until one is chosen in the strip.
		const section = page.getByTestId('segments-compare');
		await section.getByTestId('segments-compare-off').waitFor();
		await strip.getByTestId('kpi-preset').selectOption('last12m');
		await strip.getByTestId('kpi-compare').selectOption('previous');
		const table = section.getByTestId('segments-compare-table');
		await table.waitFor();
		const caption = await section.getByTestId('segments-compare-caption').innerText();
		const [nowFrom, nowTo, beforeFrom, beforeTo] = caption.match(/\d{4}-\d{2}-\d{2}/g);
		assert(beforeTo < nowFrom && beforeFrom < beforeTo, `${lang}: windows in "${caption}"`);

		// The table's cells in one read (it is complete once shown: one result fills it).
		const texts = (sel) =>
			table.evaluate(
				(el, sel) =>
					[...el.querySelectorAll(sel)].map((tr) => [...tr.cells].map((c) => c.innerText.trim())),
				sel
			);
		// Every segment row: Δ = now − before, Δ % = Δ / before.
		const body = await texts('tbody tr:not(.outside)');
		assert(body.length >= 3, `${lang}: ${body.length} segment rows`);
		for (const [name, now, before, change, pct] of body) {
			const d = num(now) - num(before);
			assert(num(change) === d, `${lang} ${name}: Δ ${change} for ${now} − ${before}`);
			if (num(before) > 0) {
				const expected = Math.round((d / num(before)) * 1000) / 10;
				assert(
					Math.abs(num(pct) - expected) < 0.051,
					`${lang} ${name}: Δ % ${pct}, expected ${expected}`
				);
				assert(d === 0 || pct.startsWith(d > 0 ? '+' : '−'), `${lang} ${name}: sign of ${pct}`);
			}
		}
		// Totals: customers acquired by each window's end; revenue of each window to the cent.
		const total = table.locator('tfoot tr');
		const [[, nowAll, beforeAll]] = await texts('tfoot tr');
		assert(
			num(nowAll) === acquiredBy(nowTo),
			`${lang}: customers now ${nowAll}, counted ${acquiredBy(nowTo)}`
		);
		assert(
			num(beforeAll) === acquiredBy(beforeTo),
			`${lang}: customers before ${acquiredBy(beforeTo)}`
		);
		const exact = async (i) =>
			num(await total.locator(`th:nth-child(${i}) [title]`).getAttribute('title'));
		assert(Math.round((await exact(6)) * 100) === centsIn(nowFrom, nowTo), `${lang}: revenue now`);
		assert(
			Math.round((await exact(7)) * 100) === centsIn(beforeFrom, beforeTo),
			`${lang}: revenue before`
		);
		// Moved + stayed = the customers of the earlier date; new = acquired in between.
		const moved = await section.getByTestId('segments-compare-moved').innerText();
		const dates = moved.match(/\d{4}-\d{2}-\d{2}/g);
		const [m, stayed, fresh] = moved
			.replace(/\d{4}-\d{2}-\d{2}/g, '')
			.match(/\d[\d,]*/g)
			.map(num);
		assert(dates.length === 2, `${lang}: dates in "${moved}"`);
		assert(m + stayed === acquiredBy(beforeTo), `${lang}: moved + stayed in "${moved}"`);
		assert(fresh === acquiredBy(nowTo) - acquiredBy(beforeTo), `${lang}: new in "${moved}"`);
		// The page's own figure in the strip: the Gini of each window, and its signed change.
		const key = strip.getByTestId('kpi-key');
		await key.getByTestId('kpi-key-delta').waitFor();
		const gNow = giniIn(nowFrom, nowTo);
		const shownGini = num(await key.locator('.value').innerText());
		assert(Math.abs(shownGini - gNow) < 0.0005, `${lang}: Gini ${shownGini}, counted ${gNow}`);
		const keyDelta = await key.getByTestId('kpi-key-delta').innerText();
		const change = gNow - giniIn(beforeFrom, beforeTo);
		assert(
			keyDelta.includes(change > 0 ? '▲ +' : '▼ −') &&
				Math.abs(num(keyDelta.split(/[(（]/)[0]) - Math.abs(change)) < 0.0005,
			`${lang}: Gini change ${change} in "${keyDelta}"`
		);
		const fits = await section.evaluate((el) => el.getBoundingClientRect().right <= innerWidth);
		assert(fits, `${lang} ${width}px: the comparison leaves the screen`);
		await section.screenshot({
			path: `tests/.artifacts/screenshots/compare-segments-${lang}-${width}.png`
		});
		await strip.screenshot({
			path: `tests/.artifacts/screenshots/compare-strip-${lang}-${width}.png`
		});
		await shot(page, `compare-page-${lang}-${width}`);
		assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
	} finally {
		await b.close();
	}
}

/** Customers by first-purchase month (YYYY-MM) in a window of whole months. */
function acquiredIn(from, to) {
	let n = 0;
	for (const d of first.values()) if (d.slice(0, 7) >= from.slice(0, 7) && d <= to) n++;
	return n;
}

/** Lifecycle: cohort retention of the two windows, and the strip's median lifetime. */
async function checkCohorts(baseUrl, lang, width) {
	const b = await openBrowser(baseUrl, { viewport: { width, height: 720 } });
	try {
		const { page } = b;
		await page.goto(`${baseUrl}/?sample=retail&lang=${lang}&view=lifecycle`);
		const strip = page.getByTestId('kpi-strip');
		const section = page.getByTestId('cohorts-compare');
		await section.getByTestId('cohorts-compare-off').waitFor();
		await strip.getByTestId('kpi-preset').selectOption('last12m');
		await strip.getByTestId('kpi-compare').selectOption('previous');
		const table = section.getByTestId('cohorts-compare-table');
		await table.waitFor();
		const head = await section.getByTestId('cohorts-compare-caption').innerText();
		const [nowFrom, nowTo, beforeFrom, beforeTo] = head.match(/\d{4}-\d{2}-\d{2}/g);
		const cells = await table.evaluate((el) =>
			[...el.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((c) => c.innerText.trim()))
		);
		const [size, ...ages] = cells;
		assert(num(size[1]) === acquiredIn(nowFrom, nowTo), `${lang}: acquired now ${size[1]}`);
		assert(
			num(size[2]) === acquiredIn(beforeFrom, beforeTo),
			`${lang}: acquired before ${size[2]}`
		);
		assert(ages.length >= 3, `${lang}: ${ages.length} ages compared`);
		for (const [age, now, before, change] of ages) {
			const points = num(change.split(/[个p]/)[0]);
			const expected = num(now) - num(before);
			// Shares are shown to 0.1 %, the change from the unrounded shares: within 0.1 point.
			assert(
				Math.abs(points - Math.abs(expected)) <= 0.1 + 1e-9 &&
					(Math.abs(expected) < 0.1 || change.includes(expected > 0 ? '+' : '−')),
				`${lang} ${age}: ${now} − ${before} reads "${change}"`
			);
		}
		// The strip's own figure here: the median lifetime in days, for both windows.
		const key = strip.getByTestId('kpi-key');
		await key.locator('[data-testid="kpi-key-delta"]').waitFor();
		const days = await key.locator('.value').innerText();
		assert(/\d/.test(days) && /days|天/.test(days), `${lang}: median lifetime "${days}"`);
		const fits = await section.evaluate((el) => el.getBoundingClientRect().right <= innerWidth);
		assert(fits, `${lang} ${width}px: the cohort comparison leaves the screen`);
		await section.screenshot({
			path: `tests/.artifacts/screenshots/compare-cohorts-${lang}-${width}.png`
		});
		await strip.screenshot({
			path: `tests/.artifacts/screenshots/compare-lifecycle-strip-${lang}-${width}.png`
		});
		assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
	} finally {
		await b.close();
	}
}

export const tests = [
	{
		name: 'compare segments: last 12 months vs the previous 12 against a plain count (en, 1280 px)',
		run: ({ baseUrl }) => check(baseUrl, 'en', 1280)
	},
	{
		name: 'compare segments: last 12 months vs the previous 12 against a plain count (zh, 390 px)',
		run: ({ baseUrl }) => check(baseUrl, 'zh', 390)
	},
	{
		name: 'compare cohorts: retention of last 12 months’ cohorts vs the previous 12 (en, 1280 px)',
		run: ({ baseUrl }) => checkCohorts(baseUrl, 'en', 1280)
	},
	{
		name: 'compare cohorts: retention of last 12 months’ cohorts vs the previous 12 (zh, 390 px)',
		run: ({ baseUrl }) => checkCohorts(baseUrl, 'zh', 390)
	}
];
