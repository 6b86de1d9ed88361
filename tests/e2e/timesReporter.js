// A Playwright reporter that, with E2E_TIMES=file.json, writes each test's time in ms (rounded
// to the second) under its "file › name" title: the shape of weights.json, to refresh it from
// a whole run (E2E_TIMES=tests/e2e/weights.json npm run e2e). Without E2E_TIMES it does nothing.
import { writeFileSync } from 'node:fs';

export default class TimesReporter {
	times = new Map();

	onTestEnd(test, result) {
		this.times.set(test.title, Math.round(result.duration / 1000) * 1000);
	}

	onEnd() {
		const file = process.env.E2E_TIMES;
		if (!file) return;
		const table = Object.fromEntries([...this.times].sort(([a], [b]) => a.localeCompare(b)));
		writeFileSync(file, JSON.stringify(table, null, '\t') + '\n');
	}

	printsToStdio() {
		return false;
	}
}
