// The Churn & complaints analysis on the teaching sample, read through the app's own import
// pipeline, against figures counted from the CSV text and the effects docs/samples.md promises.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { customerDays, inactivityThreshold } from '../../analytics/lifecycle/index';
import { dayFromISO } from '../../analytics/dates';
import { importBytes } from '../../data/pipeline/importBytes';
import { previewFile } from '../../data/pipeline/previewFile';
import {
	toCustomerTable,
	toSurveyTable,
	toTransactionTable,
	type ColumnarDataset
} from '../../data/tables/toTables';
import { churnOverview } from './churnOverview';

const S = 'static/samples/retail/';
function load(name: string): ColumnarDataset {
	const bytes = readFileSync(S + name);
	return importBytes(bytes, previewFile(bytes, name, {}).mapping, 1 << 20);
}
const text = (name: string) =>
	readFileSync(S + name, 'utf8')
		.trim()
		.split('\n')
		.map((l) => l.split(','));

describe('churnOverview on the teaching sample', () => {
	const tx = toTransactionTable(load('transactions.csv'));
	const asOf = dayFromISO('2025-01-01');
	const cd = customerDays(tx, asOf);
	const thresholdDays = inactivityThreshold(cd).days;
	const complaintsDs = load('complaints.csv');
	const r = churnOverview({
		customers: toCustomerTable(load('customers.csv')),
		tx,
		complaints: toSurveyTable(complaintsDs),
		survey: toSurveyTable(load('survey.csv')),
		groupColumn: 'acquisition_channel',
		dissatisfied: 5,
		rule: { cd, thresholdDays }
	});

	it.each(['complaints.csv', 'complaints_zh.csv'])('%s is suggested as a complaint log', (name) => {
		expect(previewFile(readFileSync(S + name), name, {}).mapping.kind).toBe('complaints');
	});

	it('reads the complaint log as its own kind', () => {
		expect(complaintsDs.fields.find((f) => f.header === 'resolved')?.role).toBe('group');
	});

	it('the value tiers and the attribute groups add up to all departed customers', () => {
		const left = text('customers.csv')
			.slice(1)
			.filter((c) => c[8] !== '').length;
		expect(r.report.reasons!.left).toBe(left);
		expect(r.byTier!.reduce((a, t) => a + t.left, 0)).toBe(left);
		expect(r.byGroup!.reduce((a, t) => a + t.left, 0)).toBe(left);
		expect(r.groupColumns).toContain('acquisition_channel');
		expect(r.groupColumns).not.toContain('churn_reason');
	});

	it('recovery: well-handled complainers are retained better than silent dissatisfied ones, badly handled worst', () => {
		const g = Object.fromEntries(r.retention!.groups.map((x) => [x.group, x]));
		const rate = (k: string) => g[k].churned / g[k].n;
		expect(rate('handledWell')).toBeLessThan(rate('silentDissatisfied'));
		expect(rate('silentDissatisfied')).toBeLessThan(rate('handledBadly'));
		const complainers = new Set(
			text('complaints.csv')
				.slice(1)
				.map((k) => k[1])
		);
		expect(g.handledWell.n + g.handledBadly.n).toBe(complainers.size);
		expect(r.retention!.logRank!.df).toBe(2);
		expect(r.retention!.logRank!.p!).toBeLessThan(0.001);
	});

	it('fast resolution goes with more spend afterwards than no resolution', () => {
		const b = Object.fromEntries(r.resolve!.buckets.map((x) => [x.bucket, x]));
		expect(b.fast.meanSpend).toBeGreaterThan(b.unresolved.meanSpend);
	});

	it('drill-down rows: every departed customer and every complainer once', () => {
		const ids = new Set(r.customers.map((c) => c.id));
		expect(ids.size).toBe(r.customers.length);
		const left = text('customers.csv')
			.slice(1)
			.filter((c) => c[8] !== '')
			.map((c) => c[0]);
		expect(left.filter((id) => !ids.has(id))).toEqual([]);
	});
});
