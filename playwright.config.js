// The end-to-end tests on @playwright/test, in Debian's Chromium (tests/e2e/chromium.js; no
// browser is ever downloaded). The test files are tests/e2e/*.e2e.js, each exporting
// `tests: [{ name, run({ baseUrl }) }]`; tests/e2e/all.spec.js registers every one of them as a
// Playwright test, heaviest first. `npm run e2e -- <filter>` runs the tests whose
// "file › name" contains the filter (scripts/e2e.js turns it into --grep).
import { defineConfig } from '@playwright/test';

// Dates in the app and in the tests are read in UTC (the workers and Chromium inherit this).
process.env.TZ ??= 'UTC';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: 'all.spec.js',
	// One worker per core of the CI machine; each test has its own browser profile, so workers
	// share nothing but the static server.
	workers: Math.max(1, Number(process.env.E2E_WORKERS ?? 2) || 1),
	fullyParallel: true,
	// A failed test runs once more, recording a trace (tests/.artifacts/traces/), and the run
	// still fails: a test that passes only on its rerun is "flaky", which fails the run too.
	retries: Number(process.env.E2E_RETRIES ?? 1),
	failOnFlakyTests: true,
	// A limit, not a wait: a test's own waits are 90 s each and a machine under load may take
	// several times its usual time; a test that hangs still ends.
	timeout: Number(process.env.E2E_TEST_TIMEOUT ?? 900_000),
	globalSetup: './tests/e2e/globalSetup.js',
	outputDir: 'tests/.artifacts/test-results',
	// The key views' baselines (tests/e2e/visual.e2e.js), one file per view and language.
	// Refresh after an intended change: npm run e2e -- visual --update-snapshots
	snapshotPathTemplate: '{testDir}/visual-snapshots/{arg}{ext}',
	expect: {
		toHaveScreenshot: { animations: 'disabled', caret: 'hide', scale: 'css' }
	},
	reporter: [
		['list'],
		['html', { outputFolder: 'tests/.artifacts/html', open: 'never' }],
		['./tests/e2e/timesReporter.js']
	]
});
