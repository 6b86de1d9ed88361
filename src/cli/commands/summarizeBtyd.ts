// `cli summarize --what btyd`, pass 2: the app's clvSummary on each partition. A customer's
// rows all sit in one partition, so every row is exactly the in-memory summary's row.
import { clvIssue, type ClvUnit } from '../../lib/analytics/clv/clvTypes';
import { clvSummary } from '../../lib/analytics/clv/clvSummary';
import type { Day } from '../../lib/analytics/types';
import { CliError } from '../args';
import { eachPartition } from '../stream/eachPartition';
import { clvIssueText } from './fit';
import type { PassTwoInput, PassTwoResult } from './summarizeTypes';

/** The header of a customer summary the app recognises (x, t_x, T, mean repeat spend). */
export const BTYD_COLUMNS = ['customer_id', 'frequency', 'recency', 'T', 'monetary'];

export async function summarizeBtyd(
	input: PassTwoInput,
	o: { calibrationEnd: Day; unit: ClvUnit }
): Promise<PassTwoResult> {
	const { sink } = input;
	sink.header(BTYD_COLUMNS);
	let customers = 0;
	let returns = 0;
	let nonPositive = 0;
	const partitionsRead = await eachPartition(input.files, async (tx) => {
		const s = clvSummary(tx, { calibrationEnd: o.calibrationEnd, unit: o.unit });
		for (let i = 0; i < s.length; i++)
			// No positive repeat spend: the mean is unknown (blank), as SQL's AVG gives NULL.
			sink.row([s.ids[i], s.x[i], s.tx[i], s.T[i], s.spendCount[i] > 0 ? s.meanSpend[i] : null]);
		customers += s.length;
		returns += s.returnsExcluded;
		nonPositive += s.nonPositiveSpends;
		await sink.drain();
	});
	if (customers === 0) throw new CliError(clvIssueText(clvIssue('no_customers')));
	const warnings: string[] = [];
	if (returns > 0)
		warnings.push(clvIssueText(clvIssue('returns_excluded', 'warning', { count: returns })));
	if (nonPositive > 0)
		warnings.push(
			clvIssueText(clvIssue('nonpositive_spends_excluded', 'warning', { count: nonPositive }))
		);
	return { rows: customers, customers, partitionsRead, warnings };
}
