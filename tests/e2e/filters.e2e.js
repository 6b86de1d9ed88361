// The workspace filter bar on the teaching sample, in English and Chinese: one region (North,
// from customers.csv) and one year (2024). Expected counts are counted straight from the CSVs
// (see the comment below), and Segments, Lifetime value, Lifecycle, Satisfaction and the report
// follow them; "clear all" restores the whole sample.
import { join } from 'node:path';
import { assert, loadTeachingSample, openBrowser, poll, shot, SHOTS, visit } from './harness.js';

// From the sample's files by a plain loop (python csv): 840 customers have region North; 3,409
// of the 57,663 transactions are theirs and dated 2024-01-01…2024-12-31, by 417 customers;
// 4,927 customers buy in the whole file.
const ALL = 4927;
const KEPT_ROWS = '3,409';
const KEPT_CUSTOMERS = 417;
// Lifetime value calibrates within the window (to 2024-08-31 on these rows); 355 of the 417
// made their first 2024 purchase by then (same loop).
const CALIBRATION_CUSTOMERS = 355;
// Of the survey's 1,500 respondents 254 are North's customers; 247 of them answered
// `recommend` with a number: 13.36 NPS (same loop, node over survey.csv and customers.csv).
const NORTH_ANSWERS = 247;
const NORTH_RESPONDENTS = 254;
const NORTH_NPS = 13.36;

/** The whole page, and its first screen (where the filter bar is) to look at. */
async function shots(page, name) {
	await shot(page, name);
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.screenshot({ path: join(SHOTS, `${name}-top.png`) });
}

const digits = (s) => Number(s.replace(/[^\d]/g, ''));

async function customersOnSegments(page) {
	const facts = page.getByTestId('segments-facts');
	await facts.waitFor({ timeout: 60_000 });
	return facts;
}

async function waitText(locator, re, what) {
	return poll(
		() => locator.innerText().catch(() => ''),
		(text) => re.test(text),
		`${what}: ${re}`,
		{
			timeout: 60_000
		}
	);
}

// The Chinese interface loads the Chinese files: region is 地区 and North is 华北 (840 too).
const REGION = { en: ['region', 'North'], zh: ['地区', '华北'] };

async function filterNorth2024(page, lang, editorShot = null) {
	const [column, north] = REGION[lang];
	await page.getByTestId('filter-from').fill('2024-01-01');
	await page.getByTestId('filter-to').fill('2024-12-31');
	await page.getByTestId('filter-chips').waitFor();
	await page.getByTestId('filter-bar').getByRole('button', { name: /^\+ / }).click();
	await page.getByTestId('filter-column').selectOption({ label: column });
	await page.getByRole('checkbox', { name: new RegExp(`^${north} \\(`) }).check();
	if (editorShot) await page.screenshot({ path: join(SHOTS, `${editorShot}.png`) });
	await page.getByTestId('filter-apply').click();
}

