// The printed report page by page, for a person to look at: Chromium prints the teaching
// sample's report (A4 portrait by default) to PDF in each language given, the headings left
// alone at a page's foot are listed (tests/e2e/lonelyHeadings.js), and every page is drawn at
// 50 dpi into one contact sheet (pdftoppm, ImageMagick's montage).
// `node scripts/bench/printPages.js en zh` after `vite build`; files in tests/.artifacts/print/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { closeSharedBrowser, openBrowser, settled, startSite } from '../../tests/e2e/harness.js';
import { lonelyHeadings } from '../../tests/e2e/lonelyHeadings.js';

const OUT = 'tests/.artifacts/print';
const langs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const paper = process.argv.find((a) => a.startsWith('--paper='))?.slice(8) ?? 'A4';

mkdirSync(OUT, { recursive: true });
const { server, baseUrl } = await startSite();
try {
	for (const lang of langs.length ? langs : ['en', 'zh']) {
		const b = await openBrowser(baseUrl);
		try {
			const { page } = b;
			await page.goto(`${baseUrl}/?sample=retail&lang=${lang}&view=report`);
			await page.waitForURL(/\/report\/$/, { timeout: 60_000 });
			const sheet = page.getByTestId('report-sheet');
			await page.locator('[data-testid="report-include-segments"]:checked').waitFor();
			await sheet.locator('[data-section="satisfaction"] figure svg').first().waitFor();
			await page.getByTestId('report-paper').selectOption(paper);
			await settled(page, 300_000);
			const headings = await sheet.evaluate((el) =>
				[...el.querySelectorAll('h1, h2, h3, h4')].map((h) => {
					const c = h.cloneNode(true);
					for (const n of c.querySelectorAll('button:not(.link), .no-print, .hint')) n.remove();
					return c.textContent.trim();
				})
			);
			const file = join(OUT, `report-${lang}-${paper}.pdf`);
			await page.pdf({ path: file, preferCSSPageSize: true });
			const lonely = lonelyHeadings(file, headings);
			const stem = `report-${lang}-${paper}-page`;
			for (const f of readdirSync(OUT)) if (f.startsWith(stem)) rmSync(join(OUT, f));
			execFileSync('pdftoppm', ['-r', '50', '-png', file, join(OUT, stem)]);
			const pages = readdirSync(OUT)
				.filter((f) => f.startsWith(stem))
				.sort()
				.map((f) => join(OUT, f));
			const sheetFile = join(OUT, `report-${lang}-${paper}-pages.png`);
			execFileSync('montage', [
				...pages,
				'-tile',
				'6x',
				'-geometry',
				'+4+4',
				'-background',
				'#888',
				sheetFile
			]);
			console.log(
				`${lang} ${paper}: ${pages.length} pages, ${lonely.length} headings alone at a page foot` +
					(lonely.length ? `: ${lonely.map((l) => `p${l.page} ${l.heading}`).join('; ')}` : '') +
					` (contact sheet ${sheetFile})`
			);
		} finally {
			await b.close();
		}
	}
} finally {
	// The harness's Chromium is shared and outlives the contexts: without this, node never exits.
	await closeSharedBrowser();
	server.close();
}
