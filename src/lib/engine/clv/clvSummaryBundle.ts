// The model fits of an imported customer summary (x, t_x, T, mean spend), cached per summary
// table and (model, unit) like the transactions bundle. The unit is the user's statement of the
// summary's time unit: a summary file does not say it, and the rates and monthly CLV depend on it.
import type { ClvUnit, TransactionModelName } from '../../analytics/clv';
import {
	summaryClvSummary,
	type SummaryClvSummary
} from '../../analytics/customers/summaryClvSummary';
import type { SummaryTable } from '../../analytics/types';
import { fitBundle, type ClvBundle } from './clvBundle';

export interface ClvSummaryBundle extends ClvBundle {
	summary: SummaryClvSummary;
}

const cache = new WeakMap<SummaryTable, Map<string, ClvSummaryBundle>>();
/** Entries kept per table: enough to flip between models and units without refitting. */
const KEEP = 8;

export function clvSummaryBundle(
	table: SummaryTable,
	model: TransactionModelName,
	unit: ClvUnit,
	progress: (f: number) => void = () => {}
): ClvSummaryBundle {
	let entries = cache.get(table);
	if (!entries) cache.set(table, (entries = new Map()));
	const key = `${model}|${unit}`;
	const hit = entries.get(key);
	if (hit) {
		entries.delete(key);
		entries.set(key, hit);
		return hit;
	}
	const summary = summaryClvSummary({ ...table, unit });
	progress(0.1);
	const made = { ...fitBundle(summary, model, progress), summary };
	entries.set(key, made);
	while (entries.size > KEEP) entries.delete(entries.keys().next().value as string);
	return made;
}
