// Presentation mode as slides on the teaching sample, in English and Chinese, at 1280×720 and
// 1920×1080: one chart per slide, nothing scrolls and every part of the slide is on screen,
// arrow keys, PageDown and the buttons move, Esc leaves; on the report the slides are its
// selected sections' charts.
import { assert, openBrowser, settled, shot, visit } from './harness.js';

/** Scroll sizes of the document and the deck, and any slide part outside the screen. */
async function fits(page) {
	return page.evaluate(() => {
		const se = document.scrollingElement;
		const deck = document.querySelector('[data-testid="slides"]');
		const out = [];
		for (const el of deck.querySelectorAll('h2, p, footer, .stage svg, .legend')) {
			const r = el.getBoundingClientRect();
			if (r.width === 0) continue;
			if (
				r.left < -0.5 ||
				r.top < -0.5 ||
				r.right > innerWidth + 0.5 ||
				r.bottom > innerHeight + 0.5
			)
				out.push(`${el.tagName} ${JSON.stringify([r.left, r.top, r.right, r.bottom])}`);
		}
		const svg = deck.querySelector('.stage svg')?.getBoundingClientRect();
		// The copied chart must show: some of its marks visible, not inherited hidden.
		const marks = [...deck.querySelectorAll('.stage svg rect, .stage svg path, .stage svg text')];
		if (!marks.some((m) => getComputedStyle(m).visibility === 'visible'))
			out.push('chart marks are hidden');
		return {
			docW: se.scrollWidth,
			docH: se.scrollHeight,
			deckW: deck.scrollWidth - deck.clientWidth,
			deckH: deck.scrollHeight - deck.clientHeight,
			out,
			svg: svg ? [svg.width, svg.height] : null,
			w: innerWidth,
			h: innerHeight
		};
	});
}

async function assertFits(page, where) {
	const f = await fits(page);
	assert(
		f.docW <= f.w && f.docH <= f.h,
		`${where}: page scrolls ${f.docW}×${f.docH} in ${f.w}×${f.h}`
	);
	assert(f.deckW <= 0 && f.deckH <= 0, `${where}: slide overflows by ${f.deckW}×${f.deckH}`);
	assert(f.out.length === 0, `${where}: off screen: ${f.out.join('; ')}`);
	assert(f.svg && f.svg[0] > f.w * 0.4 && f.svg[1] > f.h * 0.35, `${where}: chart ${f.svg}`);
}

const counter = (page) => page.getByTestId('slide-counter').innerText();

