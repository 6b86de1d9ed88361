// SVG file snapshots of the key charts, drawn on the server from real analyses of the CDNOW
// sample (tests/fixtures/cdnow; fixed data, so a change in a drawing is a change in the code):
// the RFM grid and the segment treemap, the Pareto/Lorenz curves, the BG/NBD tracking plot and
// the Kaplan–Meier curve, and the Jones & Sasser zones of the ECSI mobile-phone survey
// (tests/fixtures/ecsi-mobi), in English and Chinese. A mismatch writes <name>-changed.svg under
// tests/.artifacts/snapshots/ (see tests/helpers/svgSnapshot.ts); UPDATE_SNAPSHOTS=1 accepts.
import { afterAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { loadCdnow } from '../helpers/cdnow';
import { svgOf, svgSnapshotProblem } from '../helpers/svgSnapshot';
import { dayFromISO } from '../../src/lib/analytics/dates';
import { segmentPresets } from '../../src/lib/analytics/rfm/segmentPresets';
import type { TransactionTable } from '../../src/lib/analytics/types';
import type { AnalysisContext } from '../../src/lib/engine/context';
import { clvFitResult } from '../../src/lib/engine/clv/clvFit';
import { DEFAULT_CLV_SETTINGS } from '../../src/lib/engine/clv/clvSettings';
import { lifecycleSurvival } from '../../src/lib/engine/lifecycle/lifecycleSurvival';
import { segmentsRfm } from '../../src/lib/engine/segments/segmentsRfm';
import { segmentsValue } from '../../src/lib/engine/segments/segmentsValue';
import { i18n, t } from '../../src/lib/i18n/i18n.svelte';
import LineChart from '../../src/lib/charts/LineChart.svelte';
import SegmentCharts from '../../src/lib/views/segments/SegmentCharts.svelte';
import TrackingChart from '../../src/lib/views/clv/TrackingChart.svelte';
import ZonesCard from '../../src/lib/views/satisfaction/ZonesCard.svelte';
import { zonesAnalysis } from '../../src/lib/engine/satisfaction/satisfactionZones';
import {
	DEFAULT_QUADRANT_THRESHOLDS,
	surveyFromCsvText
} from '../../src/lib/analytics/satisfaction/index';
import { readFileSync } from 'node:fs';
import { paretoChart } from '../../src/lib/views/segments/paretoChart';
import { survivalSeries } from '../../src/lib/views/lifecycle/survivalSeries';

const cdnow = loadCdnow('sample');
const AS_OF = dayFromISO('1998-07-01');

function ctxFor(tx: TransactionTable): AnalysisContext {
	const missing = () => Promise.reject(new Error('not in this test'));
	return {
		dataset: missing,
		customers: missing,
		survey: missing,
		summary: missing,
		transactions: async () => tx,
		progress: () => {}
	};
}
const ctx = ctxFor(cdnow);
const s = {
	id: 'cdnow',
	customersId: null,
	asOf: AS_OF,
	bins: 5,
	monetary: 'total',
	rules: segmentPresets.rfGrid,
	thresholds: null
};

const render$ = <P extends Record<string, unknown>>(c: Component<P>, props: P) =>
	svgOf(render(c, { props }).body);

// Each language draws its own labels: the same chart is checked in both.
const LANGS = ['en', 'zh'] as const;
const before = i18n.lang;
afterAll(() => i18n.set(before));

describe.each(LANGS)('chart snapshots (%s)', (lang) => {
	const check = (name: string, svg: string) => {
		const problem = svgSnapshotProblem(`${name}-${lang}`, svg);
		expect(problem).toBeNull();
	};

	it('RFM grid and segment treemap', async () => {
		await i18n.set(lang);
		const rfm = await segmentsRfm(ctx, { s });
		const svg = render$(SegmentCharts, { rfm });
		// Both charts are drawn: the grid's 25 cells and a treemap rectangle per segment.
		expect(svg.match(/<svg /g)?.length).toBeGreaterThanOrEqual(2);
		check('rfm-grid-treemap', svg);
	});

	it('Pareto and Lorenz curves', async () => {
		await i18n.set(lang);
		const v = await segmentsValue(ctx, { s, value: { cuts: [10, 10, 30, 50], basis: 'revenue' } });
		const chart = paretoChart(v, {
			pareto: t('segmentsView.pareto.pareto'),
			lorenz: t('segmentsView.pareto.lorenz'),
			equal: t('segmentsView.pareto.equal'),
			mark: i18n.pct(0.2, 0)
		});
		check(
			'pareto-lorenz',
			render$(LineChart, {
				...chart,
				xLabel: t('segmentsView.pareto.x'),
				xFormat: (x: number) => i18n.pct(x, 0),
				yFormat: (y: number) => i18n.pct(y, 0)
			})
		);
	});

	it('BG/NBD tracking plot', async () => {
		await i18n.set(lang);
		const r = clvFitResult(cdnow, {
			...DEFAULT_CLV_SETTINGS,
			id: 'cdnow',
			unit: 'week',
			calibrationEnd: dayFromISO('1997-09-30')
		});
		expect(r.tracking).toBeTruthy();
		check(
			'tracking',
			render$(TrackingChart, { tracking: r.tracking!, unit: 'week', concept: 'bgnbd' })
		);
	});

	it('Kaplan–Meier curve with band and censor marks', async () => {
		await i18n.set(lang);
		const r = await lifecycleSurvival(ctx, {
			id: 'cdnow',
			customersId: null,
			asOf: AS_OF,
			inactiveDays: 180,
			rule: 'inactivity',
			groupBy: 'none'
		});
		const series = survivalSeries([{ name: 'all', curve: r.overall }], false, (n) => i18n.n(n));
		check(
			'kaplan-meier',
			render$(LineChart, {
				series,
				yDomain: [0, 1] as [number, number],
				xFormat: (v: number) => i18n.n(v),
				yFormat: (v: number) => i18n.pct(v, 0),
				hLines: [{ y: 0.5, label: '50 %' }]
			})
		);
	});

	it('Jones & Sasser zones (ECSI mobile-phone survey)', async () => {
		await i18n.set(lang);
		const mobi = surveyFromCsvText(readFileSync('tests/fixtures/ecsi-mobi/mobi.csv', 'utf8'));
		const result = zonesAnalysis(mobi, {}, DEFAULT_QUADRANT_THRESHOLDS);
		if ('code' in result) throw new Error(result.code);
		const svg = render$(ZonesCard, {
			result,
			loading: false,
			error: null,
			thresholds: DEFAULT_QUADRANT_THRESHOLDS,
			satisfactionAxis: 'auto',
			loyaltyAxis: 'block',
			onthresholds: () => {},
			onaxes: () => {}
		});
		// One mark per respondent with both scores.
		expect((svg.match(/<circle /g) ?? []).length).toBeGreaterThan(200);
		check('jones-sasser', svg);
	});
});
