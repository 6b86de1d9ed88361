import { describe, expect, it } from 'vitest';
import { CliError } from '../args';
import { loadFile } from '../loadFile';
import { headMapping } from '../stream/headMapping';
import { inspectReport } from './inspect';

describe('cli inspect on shop exports', () => {
	it('prints the layout, the status policy with its counts, and counts orders', () => {
		const out = inspectReport(loadFile('tests/fixtures/shops/shopifyOrders.csv', {}));
		expect(out.layout).toBe('shopifyOrders');
		expect(out.rows).toBe(13);
		expect(out.statusPolicy).toMatchObject({
			pending: 'exclude',
			cancelled: 'exclude',
			refunds: 'net',
			orders: 9,
			counted: 6,
			removed: { cancelled: 1, pending: 1, otherCurrency: 1 },
			refunded: { orders: 2, amount: 52.25 }
		});
		expect(out.summary).toMatchObject({ customers: 3, transactions: 6, revenue: 216.25 });
	});

	const policies = [
		{ policy: 'cancelled=include', counted: 7, revenue: 316.25 },
		{ policy: 'refunds=ignore', counted: 6, revenue: 268.5 },
		{ policy: 'pending=include,cancelled=include', counted: 8, revenue: 326.25 }
	];
	it.each(policies)('--status-policy $policy', ({ policy, counted, revenue }) => {
		const out = inspectReport(
			loadFile('tests/fixtures/shops/wooCommerceOrders.csv', { 'status-policy': policy })
		);
		expect(out.statusPolicy?.counted).toBe(counted);
		expect(out.summary.revenue).toBe(revenue);
	});

	it('--layout none reads the rows as they are; a plain file has layout null', () => {
		expect(
			inspectReport(loadFile('tests/fixtures/shops/jdOrders.csv', { layout: 'none' })).layout
		).toBeNull();
		const plain = inspectReport(loadFile('static/samples/retail/customers.csv', {}));
		expect(plain.layout).toBeNull();
		expect(plain.statusPolicy).toBeNull();
	});

	it('refuses a bad policy and the streaming summarize on a shop export', () => {
		expect(() => loadFile('tests/fixtures/shops/jdOrders.csv', { 'status-policy': 'x=y' })).toThrow(
			CliError
		);
		expect(() => headMapping('tests/fixtures/shops/jdOrders.csv', {})).toThrow(/cannot fold/);
	});
});
