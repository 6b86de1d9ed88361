// The Lifetime value page and `cli predict` give the same CLV for the same horizon: the page's
// engine analysis (clvFitResult) with a horizon of N model units against `--horizon N`, and with
// N calendar months against `--horizon-months N`, on CDNOW with the textbook calibration.
import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../../lib/analytics/dates';
import { clvFitResult, clvSummaryFitResult } from '../../lib/engine/clv/clvFit';
import { DEFAULT_CLV_SETTINGS } from '../../lib/engine/clv/clvSettings';
import { loadBehaviour } from '../loadFile';
import { predictCommand } from './predict';

const CDNOW = 'tests/fixtures/cdnow/CDNOW_sample.txt';
// The table the CLI reads, so both sides see the same customers in the same order.
const loaded = loadBehaviour(CDNOW, {}, 'week');
if (loaded.kind !== 'transactions') throw new Error('CDNOW is a transactions file');
const cdnow = loaded.table;

describe('page horizon = cli predict horizon', () => {
	const cases = [
		{ unit: 'week', horizonIn: 'units', n: 39, cli: { horizon: '39' } },
		{ unit: 'day', horizonIn: 'units', n: 90, cli: { horizon: '90' } },
		{ unit: 'week', horizonIn: 'months', n: 12, cli: { 'horizon-months': '12' } }
	] as const;
	it.each(cases)('$n in $horizonIn ($unit model)', async (c) => {
		const page = clvFitResult(cdnow, {
			...DEFAULT_CLV_SETTINGS,
			id: 'cdnow',
			unit: c.unit,
			calibrationEnd: dayFromISO('1997-09-30'),
			horizonIn: c.horizonIn,
			horizonUnits: c.n,
			horizonMonths: c.n
		});
		const cli = await predictCommand(CDNOW, {
			model: 'bgnbd',
			unit: c.unit,
			'calibration-end': '1997-09-30',
			...c.cli
		});
		const p = page.customers!;
		expect(cli.customers.map((k) => k.customerId)).toEqual(Array.from(p.ids));
		const mismatches = cli.customers.filter(
			(k, i) =>
				Math.abs((k.clv ?? NaN) - p.clv[i]) > 1e-9 * Math.max(1, Math.abs(p.clv[i])) ||
				Math.abs(k.expectedPurchases - p.expectedPurchases[i]) > 1e-9
		);
		expect(mismatches).toEqual([]);
		// Not trivially equal: the horizon moves the CLV.
		expect(p.clv.reduce((s, v) => s + v, 0)).toBeGreaterThan(0);
	});

	it('a customer summary: 39 weeks on the page = cli predict --horizon 39', async () => {
		const file = 'tests/fixtures/summary/cdnow_btyd_weeks.csv';
		const data = loadBehaviour(file, {}, 'week');
		if (data.kind !== 'summary') throw new Error('a summary file');
		const page = clvSummaryFitResult(data.table, {
			...DEFAULT_CLV_SETTINGS,
			id: 'summary',
			source: 'summary',
			horizonIn: 'units',
			horizonUnits: 39
		}).customers!;
		const cli = await predictCommand(file, { model: 'bgnbd', horizon: '39' });
		expect(cli.horizonUnits).toBe(39);
		expect(cli.customers.map((k) => k.customerId)).toEqual(Array.from(page.ids));
		const off = cli.customers.filter(
			(k, i) => Math.abs((k.clv ?? NaN) - page.clv[i]) > 1e-9 * Math.max(1, Math.abs(page.clv[i]))
		);
		expect(off).toEqual([]);
	});

	it('39 weeks in units differ from 9 calendar months (8.97 months are not 9)', async () => {
		const at = async (cli: Record<string, string>) =>
			(
				await predictCommand(CDNOW, {
					model: 'bgnbd',
					...cli,
					unit: 'week',
					'calibration-end': '1997-09-30'
				})
			).customers[0].clv!;
		expect(await at({ horizon: '39' })).not.toBeCloseTo(await at({ 'horizon-months': '9' }), 6);
	});
});
