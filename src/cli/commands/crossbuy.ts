// `cli crossbuy <transactions.csv> [--by category|channel]`: category co-purchase over customers
// (a customer counts once per category; returns and free orders are not purchases) with support,
// confidence and lift, pairs in both directions ranked by lift.
// Not through engine/registry's `runAnalysis`: this command is synchronous (runCommand, and its
// tests unchanged, call it without await) and every registered analysis is async. It calls what
// the app's `crossbuyAnalysis` runs (`customerCategories` → `coPurchase`, in
// `engine/crossbuy/crossbuyOverview`).
import { coPurchase } from '../../lib/analytics/crossbuy/coPurchase';
import { customerCategories } from '../../lib/analytics/crossbuy/customerCategories';
import { toTransactionTable } from '../../lib/data/tables/toTables';
import { CliError } from '../args';
import { loadFile } from '../loadFile';

export const CROSSBUY_HELP = `usage: cli crossbuy <transactions.csv> [--by category|channel]
Prints {customers, categories: [{name, customers, support}],
pairs: [{a, b, customers, support, confidence, lift}]} over customers.`;

export interface CrossbuyOutput {
	customers: number;
	categories: { name: string; customers: number; support: number }[];
	pairs: {
		a: string;
		b: string;
		customers: number;
		support: number;
		confidence: number;
		lift: number;
	}[];
}

export function crossbuyCommand(file: string, options: Record<string, string>): CrossbuyOutput {
	const by = options.by ?? 'category';
	if (by !== 'category' && by !== 'channel')
		throw new CliError(`--by: expected category or channel, got "${by}"`);
	const tx = toTransactionTable(loadFile(file, options, 'transactions').dataset);
	const cc = customerCategories({ ...tx, category: by === 'channel' ? tx.channel : tx.category });
	if (!cc) throw new CliError(`${file}: no ${by} column found`);
	const co = coPurchase(cc);
	return { customers: co.customers, categories: co.categories, pairs: co.pairs };
}
