// One DuckDB-WASM run in a fresh headless Chromium profile: start-up (worker, WebAssembly
// compile and instantiate, connect), then file → read_csv → RFM table with NTILE scores.
import { openBrowser } from '../../tests/e2e/harness.js';
import { watchRendererMemory } from './rendererMemory.js';

export async function duckdbRun(duckUrl, path) {
	const memory = watchRendererMemory();
	const b = await openBrowser(duckUrl);
	try {
		const { page } = b;
		await page.goto(`${duckUrl}/`);
		await page.waitForFunction(() => window.__duck?.marks.ready || window.__duck?.error, null, {
			timeout: 120_000
		});
		await page.locator('#file').setInputFiles(path);
		await page.waitForFunction(() => window.__duck.done, null, { timeout: 300_000, polling: 50 });
		const s = await page.evaluate(() => window.__duck);
		if (s.error) throw new Error(`DuckDB: ${s.error}`);
		if (b.foreign.length) throw new Error(`DuckDB page left the origin: ${b.foreign[0]}`);
		return {
			startup: s.marks.ready - s.marks.start,
			fileToRfm: s.marks.rfm - s.marks.drop,
			total: s.marks.ready - s.marks.start + (s.marks.rfm - s.marks.drop),
			customers: s.rows,
			txRows: s.txRows,
			peakRenderer: memory.peak()
		};
	} finally {
		memory.stop();
		await b.close();
	}
}
