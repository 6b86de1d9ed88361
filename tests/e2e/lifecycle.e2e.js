// The Lifecycle view on the teaching sample, in English and Chinese: cohorts, survival with the
// sBG panel reproducing Fader & Hardie's "Regular" fit, stages with a customer profile, and the
// four exit patterns, whose life curves must have the textbook shapes. A file spanning a single
// month gets a message instead of empty charts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, openBrowser, poll, settled, shot } from './harness.js';

async function loadSample(page, baseUrl) {
	await page.goto(baseUrl + '/?lang=en');
	await page.getByTestId('load-sample').click();
	await page.locator('p.good[role="status"]').waitFor({ timeout: 90_000 });
}

async function openTab(page, tab) {
	await page.getByTestId(`lifecycle-tab-${tab}`).click();
}

/** The numbers of a ChartFrame's data table, opened as a user would (it is built when opened). */
async function frameTable(frame) {
	const details = frame.locator('details:has(> summary)').last();
	if (!(await details.evaluate((d) => d.open))) await details.locator('> summary').click();
	return frame.locator('details table.data').evaluate((table) => {
		const header = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
		const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
			[...tr.querySelectorAll('td')].map((td) => td.textContent.trim())
		);
		return { header, rows };
	});
}

/**
 * Shape facts of one life curve (spend per period since acquisition), its peak looked for from
 * period `from` on: month 0 always holds the acquisition order, a spike that can top a short
 * formation (docs/samples.md).
 */
function shape(values, from = 0) {
	const v = values.map((x) => (x === '' ? null : Number(x)));
	const peak = Math.max(...v.slice(from).filter((x) => x !== null));
	const peakAt = v.indexOf(peak, from);
	// First period after the peak where the curve is below half of it: how long the pattern lasts.
	let halfLife = v.length;
	for (let k = peakAt; k < v.length; k++)
		if (v[k] !== null && v[k] < peak / 2) {
			halfLife = k;
			break;
		}
	const plateau = v.filter((x, k) => k > 0 && x !== null && x >= 0.7 * peak).length;
	return { v, peak, peakAt, halfLife, plateau };
}

