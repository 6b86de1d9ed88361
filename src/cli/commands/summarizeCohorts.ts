// `cli summarize --what cohorts`: the app's customerDays and cohortTable on each chunk of
// customers that DuckDB hands back sorted (duck/customerChunks.ts), added up. Every chunk is given the file's first purchase day as one extra
// acquisition (a customer without purchases, counted in sizes only), so all chunks share
// the same first cohort and width and their cells line up; that one member per chunk is
// taken off again. Counts add up exactly; revenue is summed from the per-member values.
import { isoFromDay } from '../../lib/analytics/dates';
import { cohortTable } from '../../lib/analytics/lifecycle/cohortTable';
import { customerDays } from '../../lib/analytics/lifecycle/customerDays';
import { periodStartDay, type Grain } from '../../lib/analytics/lifecycle/periodOfDay';
import type { Day } from '../../lib/analytics/types';
import { format } from '../../lib/i18n/format';
import { lifecycleMessages } from '../../lib/i18n/messages/lifecycle';
import { CliError } from '../args';
import { eachCustomerChunk } from '../duck/customerChunks';
import { orLifecycleCliErrorSync } from './lifecycle';
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

export async function summarizeCohorts(
	input: SummaryInput,
	o: { asOf: Day; grain: Grain }
): Promise<SummaryResult> {
	const first = input.report.firstPurchaseDay;
	if (first === null) throw new CliError(lifecycleText('no_transactions'));
	const anchor = Int32Array.of(first);
	let firstPeriod = 0;
	let width = 0;
	let size = new Float64Array(0);
	let active = new Float64Array(0);
	let revenue = new Float64Array(0);
	let anchored = 0;
	let partial: string | null = null;
	const hasAmount = input.mapping.columns.some((c) => c.role === 'amount');
	await eachCustomerChunk(input.con, hasAmount, CHUNK_ROWS, (tx) => {
		const t = orLifecycleCliErrorSync(() =>
			cohortTable(customerDays(tx, o.asOf), { grain: o.grain, nonBuyerAcquisitionDays: anchor })
		);
		if (width === 0) {
			width = t.width;
			firstPeriod = t.cohorts[0].period;
			size = new Float64Array(width);
			active = new Float64Array(width * width);
			revenue = new Float64Array(width * width);
		}
		if (first < o.asOf) anchored++;
		for (const c of t.cohorts) {
			const i = c.period - firstPeriod;
			size[i] += c.size;
			for (let k = 0; k < width - i; k++) {
				active[i * width + k] += c.active[k] ?? 0;
				if (c.revenue) revenue[i * width + k] += (c.revenue[k] ?? 0) * c.size;
			}
		}
		for (const issue of t.issues) {
			if (issue.code === 'partial_last_period') partial = String(issue.params?.period ?? '');
		}
	});
	size[0] -= anchored;
	const { sink } = input;
	sink.header(COHORT_COLUMNS);
	let cells = 0;
	let customers = 0;
	for (let i = 0; i < width; i++) {
		const n = size[i];
		if (n === 0) continue;
		customers += n;
		const label = isoFromDay(periodStartDay(o.grain, firstPeriod + i));
		let total = 0;
		for (let k = 0; k < width - i; k++) {
			const a = active[i * width + k];
			const r = revenue[i * width + k];
			total += r;
			sink.row([label, k, n, a, a / n, hasAmount ? r / n : null, hasAmount ? total / n : null]);
			cells++;
		}
	}
	const warnings: string[] = [];
	if (partial !== null) warnings.push(lifecycleText('partial_last_period', { period: partial }));
	return { rows: cells, customers, warnings };
}
