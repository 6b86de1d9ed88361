// cli pyramid --basis clv-referral on the teaching sample: the referral links it reads are the
// ones counted here from the CSVs by hand (a link counts when both customers bought), the total
// grows by the referred customers' CLV, and bad input is refused with a clear message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CliError } from '../args';
import { pyramidCommand } from './pyramid';

const S = 'static/samples/retail/';
const csv = (name: string) =>
	readFileSync(S + name, 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((l) => l.split(','));

describe('cli pyramid --basis clv-referral', () => {
	const bad: { name: string; options: Record<string, string>; message: RegExp }[] = [
		{ name: 'no customer file', options: { basis: 'clv-referral' }, message: /--customers FILE/ },
		{
			name: 'a customer file without links',
			options: { basis: 'clv-referral', customers: S + 'survey.csv' },
			message: /no referred-by column/
		},
		{ name: 'an unknown basis', options: { basis: 'clv+referral' }, message: /clv-referral/ }
	];
	it.each(bad)('refuses $name', async ({ options, message }) => {
		const run = pyramidCommand(S + 'transactions.csv', options);
		await expect(run).rejects.toThrow(CliError);
		await expect(run).rejects.toThrow(message);
	});

	it('reads the referred-by links of the buyers and adds the referred customers’ CLV', async () => {
		const buyers = new Set(csv('transactions.csv').map((r) => r[1]));
		let referred = 0;
		const referrers = new Set<string>();
		for (const r of csv('customers.csv')) {
			const by = r[10] ?? '';
			if (by && buyers.has(r[0]) && buyers.has(by) && by !== r[0]) {
				referred++;
				referrers.add(by);
			}
		}
		const options = { customers: S + 'customers.csv' };
		const withRef = await pyramidCommand(S + 'transactions.csv', {
			...options,
			basis: 'clv-referral'
		});
		expect(withRef.basis).toBe('clvReferral');
		expect(withRef.referral).toMatchObject({
			column: 'referred_by',
			referred,
			referrers: referrers.size,
			credit: 1
		});
		expect(referred).toBe(685);
		expect(withRef.headline).toMatch(/lifetime value \+ referral value\.$/);
		const clv = await pyramidCommand(S + 'transactions.csv', { ...options, basis: 'clv' });
		const total = (p: typeof clv) => p.tiers.reduce((s, t) => s + t.value, 0);
		// Every referred buyer's CLV is counted once more, for the referrer: the total grows.
		expect(total(withRef)).toBeGreaterThan(total(clv));
		expect(withRef.tiers.map((t) => t.customers)).toEqual(clv.tiers.map((t) => t.customers));
	}, 120_000);
});