async function slidesIn(baseUrl, lang) {
	const b = await openBrowser(baseUrl, { viewport: { width: 1280, height: 720 } });
	try {
		const { page } = b;
		await page.goto(`${baseUrl}/?sample=retail&lang=${lang}&view=segments`);
		await page.waitForURL(/\/segments\//, { timeout: 60_000 });
		await page.getByTestId('segments-shares').locator('svg').first().waitFor({ timeout: 90_000 });
		await page.getByTestId('pareto-chart').locator('svg').first().waitFor({ timeout: 90_000 });
		await page.getByTestId('present-toggle').click();
		await page.getByTestId('slide-stage').locator('svg').waitFor();
		const first = await counter(page);
		assert(/\b1\b/.test(first), `${lang}: starts at ${first}`);
		const total = Number(first.match(/(\d+)\D*$/)[1]);
		assert(total >= 8, `${lang}: only ${total} slides`);
		const t1 = await page.getByTestId('slide-title').innerText();
		const take = await page.getByTestId('slide-takeaway').innerText();
		assert(t1 && take, `${lang}: slide 1 has title “${t1}” and takeaway “${take}”`);
		await assertFits(page, `${lang} 1280×720 slide 1`);
		await shot(page, `slides-${lang}-1280-1`);

		await page.keyboard.press('ArrowRight');
		await page.waitForFunction(
			(was) => document.querySelector('[data-testid="slide-title"]')?.textContent?.trim() !== was,
			t1
		);
		assert(/\b2\b/.test(await counter(page)), `${lang}: ArrowRight → ${await counter(page)}`);
		await page.keyboard.press('PageDown');
		await page.getByTestId('slide-counter').filter({ hasText: /\b3\b/ }).waitFor();
		await page.keyboard.press('ArrowLeft');
		await page.getByTestId('slide-counter').filter({ hasText: /\b2\b/ }).waitFor();
		await page.getByTestId('slide-next').click();
		await page.getByTestId('slide-counter').filter({ hasText: /\b3\b/ }).waitFor();
		const scrolled = await page.evaluate(() => [scrollX, scrollY]);
		assert(scrolled[0] === 0 && scrolled[1] === 0, `${lang}: keys scrolled the page ${scrolled}`);
		await assertFits(page, `${lang} 1280×720 slide 3`);
		await shot(page, `slides-${lang}-1280-3`);

		// Every slide fits, to the last.
		for (let i = 3; i < total; i++) {
			await page.keyboard.press('ArrowRight');
			await page
				.getByTestId('slide-counter')
				.filter({ hasText: new RegExp(`\\b${i + 1}\\b`) })
				.waitFor();
			await assertFits(page, `${lang} 1280×720 slide ${i + 1}`);
		}

		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.keyboard.press('Home');
		await page.getByTestId('slide-counter').filter({ hasText: /\b1\b/ }).waitFor();
		await page.waitForFunction(() => innerWidth === 1920);
		await assertFits(page, `${lang} 1920×1080`);
		await shot(page, `slides-${lang}-1920-1`);

		await page.keyboard.press('Escape');
		await page.getByTestId('slides').waitFor({ state: 'detached' });
		await page.locator('nav#nav').waitFor({ state: 'visible' });
		assert(
			!(await page.evaluate(() => document.documentElement.classList.contains('presenting'))),
			`${lang}: still presenting after Esc`
		);

		// The report: its selected sections' charts are the slides.
		await page.setViewportSize({ width: 1280, height: 720 });
		// Inside the app (harness visit()): the report reuses the Segments page's results.
		await visit(page, `/report/?lang=${lang}`);
		const sheet = page.getByTestId('report-sheet');
		await sheet
			.locator('[data-section="satisfaction"] figure svg')
			.first()
			.waitFor({ timeout: 90_000 });
		await settled(page);
		const inSheet = await sheet.locator('figure.chart').count();
		await page.getByTestId('present-toggle').click();
		await page.getByTestId('slide-stage').locator('svg').waitFor();
		const reportTotal = Number((await counter(page)).match(/(\d+)\D*$/)[1]);
		assert(
			reportTotal > 0 && reportTotal <= inSheet,
			`${lang}: report slides ${reportTotal} of ${inSheet} figures`
		);
		await assertFits(page, `${lang} report slide`);
		await shot(page, `slides-${lang}-report`);
		// Each slide's takeaway is its own chart's: one view's headline (the Pareto's) is not
		// repeated on every chart of that view's section, and no "click …" hint is a takeaway.
		const takeaways = [];
		for (let guard = 0; guard < 200; guard++) {
			const at = await counter(page);
			takeaways.push(await page.getByTestId('slide-takeaway').innerText());
			const [now, all] = (at.match(/\d+/g) ?? []).map(Number);
			if (!(now < all)) break;
			const was = await page.getByTestId('slide-counter').textContent();
			await page.keyboard.press('ArrowRight');
			await page.waitForFunction(
				(was) => document.querySelector('[data-testid="slide-counter"]')?.textContent !== was,
				was
			);
		}
		const times = new Map();
		for (const line of takeaways) times.set(line, (times.get(line) ?? 0) + 1);
		const repeated = [...times].filter(([line, n]) => line && n > 3);
		assert(repeated.length === 0, `${lang}: takeaways repeated: ${JSON.stringify(repeated)}`);
		const clicks = takeaways.filter((l) => /click|点击/i.test(l));
		assert(clicks.length === 0, `${lang}: click hints as takeaways: ${clicks.join(' | ')}`);
		assert(b.foreign.length === 0, `requests left the origin: ${b.foreign.join(', ')}`);
	} finally {
		await b.close();
	}
}

export const tests = [
	{ name: 'slides: present as slides, en', run: ({ baseUrl }) => slidesIn(baseUrl, 'en') },
	{ name: 'slides: present as slides, zh', run: ({ baseUrl }) => slidesIn(baseUrl, 'zh') }
];
