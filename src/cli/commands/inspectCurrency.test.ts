import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFile } from '../loadFile';
import { inspectReport } from './inspect';
import { documentedCurrency } from '../documentedCurrency';

const dir = mkdtempSync(join(tmpdir(), 'inspect-currency-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

// Hand-made files: what a reader of each would say its currency is.
const cases: [string, string, string | null, string[]][] = [
	['symbols', 'customer,date,amount\nc1,2024-01-02,¥12.50\nc2,2024-01-03,¥8\n', 'CNY', ['CNY']],
	[
		'header',
		'customer,date,amount_usd\nc1,2024-01-02,12.50\nc1,2024-01-03,8\nc2,2024-01-05,3.20\n',
		'USD',
		[]
	],
	['none', 'customer,date,amount\nc1,2024-01-02,12.50\nc2,2024-01-03,8\n', null, []],
	[
		'mixed: reported, not guessed',
		'customer,date,amount\nc1,2024-01-02,$12.50\nc2,2024-01-03,€8\nc3,2024-01-04,$1\n',
		null,
		['USD', 'EUR']
	]
];

describe('cli inspect prints the currency', () => {
	it.each(cases)('%s', (name, text, currency, found) => {
		const out = inspectReport(loadFile(file(`${name.split(':')[0]}.csv`, text), {}));
		expect(out.currency).toBe(currency);
		expect(out.currencies.map((c) => c.code)).toEqual(found);
	});

	it('the teaching sample: the currency its manifest states (docs/samples.md: CNY)', () => {
		const file = 'static/samples/retail/customers_zh.csv';
		expect(documentedCurrency(file)).toBe('CNY');
		expect(inspectReport(loadFile(file, {}), documentedCurrency(file)).currency).toBe('CNY');
		expect(documentedCurrency('tests/fixtures/shops/jdOrders.csv')).toBeNull();
	});

	it('a shop export: the currency its orders counted, the others listed', () => {
		const out = inspectReport(loadFile('tests/fixtures/shops/shopifyOrders.csv', {}));
		expect(out.currency).toBe('CNY');
		expect(out.currencies.map((c) => c.code)).toEqual(['CNY', 'USD']);
	});
});
