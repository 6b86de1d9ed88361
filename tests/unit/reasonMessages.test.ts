// Every reason a row can be rejected for has a sentence in both languages, so the report
// never shows a raw key such as "reason.cell_too_long". The reasons are read from the type.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/lib/i18n/messages/index';

const source = readFileSync('src/lib/data/validate/types.ts', 'utf8');
const union = /export type RejectReason =([^;]+);/.exec(source)?.[1] ?? '';
const reasons = [...union.matchAll(/'([a-z_0-9]+)'/g)].map((m) => m[1]);

describe('rejection reasons', () => {
	it('are read from RejectReason', () => {
		expect(reasons).toContain('unclosed_quote');
		expect(reasons).toContain('cell_too_long');
		expect(reasons).toContain('amount_too_large');
	});
	it.each(reasons)('%s has English and Chinese text', (reason) => {
		const key = `reason.${reason}`;
		expect(dictionaries.en[key]?.length).toBeGreaterThan(0);
		expect(dictionaries.zh[key]?.length).toBeGreaterThan(0);
		expect(dictionaries.zh[key]).not.toBe(dictionaries.en[key]);
	});
});
