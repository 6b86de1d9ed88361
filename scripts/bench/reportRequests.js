// How many engine runs the printable report asks for while its sections load (issue 22): the
// teaching sample is stored, then the report is opened on it (a fresh page load, as after a
// reload) with every section the data allows ticked, and left until at rest. Prints the runs
// per analysis (the engine client's `requested` counts, exposed by `?bench`) and the time from
// navigation to rest. `node scripts/bench/reportRequests.js` against a fresh `vite build`.
import { openBrowser, settled, startSite } from '../../tests/e2e/harness.js';

/** Runs per analysis and ms from navigation to rest, on the report of the teaching sample. */
export async function reportRequests(baseUrl, { lang = 'en' } = {}) {
	const b = await openBrowser(baseUrl);
	try {
		const { page } = b;
		await page.goto(`${baseUrl}/?sample=retail&lang=${lang}`);
		await page.locator('p.good[role="status"]').waitFor({ timeout: 120_000 });
		const t0 = Date.now();
		await page.goto(`${baseUrl}/report/?bench&lang=${lang}`);
		await page.locator('[data-testid="report-include-segments"]:checked').waitFor();
		await settled(page, 300_000);
		const ms = Date.now() - t0;
		const counts = await page.evaluate(() =>
			Object.fromEntries(window.__crmBench.engine.requested)
		);
		return { ms, counts };
	} finally {
		await b.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { server, baseUrl } = await startSite();
	try {
		console.log(JSON.stringify(await reportRequests(baseUrl), null, 1));
	} finally {
		server.close();
	}
}
