// Issue 22: the report asks the engine once per analysis and section. Opened on stored data
// (a reload), the workspace reads its records, selection and settings in several steps, each
// replacing objects by equal ones; the views' effects used to ask again at each step (the
// scores four times, the CLV fit and the KPI strip's key figures again and again, with the
// report ~40 s from rest under load). The engine client counts the runs asked for per analysis
// (`?bench` exposes them); the figures shown are the same whatever the count.
import { assert, openBrowser, settled } from './harness.js';

export const tests = [
	{
		name: 'the report opened on stored data asks for each analysis once per section',
		async run({ baseUrl }) {
			const b = await openBrowser(baseUrl);
			try {
				const { page } = b;
				// The sample stored in this profile's database (the loaded status says it is in).
				await page.goto(`${baseUrl}/?sample=retail&lang=en`);
				await page.locator('p.good[role="status"]').waitFor();
				await page.goto(`${baseUrl}/report/?bench&lang=en`);
				await page.locator('[data-testid="report-include-segments"]:checked').waitFor();
				await page.locator('[data-section="clv"] figure.chart svg').first().waitFor();
				await settled(page);
				const counts = new Map(await page.evaluate(() => [...window.__crmBench.engine.requested]));
				// One KPI strip (with its page's key figure) per analysis section on the sheet.
				const strips = await page
					.locator('[data-section]')
					.evaluateAll(
						(els) =>
							els.filter((e) =>
								['segments', 'clv', 'lifecycle', 'satisfaction'].includes(e.dataset.section)
							).length
					);
				assert(strips === 4, `analysis sections on the report: ${strips}`);
				const expected = new Map([
					['segmentsRfm', 1],
					['clvFit', 1],
					['clvIntervals', 1],
					['lifecycleOverview', 1],
					['satisfactionSurvey', 1],
					['kpiStrip', strips],
					['kpiKeyFigure', strips]
				]);
				const text = JSON.stringify([...counts]);
				for (const [name, n] of expected)
					assert(
						counts.get(name) === n,
						`${name}: ${counts.get(name)} runs, expected ${n}: ${text}`
					);
				assert(b.errors.length === 0, `page errors: ${b.errors.join(' | ')}`);
			} finally {
				await b.close();
			}
		}
	}
];
