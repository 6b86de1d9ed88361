// Issue 22: the report mounts its sections one at a time (Lighthouse mobile lost its points to
// the long tasks of four whole views drawn at once). Printing must still get the whole report:
// the Print button waits until every section is mounted and at rest, and the browser's own
// print (Ctrl+P, which cannot wait) mounts every section in its `beforeprint` handler.
import { assert, openBrowser } from './harness.js';

/** Stands in for the print dialog: records what the report looks like when it would open. */
function stubPrint() {
	window.print = () => {
		const sheet = document.querySelector('[data-testid="report-sheet"]');
		window.__printed = {
			staged: [...sheet.querySelectorAll('[data-section]')].map(
				(s) => `${s.dataset.section}:${s.dataset.staged}`
			),
			loading: /Loading…|Fitting/.test(sheet.innerText),
			charts: [...sheet.querySelectorAll('[data-section]')].map(
				(s) => `${s.dataset.section}:${s.querySelectorAll('figure svg').length}`
			)
		};
	};
}

export const tests = [
	{
		name: 'report: sections mount one at a time; Print and beforeprint get every section',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				await page.addInitScript(stubPrint);
				await page.goto(`${baseUrl}/?sample=retail&lang=en`);
				await page.locator('p.good[role="status"]').waitFor();
				await page.goto(`${baseUrl}/report/?lang=en`);
				await page.locator('[data-testid="report-include-segments"]:checked').waitFor();
				// Satisfaction, last in the order, waits for the three analyses above it.
				await page.locator('[data-section="satisfaction"][data-staged="pending"]').waitFor();
				// Print while sections are still to come: the button waits (a status says so).
				await page.getByTestId('report-print').click();
				await page.getByTestId('report-print-waiting').waitFor();
				await page.waitForFunction(() => window.__printed, null, { timeout: 120_000 });
				const printed = await page.evaluate(() => window.__printed);
				const text = JSON.stringify(printed);
				assert(printed.staged.length === 6, `sections on the sheet: ${text}`);
				assert(
					printed.staged.every((s) => s.endsWith(':mounted')),
					`printed before every section was mounted: ${text}`
				);
				assert(!printed.loading, `printed while a section was loading: ${text}`);
				for (const id of ['segments', 'clv', 'lifecycle', 'satisfaction'])
					assert(
						printed.charts.some((c) => c.startsWith(`${id}:`) && !c.endsWith(':0')),
						`no chart drawn in ${id} when printed: ${text}`
					);
				await page.getByTestId('report-print-waiting').waitFor({ state: 'detached' });

				// Ctrl+P cannot wait: its beforeprint mounts every section there and then.
				await page.reload();
				await page.locator('[data-testid="report-include-segments"]:checked').waitFor();
				await page.locator('[data-section="satisfaction"][data-staged="pending"]').waitFor();
				const [before, after] = await page.evaluate(() => {
					const read = () =>
						[...document.querySelectorAll('[data-section]')].filter(
							(s) => s.dataset.staged === 'pending'
						).length;
					const pending = read();
					window.dispatchEvent(new Event('beforeprint'));
					return [pending, read()];
				});
				assert(before > 0, `sections pending before beforeprint: ${before}`);
				assert(after === 0, `sections still pending after beforeprint: ${after}`);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
