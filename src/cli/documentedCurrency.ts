// The currency a sample's manifest states for one of its files (static/samples/*/manifest.json,
// written by scripts/make-samples.ts): the app declares it when it loads the sample, so the CLI
// reports the same for the same file. Null for any other file.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isCurrencyCode } from '../lib/analytics/currency';

export function documentedCurrency(file: string): string | null {
	const path = join(dirname(file), 'manifest.json');
	if (!existsSync(path)) return null;
	try {
		const m = JSON.parse(readFileSync(path, 'utf8'));
		const listed =
			Array.isArray(m?.files) &&
			m.files.some((f: { name?: unknown }) => f?.name === basename(file));
		return m?.format === 'crm-workbench-sample' && listed && isCurrencyCode(m.currency)
			? m.currency
			: null;
	} catch {
		return null; // A manifest that does not parse states nothing.
	}
}