async function checkLanguage(b, baseUrl, lang) {
	const { page } = b;
	await page.goto(`${baseUrl}/lifecycle/?lang=${lang}`);
	// The date and churn rule are folded to one line (issue 16, item 6): unfold them.
	await page.getByTestId('lifecycle-settings').locator('summary').click();
	await page.locator('[data-testid="lifecycle-settings"][open]').waitFor();
	await page.getByTestId('lifecycle-threshold-explain').waitFor({ timeout: 60_000 });
	const explain = await page.getByTestId('lifecycle-threshold-explain').innerText();
	assert(/77/.test(explain), `threshold explained (77 days): ${explain}`);

	// 1. Cohorts: 36 monthly cohorts of 2022-01 .. 2024-12.
	await page.getByTestId('cohort-heatmap').waitFor({ timeout: 60_000 });
	const rows = await page
		.getByTestId('cohort-heatmap')
		.locator('text.tick')
		.evaluateAll((els) => els.map((e) => e.textContent.trim()));
	assert(rows.includes('2022-01') && rows.includes('2024-12'), `cohort rows: ${rows.slice(0, 5)}`);
	await shot(page, `lifecycle-cohorts-${lang}`);
	await page.getByTestId('cohort-metric').selectOption('cumulative');
	await settled(page);
	await shot(page, `lifecycle-cohorts-cumulative-${lang}`);
	await page.getByTestId('cohort-metric').selectOption('retention');

	// 2. Survival and the sBG panel: the Regular example fitted on years 0–7.
	await openTab(page, 'survival');
	await page.getByTestId('survival-median').waitFor({ timeout: 60_000 });
	await page.getByTestId('sbg-params').waitFor({ timeout: 30_000 });
	const sbg = await page.getByTestId('sbg-params').innerText();
	assert(/α = 0\.70[34]/.test(sbg) && /β = 1\.18[12]/.test(sbg), `sBG Regular fit: ${sbg}`);
	await page.getByTestId('survival-group').selectOption('cohort:quarter');
	await settled(page);
	await shot(page, `lifecycle-survival-${lang}`);
	await page.getByTestId('survival-group').selectOption('none');

	// 3. Stages: rule table, areas, transitions and a pattern IV customer's profile.
	await openTab(page, 'stages');
	await page.getByTestId('stage-area-customers').waitFor({ timeout: 60_000 });
	await page.getByTestId('transition-matrix').waitFor({ timeout: 60_000 });
	await page.getByTestId('example-IV').first().click();
	await page.getByTestId('customer-timeline').waitFor({ timeout: 30_000 });
	await shot(page, `lifecycle-stages-${lang}`);
	await page.getByTestId('naming-five').check();
	const five =
		lang === 'zh' ? /获取[\s\S]*提升[\s\S]*成熟/ : /Acquisition[\s\S]*Growth[\s\S]*Maturity/;
	const legend = await poll(
		() => page.getByTestId('stage-area-customers').innerText(),
		(text) => five.test(text),
		'five-stage names in the legend'
	);
	assert(five.test(legend), `five-stage names in the legend: ${legend}`);
	await page.getByTestId('naming-four').check();

	// 4. Exit patterns: all four have customers, and their curves have the textbook shapes.
	await openTab(page, 'patterns');
	await page.getByTestId('life-curves').waitFor({ timeout: 60_000 });
	const counts = {};
	for (const p of ['I', 'II', 'III', 'IV', 'active'])
		counts[p] = Number(
			(await page.getByTestId(`pattern-count-${p}`).innerText()).replace(/[^\d]/g, '')
		);
	for (const p of ['I', 'II', 'III', 'IV']) assert(counts[p] > 0, `pattern ${p} has customers`);
	const frame = page.locator('figure.chart', { has: page.getByTestId('life-curves') });
	const { header, rows: curveRows } = await frameTable(frame);
	const col = (i) => curveRows.map((r) => r[i]);
	// Columns: k, I, II, III, IV, active.
	// I is read from the acquisition month; II–IV after its spike.
	const [I, II, III, IV] = [1, 2, 3, 4].map((i) => shape(col(i), i === 1 ? 0 : 1));
	// I: one or two small early purchases, then nothing.
	assert(
		I.peakAt === 0 && I.v.slice(3).every((x) => x === null || x < I.peak / 4),
		`I: early only ${I.v.slice(0, 6)}`
	);
	assert(I.v[0] < IV.peak / 2, `I: small purchases (${I.v[0]} vs IV peak ${IV.peak})`);
	// II rises then stops; III holds a plateau then stops; IV holds a long plateau.
	assert(II.peakAt >= 2 && II.peak > II.v[1] * 1.5, `II rises: ${II.v.slice(0, 10)}`);
	assert(
		I.halfLife < II.halfLife && II.halfLife < III.halfLife && III.halfLife < IV.halfLife,
		`each pattern lasts longer: ${[I, II, III, IV].map((s) => s.halfLife)}`
	);
	assert(III.plateau >= 4, `III plateau ${III.plateau}: ${III.v.slice(0, 16)}`);
	assert(IV.plateau >= 8 && IV.plateau > III.plateau, `IV long plateau ${IV.plateau}`);
	assert(header.length === 6, `curve table header ${header}`);
	await shot(page, `lifecycle-patterns-${lang}`);

	if (lang === 'zh') {
		const body = await page.locator('main').innerText();
		const english =
			body
				.replace(
					/Retail \w+|Kaplan–Meier|Fader|Hardie|Greenwood|log-log|sBG|CSV|SVG|PNG|Pareto/g,
					''
				)
				.replace(/C\d{5}|\d/g, '')
				.match(/\b[A-Za-z]{4,}\b/g) ?? [];
		assert(english.length === 0, `English words on the Chinese page: ${english.slice(0, 10)}`);
	}
}

export const tests = [
	{
		name: 'lifecycle view on the teaching sample, English and Chinese',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl, { viewport: { width: 1280, height: 900 } });
			try {
				await loadSample(b.page, baseUrl);
				await checkLanguage(b, baseUrl, 'en');
				await checkLanguage(b, baseUrl, 'zh');
				assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	},
	{
		name: 'a file spanning one month gets a clear message instead of charts',
		async run({ baseUrl }) {
			const dir = mkdtempSync(join(tmpdir(), 'crm-lc-'));
			const file = join(dir, 'one-month.csv');
			writeFileSync(
				file,
				'customer_id,date,amount\nA1,2024-05-02,10\nA2,2024-05-03,12\nA1,2024-05-20,8\nA3,2024-05-28,5\n'
			);
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.goto(baseUrl + '/data/?lang=en');
				await page.getByTestId('file-input').setInputFiles(file);
				const card = page.locator('article.job').last();
				await card.locator('button', { hasText: /Check all rows/ }).click();
				await card.locator('section.report').waitFor({ timeout: 60_000 });
				await card.locator('button', { hasText: /^Import / }).click();
				await card.locator('p.good').waitFor({ timeout: 60_000 });
				await page.goto(baseUrl + '/lifecycle/?lang=en');
				const warn = page.locator('p.warn', { hasText: /at least two periods/ }).first();
				await warn.waitFor({ timeout: 30_000 });
				assert((await page.getByTestId('cohort-heatmap').count()) === 0, 'no empty heatmap');
				await shot(page, 'lifecycle-too-short-en');
				await openTab(page, 'stages');
				await page
					.locator('p.warn', { hasText: /at least two periods/ })
					.first()
					.waitFor();
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
