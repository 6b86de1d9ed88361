// NPS compared between periods on the Satisfaction page (teaching sample): the KPI strip's key
// figure is the survey's NPS, and with "last 12 months vs the previous 12" both windows' NPS,
// in the strip and in the comparison card, equal a plain count of the survey file — promoters
// answered 9–10 to `recommend`, detractors 0–6, "don't know" is no answer. English at 1280 px,
// Chinese at 390 px (the Chinese file has the same answers; checked by this test's count of
// both files being the same rows).
import { between, retailNps } from '../helpers/retailNps.js';
import { assert, openBrowser, poll, settled, shot } from './harness.js';

/** NPS of the answers dated between two ISO days (both inclusive). */
const counted = (from = '0000', to = '9999') => retailNps(between(from, to));
// "+12.1" / "−3.4" / "-3.4" → a number.
const number = (s) => Number(s.replace(/[−–]/g, '-').replace(/[^\d.+-]/g, ''));
const close = (shown, exact) => Math.abs(shown - exact) <= 0.05 + 1e-9;

async function check(baseUrl, lang, width) {
	const b = await openBrowser(baseUrl, { viewport: { width, height: 720 } });
	try {
		const { page } = b;
		await page.goto(`${baseUrl}/?sample=retail&lang=${lang}&view=satisfaction`);
		const strip = page.getByTestId('kpi-strip');
		const key = strip.getByTestId('kpi-key');
		await strip.locator('[data-testid="kpi-key"][aria-busy="false"]').waitFor({ timeout: 90_000 });
		const all = counted();
		const shownAll = number(await key.locator('.value').innerText());
		assert(
			close(shownAll, all.score),
			`${lang}: NPS of all answers ${all.score}, shown ${shownAll}`
		);

		await strip.getByTestId('kpi-preset').selectOption('last12m');
		await strip.getByTestId('kpi-compare').selectOption('previous');
		const card = page.getByTestId('nps-compare');
		const caption = card.getByTestId('nps-compare-caption');
		await card.getByTestId('nps-compare-table').waitFor({ timeout: 90_000 });
		const text = await poll(
			() => caption.innerText(),
			(t) => (t.match(/\d{4}-\d{2}-\d{2}/g) ?? []).length === 4,
			`${lang}: the comparison card names both windows`
		);
		const [f1, t1, f0, t0] = text.match(/\d{4}-\d{2}-\d{2}/g);
		assert(f1 === '2024-01-01' && t1 === '2024-12-31', `${lang}: period ${f1} – ${t1}`);
		assert(f0 === '2023-01-01' && t0 === '2023-12-31', `${lang}: comparison ${f0} – ${t0}`);
		const now = counted(f1, t1);
		const before = counted(f0, t0);
		const row = (k) => card.locator(`tr[data-key="${k}"]`);
		const shownNow = number(await row('now').getByTestId('nps-value').innerText());
		const shownBefore = number(await row('before').getByTestId('nps-value').innerText());
		assert(close(shownNow, now.score), `${lang}: NPS now ${now.score}, shown ${shownNow}`);
		assert(
			close(shownBefore, before.score),
			`${lang}: NPS before ${before.score}, shown ${shownBefore}`
		);
		const answersNow = number(await row('now').locator('td').first().innerText());
		assert(answersNow === now.n, `${lang}: answers now ${now.n}, shown ${answersNow}`);
		// The strip's key figure is the same number, its change the difference in points.
		const stripDelta = strip.getByTestId('kpi-key-delta');
		await stripDelta.waitFor({ timeout: 90_000 });
		await poll(
			async () => number(await key.locator('.value').innerText()),
			(v) => close(v, now.score),
			`${lang}: strip NPS, counted ${now.score}`
		);
		const change = now.score - before.score;
		await poll(
			() => stripDelta.innerText(),
			(text) =>
				text.includes(change > 0 ? '▲' : '▼') &&
				close(Math.abs(number(text.replace(/[▲▼]/g, ''))), Math.abs(change)),
			`${lang}: strip change ${change}`
		);
		const said = await card.getByTestId('nps-compare-change').innerText();
		assert(said.includes(change > 0 ? '▲' : '▼'), `${lang}: change sentence "${said}"`);
		await settled(page);
		await strip.screenshot({ path: `tests/.artifacts/screenshots/nps-kpi-${lang}-${width}.png` });
		await card.scrollIntoViewIfNeeded();
		await card.screenshot({
			path: `tests/.artifacts/screenshots/nps-compare-${lang}-${width}.png`
		});
		await shot(page, `nps-page-${lang}-${width}`);
		assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
	} finally {
		await b.close();
	}
}

export const tests = [
	{
		name: 'nps compared: the strip’s NPS and last 12 months vs the previous 12, against a plain count (en 1280)',
		run: ({ baseUrl }) => check(baseUrl, 'en', 1280)
	},
	{
		name: 'nps compared: the strip’s NPS and last 12 months vs the previous 12, against a plain count (zh 390)',
		run: ({ baseUrl }) => check(baseUrl, 'zh', 390)
	}
];