function flow(lang) {
	const n = (v) => v.toLocaleString('en-US');
	return async ({ baseUrl }) => {
		const b = await openBrowser(baseUrl);
		try {
			const { page } = b;
			await loadTeachingSample(page, baseUrl, { lang });
			await visit(page, `/segments/?lang=${lang}`);
			const facts = await customersOnSegments(page);
			await waitText(facts, new RegExp(`\\b${n(ALL).replace(',', '\\,')}\\b`), 'all customers');
			assert((await page.getByTestId('filter-chips').count()) === 0, 'no chips before filtering');

			await filterNorth2024(page, lang, `filters-editor-${lang}`);
			const kept = await waitText(
				page.getByTestId('filter-kept'),
				new RegExp(`${KEPT_ROWS}|3409`),
				'rows kept'
			);
			assert(kept.includes('57,663') || kept.includes('57663'), `of all rows: ${kept}`);
			assert(new RegExp(`\\b${KEPT_CUSTOMERS}\\b`).test(kept), `customers kept: ${kept}`);
			const chips = await page.getByTestId('filter-chips').innerText();
			assert(/2024-01-01/.test(chips) && chips.includes(REGION[lang][1]), `chips: ${chips}`);
			await waitText(facts, new RegExp(`\\b${KEPT_CUSTOMERS}\\b`), 'segments follow');
			await page.getByTestId('segments-table').waitFor();
			await shots(page, `filters-segments-${lang}`);

			// A new page load: the filter is a workspace setting and comes back. (The other
			// views are reached inside the app, harness visit(): they reuse the engine's results.)
			await page.goto(`${baseUrl}/clv/?lang=${lang}`);
			await page.getByTestId('filter-chips').waitFor({ timeout: 30_000 });
			await page.getByTestId('clv-fit').waitFor({ timeout: 90_000 });
			const fit = await waitText(
				page.getByTestId('clv-fit'),
				new RegExp(`\\b${CALIBRATION_CUSTOMERS}\\b`),
				'lifetime value follows'
			);
			assert(!/\bNaN\b/.test(fit), 'no NaN in the fit');
			assert(/2024-08-31/.test(fit), `calibration inside the window: ${fit.slice(0, 200)}`);
			await shots(page, `filters-clv-${lang}`);

			await visit(page, `/lifecycle/?lang=${lang}`);
			await page.getByTestId('lifecycle-tab-stages').click();
			const totals = page.getByTestId('stage-totals');
			await totals.waitFor({ timeout: 60_000 });
			const sum = (await totals.locator('strong').allInnerTexts()).reduce(
				(s, t) => s + digits(t),
				0
			);
			assert(sum === KEPT_CUSTOMERS, `stage totals add up to ${sum}, not ${KEPT_CUSTOMERS}`);
			await shots(page, `filters-lifecycle-${lang}`);

			// Satisfaction: the survey keeps the answers of North's customers (its own dates are
			// not the transactions' window), the KPI strip the window's customers.
			await visit(page, `/satisfaction/?lang=${lang}`);
			const score = await waitText(
				page.getByTestId('nps-score'),
				new RegExp(`\\b${NORTH_ANSWERS}\\b`),
				'satisfaction follows'
			);
			assert(/\+13[.,]4/.test(score), `NPS of North's answers ${NORTH_NPS}: ${score}`);
			await waitText(
				page.getByTestId('kpi-strip').getByTestId('kpi-customers'),
				new RegExp(`\\b${KEPT_CUSTOMERS}\\b`),
				'the strip follows'
			);
			// The intro counts the respondents the filter keeps, beside the survey's total.
			await waitText(
				page.locator('p.intro'),
				new RegExp(`\\b${NORTH_RESPONDENTS}\\b[^\\d]+1,500`),
				'the intro counts the kept respondents'
			);
			await shots(page, `filters-satisfaction-${lang}`);

			await visit(page, `/report/?lang=${lang}`);
			const summary = await waitText(
				page.getByTestId('filter-summary'),
				/2024-01-01/,
				'report names the filter'
			);
			assert(summary.includes(REGION[lang][1]), `report summary: ${summary}`);
			// The report's own head names the filter and what it keeps (printed with the report).
			const line = await waitText(
				page.getByTestId('report-sheet').getByTestId('filter-line'),
				new RegExp(`\\b${KEPT_CUSTOMERS}\\b`),
				'report head names the filter'
			);
			assert(line.includes(REGION[lang][1]) && /2024-12-31/.test(line), `report line: ${line}`);
			await shots(page, `filters-report-${lang}`);

			// Clear all: the whole sample again.
			await visit(page, `/segments/?lang=${lang}`);
			await page.getByTestId('filter-clear').click();
			await page.getByTestId('filter-chips').waitFor({ state: 'detached' });
			await waitText(
				await customersOnSegments(page),
				new RegExp(`\\b${n(ALL).replace(',', '\\,')}\\b`),
				'clear all restores'
			);
			assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
		} finally {
			await b.close();
		}
	};
}

export const tests = [
	{ name: 'filter bar: one region and one year, in English', run: flow('en') },
	{ name: 'filter bar: one region and one year, in Chinese', run: flow('zh') },
	{
		name: 'filter bar on a phone (390 px), English and Chinese',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl, { viewport: { width: 390, height: 844 } });
			try {
				const { page } = b;
				await loadTeachingSample(page, baseUrl, { lang: 'en' });
				await visit(page, '/segments/?lang=en');
				await customersOnSegments(page);
				await filterNorth2024(page, 'en', 'filters-editor-390-en');
				await waitText(page.getByTestId('filter-kept'), /3,409/, 'rows kept');
				await page.screenshot({ path: join(SHOTS, 'filters-segments-390-en.png') });
				await page.goto(`${baseUrl}/segments/?lang=zh`);
				await waitText(page.getByTestId('filter-kept'), /3,409|3409/, 'rows kept (zh)');
				await page.screenshot({ path: join(SHOTS, 'filters-segments-390-zh.png') });
			} finally {
				await b.close();
			}
		}
	}
];
