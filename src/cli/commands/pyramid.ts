// `cli pyramid <file> [--cuts 5,15,30,50 | --preset NAME]
// [--basis margin|revenue|clv|clv-referral|auto] [--customers FILE] [--as-of YYYY-MM-DD]`: the
// customer value pyramid (platinum, gold, iron, lead) for a transaction file or a customer
// summary, through the app's own segmentsValue analysis in Node.
import { DEFAULTS } from '../../lib/analytics/defaults';
import { isoFromDay } from '../../lib/analytics/dates';
import { pyramidPresets, type PyramidPresetName } from '../../lib/analytics/value/pyramidCuts';
import { toCustomerTable } from '../../lib/data/tables/toTables';
import type { BasisChoice, BasisName } from '../../lib/engine/segments/segmentsResult';
import { presetRules } from '../../lib/engine/segments/segmentsRules';
import { CliError } from '../args';
import { loadBehaviour, loadFile } from '../loadFile';
import { droppedRowsNote, parseUnit } from './fit';
import { runAnalysis } from '../../lib/engine/registry';
import { nodeContext } from '../nodeContext';
import { issueLines, orCliError, parseAsOf, segmentsText, sourceSettings } from './rfm';

export const PYRAMID_HELP = `usage: cli pyramid <file> [--cuts 5,15,30,50 | --preset standard|narrowTop|broadTop]
               [--basis margin|revenue|clv|clv-referral|auto] [--customers FILE]
               [--as-of YYYY-MM-DD] [--unit day|week|month]
Ranks customers by value and cuts them top-down into platinum, gold, iron and lead by the
percentages of customers given (default 5,15,30,50). --basis margin (the default) ranks by
margin when the file has a cost column, else by net revenue; clv fits the lifetime-value model
with its default settings; clv-referral ranks by lifetime value + referral value (the lifetime
value of every customer who names the customer in the referred_by / 介绍人编号 column of
--customers FILE, credit 100 %; printed as referral); auto is the app's choice (lifetime value,
else margin, else revenue).
A customer summary file (see cli fit --help) ranks by revenue = mean spend × (x + 1), or by the
lifetime value its fit gives (--basis clv); --unit is the unit of its recency and T (default
week); it has no dates (no --as-of, asOf null).
Prints {input, basis, asOf, cuts, tiers: [{name, customers, value, valueShare}], headline,
warnings}.`;

const BASES: Record<string, BasisChoice> = {
	margin: 'margin',
	revenue: 'revenue',
	clv: 'clv',
	'clv-referral': 'clvReferral',
	auto: 'auto'
};

function parseCuts(cuts: string | undefined, preset: string | undefined): number[] {
	if (cuts !== undefined && preset !== undefined)
		throw new CliError('give --cuts or --preset, not both');
	if (preset !== undefined) {
		const names = Object.keys(pyramidPresets) as PyramidPresetName[];
		const found = names.find((n) => n.toLowerCase() === preset.toLowerCase().replace(/[-_]/g, ''));
		if (!found) throw new CliError(`unknown preset "${preset}" (use ${names.join(', ')})`);
		return pyramidPresets[found];
	}
	if (cuts === undefined) return pyramidPresets.standard;
	const values = cuts.split(',').map((c) => Number(c.trim()));
	const sum = values.reduce((s, v) => s + v, 0);
	if (
		values.length !== 4 ||
		values.some((v) => !Number.isFinite(v) || v < 0) ||
		Math.abs(sum - 100) > 1e-6
	)
		throw new CliError(segmentsText('bad_cuts', { cuts: cuts.split(',').join(' / ') }));
	return values;
}

export interface PyramidOutput {
	input: 'transactions' | 'summary';
	basis: BasisName;
	/** On --basis clv-referral: the links read and what they gave (credit 1 = 100 %). */
	referral: {
		column: string;
		referrers: number;
		referred: number;
		unknownReferrers: number;
		credit: number;
	} | null;
	/** Null for a summary (no dates). */
	asOf: string | null;
	cuts: number[];
	tiers: { name: string; customers: number; value: number; valueShare: number | null }[];
	/** "The top 5 % of customers bring 31.5 % of net revenue." */
	headline: string | null;
	warnings: string[];
}

export async function pyramidCommand(
	file: string,
	options: Record<string, string>
): Promise<PyramidOutput> {
	const asOf = parseAsOf(options['as-of']);
	const cuts = parseCuts(options.cuts, options.preset);
	const basis = options.basis === undefined ? DEFAULTS.pyramid.basis : BASES[options.basis];
	if (!Object.hasOwn(BASES, options.basis ?? DEFAULTS.pyramid.basis) || !basis)
		throw new CliError(
			`--basis must be one of ${Object.keys(BASES).join(', ')} (got "${options.basis}")`
		);
	const customersFile = options.customers;
	if (basis === 'clvReferral' && (customersFile === undefined || customersFile === 'true'))
		throw new CliError(
			'--basis clv-referral needs --customers FILE: a customer file with a referred_by (介绍人编号) column'
		);
	const data = loadBehaviour(file, options, parseUnit(options.unit));
	// The customers file is read as it is: the main file's column options and its filter
	// (--from/--to/--where, applied to the transactions) are not its own.
	const {
		encoding: _e,
		delimiter: _d,
		header: _h,
		kind: _k,
		from: _f,
		to: _t,
		where: _w,
		...other
	} = options;
	const customers =
		customersFile !== undefined && customersFile !== 'true'
			? toCustomerTable(loadFile(customersFile, other, 'customers').dataset)
			: null;
	const s = {
		id: file,
		...sourceSettings(data, options),
		customersId: customers ? customersFile! : null,
		asOf,
		bins: 5,
		monetary: 'total',
		rules: presetRules('rfmVignette', 5).rules,
		thresholds: null
	};
	const ctx = nodeContext(data);
	if (customers) ctx.customers = async () => customers;
	const v = await orCliError(() =>
		runAnalysis(ctx, 'segmentsValue', { s, value: { cuts, basis } })
	);
	if (basis === 'clvReferral' && v.basis !== 'clvReferral')
		throw new CliError(
			customers && v.clv
				? `--customers ${customersFile} has no referred-by column (referred_by / 介绍人编号)`
				: 'clv-referral needs a lifetime-value fit, which failed on this file (try --basis clv to see why)'
		);
	const top = v.topShares[0];
	const headline =
		top.valueShare === null
			? null
			: segmentsText('segments.value.headline', {
					customers: Number((top.customerShare * 100).toFixed(1)),
					value: Number((top.valueShare * 100).toFixed(1)),
					basis: segmentsText(`segments.value.basis.${v.basis}`)
				});
	const summary = data.kind === 'summary';
	const warnings = [...(summary ? droppedRowsNote(data.table.length - v.customers) : [])];
	warnings.push(...issueLines(v.issues));
	if (v.clv && v.clv.missing > 0)
		warnings.push(
			summary
				? `${v.clv.missing} customers have no lifetime-value prediction; they rank last with value 0.`
				: `${v.clv.missing} customers have no lifetime-value prediction (first purchase after ${isoFromDay(v.clv.asOf)}); they rank last with value 0.`
		);
	return {
		input: data.kind,
		basis: v.basis,
		referral: v.referral,
		asOf: summary ? null : isoFromDay(v.asOf),
		cuts: v.cuts,
		tiers: v.tiers.map((t) => ({
			name: t.name,
			customers: t.customers,
			value: t.value,
			valueShare: t.valueShare
		})),
		headline,
		warnings
	};
}
