// `cli crossbuy <transactions.csv> [--by category|channel]`: category co-purchase over customers
// (a customer counts once per category; returns and free orders are not purchases) with support,
// confidence and lift, pairs in both directions ranked by lift.
// Runs the Cross-buying view's own `crossbuyAnalysis` through the engine registry (--by channel:
// over the channel column in place of the category) and prints its co-purchase table.
import { toTransactionTable } from '../../lib/data/tables/toTables';
import { AnalysisProblem } from '../../lib/engine/context';
import { runAnalysis } from '../../lib/engine/registry';
import { CliError } from '../args';
import { loadFile } from '../loadFile';
import { nodeContext } from '../nodeContext';

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

export async function crossbuyCommand(
	file: string,
	options: Record<string, string>
): Promise<CrossbuyOutput> {
	const by = options.by ?? 'category';
	if (by !== 'category' && by !== 'channel')
		throw new CliError(`--by: expected category or channel, got "${by}"`);
	const tx = toTransactionTable(loadFile(file, options, 'transactions').dataset);
	const ctx = nodeContext({ ...tx, category: by === 'channel' ? tx.channel : tx.category });
	try {
		const { co } = await runAnalysis(ctx, 'crossbuyAnalysis', { transactionsId: file });
		return { customers: co.customers, categories: co.categories, pairs: co.pairs };
	} catch (e) {
		if (e instanceof AnalysisProblem && e.code === 'crossbuy.no_category')
			throw new CliError(`${file}: no ${by} column found`);
		throw e;
	}
}
