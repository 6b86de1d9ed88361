// The CLI prints the app's numbers: each command runs a registered analysis (see
// commandsUseRegistry.test.ts); here its printed projection is compared with the analysis the
// app's page runs, reached through runAnalysis on the same teaching-sample files.
import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../../lib/analytics/dates';
import type { DatasetKind } from '../../lib/data/map/types';
import { runAnalysis } from '../../lib/engine/registry';
import { filesContext } from '../filesContext';
import { loadFile } from '../loadFile';
import { churnCommand } from './churn';
import { cohortsCommand } from './cohorts';
import { crossbuyCommand } from './crossbuy';
import { lifecycleCommand } from './lifecycle';
import { loyaltyCommand } from './loyalty';

const S = 'static/samples/retail/';
const files: [string, string, DatasetKind][] = [
	['tx', 'transactions.csv', 'transactions'],
	['cu', 'customers.csv', 'customers'],
	['sv', 'survey.csv', 'survey'],
	['co', 'complaints.csv', 'complaints']
];
/** The app's analysis context over the files, by id (what the engine worker gives for datasets). */
const ctx = filesContext(
	new Map(files.map(([id, name, kind]) => [id, loadFile(S + name, {}, kind).dataset]))
);

describe('the CLI prints what the app computes (teaching sample)', () => {
	it.each(['retention', 'active', 'revenue', 'cumulative'] as const)(
		'cohorts --metric %s = lifecycleCohorts',
		async (metric) => {
			const cli = await cohortsCommand(S + 'transactions.csv', { metric });
			const app = await runAnalysis(ctx, 'lifecycleCohorts', { id: 'tx', grain: 'month' });
			expect(cli.asOf).toBe(isoFromDay(app.asOf));
			expect(cli.cohorts.length).toBeGreaterThan(10);
			expect(cli.cohorts).toEqual(
				app.table.cohorts.map((c) => ({ cohort: c.label, size: c.size, values: c[metric] }))
			);
			expect(cli.average).toEqual(app.table.average[metric]);
		}
	);

	it('crossbuy = crossbuyAnalysis', async () => {
		const cli = await crossbuyCommand(S + 'transactions.csv', {});
		const app = await runAnalysis(ctx, 'crossbuyAnalysis', { transactionsId: 'tx' });
		expect(cli.pairs.length).toBeGreaterThan(0);
		expect(cli).toEqual({
			customers: app.co.customers,
			categories: app.co.categories,
			pairs: app.co.pairs
		});
	});

	it('loyalty = referralLoyaltyAnalysis (default rules)', async () => {
		const cli = await loyaltyCommand(S + 'survey.csv', {});
		const app = await runAnalysis(ctx, 'referralLoyaltyAnalysis', { surveyId: 'sv' });
		const r = app.loyalty!.result;
		expect(cli.respondents).toBeGreaterThan(0);
		expect(cli).toEqual({
			respondents: r.respondents,
			kinds: r.counts,
			unassigned: r.unassigned,
			overlapping: r.overlapping,
			items: app.loyalty!.items,
			rules: r.rules
		});
	});

	it('churn (with complaints and survey) = churnAnalysis', async () => {
		const cli = await churnCommand(S + 'customers.csv', {
			complaints: S + 'complaints.csv',
			survey: S + 'survey.csv'
		});
		const app = await runAnalysis(ctx, 'churnAnalysis', {
			customersId: 'cu',
			complaintsId: 'co',
			surveyId: 'sv'
		});
		const { reasons, complaints } = app.report;
		expect(cli.reasons.length).toBeGreaterThan(1);
		expect(cli.reasons).toEqual(
			reasons!.reasons.map((r) => ({ reason: r.reason, customers: r.customers, revenueLost: null }))
		);
		expect([cli.active, cli.passive]).toEqual([reasons!.active, reasons!.passive]);
		expect(cli.complaints).toEqual({
			rate: complaints!.rate,
			silentDissatisfied: complaints!.iceberg!.silentDissatisfied,
			complainedDissatisfied: complaints!.iceberg!.complainedDissatisfied
		});
	});

	// The model rule (the default) fits BTYD models twice, too slow for the suite on 2 cores; the
	// same stage analysis runs under it, and `cli lifecycle`'s own tests cover the model rule.
	const lifecycleCases: { cli: Record<string, string>; app: Record<string, unknown> }[] = [
		{ cli: { churn: 'gap' }, app: { churn: { method: 'gap' } } },
		{ cli: { churn: 'days', 'inactive-days': '90' }, app: { inactiveDays: 90 } }
	];
	it.each(lifecycleCases)(
		'lifecycle $cli = lifecycleStages (stage and pattern totals)',
		async (c) => {
			const cli = await lifecycleCommand(S + 'transactions.csv', c.cli);
			const app = await runAnalysis(ctx, 'lifecycleStages', { id: 'tx', ...c.app });
			expect(cli.asOf).toBe(isoFromDay(app.asOf));
			expect(cli.stages).toEqual(app.stageTotals);
			expect(cli.patterns).toEqual(app.patternTotals);
			expect(cli.churnRule.method).toBe(app.churnRule.method);
		}
	);
});
