// `node scripts/axeProbe.js [en|zh]` (after a build): times, on each route of the a11y walk,
// the wait for the page at rest and one axe audit in each of @axe-core/playwright's two modes
// on that same page state — the default (axe.runPartial in the page, axe.finishRun in a new
// blank page) and setLegacyMode() (axe.run in the page) — and checks that both report the same
// rules as violated, passed, incomplete and inapplicable. The measurement behind the a11y
// walk's choice of mode (docs/testing.md); not part of npm test.
import { AxeBuilder } from '@axe-core/playwright';
import {
	closeSharedBrowser,
	loadTeachingSample,
	openBrowser,
	settled,
	startSite,
	visit
} from '../tests/e2e/harness.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const ROUTES = [
	'/',
	'/churn/',
	'/clv/',
	'/compare/',
	'/crossbuy/',
	'/data/',
	'/learn/',
	'/learn/handout/',
	'/lifecycle/',
	'/referral/',
	'/report/',
	'/satisfaction/',
	'/segments/'
];

const lang = process.argv[2] ?? 'en';
// Optional: only these routes (e.g. / /clv/ /segments/), for a quick look on a busy machine.
const only = process.argv.slice(3);
const walk = only.length ? ROUTES.filter((r) => only.includes(r)) : ROUTES;

/** One audit; returns its time in ms and the rule ids of each result group. */
async function audit(page, legacy) {
	const t0 = performance.now();
	let builder = new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] });
	if (legacy) builder = builder.setLegacyMode();
	const r = await builder.analyze();
	const ms = performance.now() - t0;
	const ids = (list) =>
		list
			.map((x) => x.id)
			.sort()
			.join(',');
	return {
		ms,
		groups: {
			violations: ids(r.violations),
			passes: ids(r.passes),
			incomplete: ids(r.incomplete),
			inapplicable: ids(r.inapplicable)
		},
		violationNodes: r.violations.reduce((s, v) => s + v.nodes.length, 0)
	};
}

const { server, baseUrl } = await startSite();
const b = await openBrowser(baseUrl, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
const rows = [];
try {
	const { page } = b;
	await loadTeachingSample(page, baseUrl, { lang });
	for (const [i, path] of walk.entries()) {
		const t0 = performance.now();
		await visit(page, `${path}?lang=${lang}`);
		await settled(page);
		const ready = performance.now() - t0;
		const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
		// Once each, the first mode alternating by route, so a passing burst of load does not
		// favour one mode.
		const first = await audit(page, i % 2 === 1);
		const second = await audit(page, i % 2 === 0);
		const [p1, l1] = i % 2 === 0 ? [first, second] : [second, first];
		const same = JSON.stringify(p1.groups) === JSON.stringify(l1.groups);
		rows.push({
			path,
			nodes,
			readyMs: Math.round(ready),
			partialMs: Math.round(p1.ms),
			legacyMs: Math.round(l1.ms),
			violations: `${p1.violationNodes}/${l1.violationNodes}`,
			sameRules: same
		});
		console.log(JSON.stringify(rows.at(-1)));
		if (!same) {
			console.log(JSON.stringify({ partial: p1.groups, legacy: l1.groups }, null, 1));
			process.exitCode = 1;
		}
	}
	// Both modes must also find what is wrong: an image without alt text and a button without
	// a name, put into the last page.
	await b.page.evaluate(() => {
		const main = document.querySelector('main');
		const img = document.createElement('img');
		img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
		main.prepend(img, document.createElement('button'));
	});
	const partial = await audit(b.page, false);
	const legacy = await audit(b.page, true);
	console.log(
		`planted faults: partial ${partial.groups.violations} (${partial.violationNodes} nodes), ` +
			`legacy ${legacy.groups.violations} (${legacy.violationNodes} nodes)`
	);
	if (partial.groups.violations !== legacy.groups.violations || !legacy.violationNodes)
		process.exitCode = 1;
} finally {
	await b.close();
	await closeSharedBrowser();
	server.close();
}
const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log(
	`${lang}: ready ${sum('readyMs')} ms, axe partial ${sum('partialMs')} ms, axe legacy ${sum('legacyMs')} ms`
);
