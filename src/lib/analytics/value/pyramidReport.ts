// Plain-JSON value pyramid for the headless CLI, from transactions alone: net revenue by
// default, margin when asked and the data has cost.
import { customerTable } from '../customers/customerTable';
import { defaultAsOf } from '../customers/defaultAsOf';
import { SegmentsError } from '../customers/segmentsIssue';
import type { Day, TransactionTable } from '../types';
import { pyramidPresets, type PyramidPresetName } from './pyramidCuts';
import { valueBasis } from './valueBasis';
import { valuePyramid } from './valuePyramid';

export interface PyramidReport {
	basis: 'revenue' | 'margin';
	tiers: { name: string; customers: number; value: number; valueShare: number | null }[];
	issues: string[];
}

export function pyramidReport(
	tx: TransactionTable,
	options: {
		cuts?: number[] | PyramidPresetName;
		basis?: 'revenue' | 'margin';
		asOf?: Day;
	} = {}
): PyramidReport {
	const table = customerTable(tx, { asOf: options.asOf ?? defaultAsOf(tx) });
	if (table.length === 0) throw new SegmentsError({ code: 'no_customers' });
	const cuts =
		typeof options.cuts === 'string' ? pyramidPresets[options.cuts] : (options.cuts ?? undefined);
	if (typeof options.cuts === 'string' && !cuts)
		throw new SegmentsError({ code: 'unknown_preset', params: { preset: options.cuts } });
	const { basis, values } = valueBasis(table, options.basis ?? 'revenue');
	const pyramid = valuePyramid(values, { basis, cuts });
	return {
		basis: basis === 'margin' ? 'margin' : 'revenue',
		tiers: pyramid.tiers.map((t) => ({
			name: t.name,
			customers: t.customers,
			value: t.value,
			valueShare: t.valueShare
		})),
		issues: [...new Set([...table.issues, ...pyramid.issues].map((i) => i.code))]
	};
}
