// `cli summarize --what cohorts`: the engine's cohortCounts (through the registry) on each chunk
// of whole customers that DuckDB hands back sorted (duck/customerChunks.ts), added up in chunk
// order with mergeCohortCounts. Every chunk is anchored on the file's first purchase day, so all
// chunks share the first cohort and width and their cells line up; counts add up exactly and
// revenue is summed from each chunk's cohort revenue.
import type { Day } from '../../lib/analytics/types';
import type { Grain } from '../../lib/analytics/lifecycle';
import type { CohortCounts } from '../../lib/engine/lifecycle/cohortCounts';
import { mergeCohortCounts } from '../../lib/engine/lifecycle/mergeCohortCounts';
import { runAnalysis } from '../../lib/engine/registry';
import { format } from '../../lib/i18n/format';
import { lifecycleMessages } from '../../lib/i18n/messages/lifecycle';
import { CliError } from '../args';
import { eachCustomerChunk } from '../duck/customerChunks';
import { nodeContext } from '../nodeContext';
import { orLifecycleCliError } from './lifecycle';
import type { SummaryInput, SummaryResult } from './summarizeTypes';

/** Rows per chunk: a few MB of typed arrays, whatever the file's size. */
const CHUNK_ROWS = 200_000;

export const COHORT_COLUMNS = [
	'cohort',
	'period',
	'size',
	'customers',
	'retention',
	'revenue',
	'cumulative'
];

function lifecycleText(code: string, params: Record<string, unknown> = {}): string {
	const text = (lifecycleMessages.en as Record<string, string>)[`lifecycle.issue.${code}`];
	return text ? format(text, params) : code;
}

/**
 * The chunks' counts added up in the order DuckDB gives them. The chunk reader calls back
 * synchronously and analyses are async, so each chunk's run is chained after the one before:
 * sums keep their order, and a failing chunk stops the reading at the next one.
 */
async function countChunks(
	input: SummaryInput,
	o: { asOf: Day; grain: Grain; anchorDay: Day }
): Promise<CohortCounts | null> {
	const hasAmount = input.mapping.columns.some((c) => c.role === 'amount');
	let total: CohortCounts | null = null;
	let failed: { error: unknown } | null = null;
	let chain: Promise<void> = Promise.resolve();
	await eachCustomerChunk(
		input.con,
		hasAmount,
		CHUNK_ROWS,
		(tx) => {
			if (failed) throw failed.error;
			chain = chain
				.then(() =>
					orLifecycleCliError(() =>
						runAnalysis(nodeContext(tx), 'cohortCounts', { id: 'chunk', ...o })
					)
				)
				.then((part) => {
					total = total ? mergeCohortCounts(total, part) : part;
				})
				// Kept, not thrown: the chain must never be a rejected promise nobody awaits yet.
				.catch((error: unknown) => {
					failed ??= { error };
				});
		},
		{ passes: input.passes, rows: input.report.accepted }
	);
	await chain;
	if (failed) throw (failed as { error: unknown }).error;
	return total;
}

export async function summarizeCohorts(
	input: SummaryInput,
	o: { asOf: Day; grain: Grain }
): Promise<SummaryResult> {
	const first = input.report.firstPurchaseDay;
	if (first === null) throw new CliError(lifecycleText('no_transactions'));
	const counts = await countChunks(input, { ...o, anchorDay: first });
	const hasAmount = input.mapping.columns.some((c) => c.role === 'amount');
	const { sink } = input;
	sink.header(COHORT_COLUMNS);
	let cells = 0;
	let customers = 0;
	const width = counts?.width ?? 0;
	for (let i = 0; counts && i < width; i++) {
		const n = counts.size[i];
		if (n === 0) continue;
		customers += n;
		const label = counts.labels[i];
		let total = 0;
		for (let k = 0; k < width - i; k++) {
			const a = counts.active[i * width + k];
			const r = counts.revenue ? counts.revenue[i * width + k] : 0;
			total += r;
			sink.row([label, k, n, a, a / n, hasAmount ? r / n : null, hasAmount ? total / n : null]);
			cells++;
		}
	}
	const warnings: string[] = [];
	const partial = counts?.partialPeriod ?? null;
	if (partial !== null) warnings.push(lifecycleText('partial_last_period', { period: partial }));
	return { rows: cells, customers, warnings };
}
