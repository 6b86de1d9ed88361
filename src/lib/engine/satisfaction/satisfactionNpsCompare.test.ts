// NPS compared between periods and waves on the teaching sample, against a plain count of the
// survey file: promoters answered 9 or 10 to `recommend`, detractors 0–6 ("don't know" and
// blanks are no answer), NPS = 100 × (promoters − detractors) / answers in the window.
import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../../analytics/dates';
import type { SurveyTable } from '../../analytics/types';
import {
	retailContext,
	retailSurvey,
	retailTransactions
} from '../../../../tests/helpers/retailContext';
import { between, retailNps } from '../../../../tests/helpers/retailNps.js';
import type { AnalysisContext } from '../context';
import { kpiKeyFigure } from '../kpi/kpiKeyFigure';
import { surveyAnalysis } from './satisfactionSurvey';
import { satisfactionNpsCompare } from './satisfactionNpsCompare';

const counted = retailNps;
// The sample's documentation states the 0–10 scale (the app declares it on load).
const mapping = { scales: { recommend: [0, 10] } };
const ctx = retailContext({ survey: true });
const score = (x: unknown) => (x && typeof x === 'object' && 'score' in x ? x.score : null);

describe('satisfactionNpsCompare on the teaching sample', () => {
	it.each([
		// Transactions end 2024-12-31; the survey runs 2023-07 … 2024-06.
		{
			preset: 'last12m',
			compare: 'previous',
			windows: ['2024-01-01', '2024-12-31', '2023-01-01', '2023-12-31']
		},
		{
			preset: 'last12m',
			compare: 'year',
			windows: ['2024-01-01', '2024-12-31', '2023-01-01', '2023-12-31']
		},
		// The year to date is not whole months back: the 366 days before.
		{
			preset: 'ytd',
			compare: 'previous',
			windows: ['2024-01-01', '2024-12-31', '2022-12-31', '2023-12-31']
		}
	])('$preset vs $compare: each window’s NPS is the plain count', async (c) => {
		const r = await satisfactionNpsCompare(ctx, {
			surveyId: 's',
			transactionsId: 'tx',
			mapping,
			preset: c.preset,
			compare: c.compare
		});
		expect([r.item, r.scale]).toEqual(['recommend', [0, 10]]);
		expect([r.nowFromIso, r.nowToIso, r.beforeFromIso, r.beforeToIso]).toEqual(c.windows);
		const now = counted(between(r.nowFromIso!, r.nowToIso!));
		const before = counted(between(r.beforeFromIso!, r.beforeToIso!));
		expect(score(r.periods!.now)).toBeCloseTo(now.score, 10);
		expect(score(r.periods!.before)).toBeCloseTo(before.score, 10);
		expect(r.periods!.difference!.difference).toBeCloseTo(now.score - before.score, 10);
		// The strip's key figure is the same number.
		const { preset, compare } = c;
		const key = await kpiKeyFigure(ctx, {
			page: 'satisfaction',
			id: 'tx',
			surveyId: 's',
			mapping,
			preset,
			compare
		});
		expect([key.kind, key.now, key.before]).toEqual([
			'score',
			score(r.periods!.now),
			score(r.periods!.before)
		]);
	});

	it('all the data without a comparison: the NPS card’s own score', async () => {
		const r = await satisfactionNpsCompare(ctx, { surveyId: 's', transactionsId: 'tx', mapping });
		const card = surveyAnalysis(retailSurvey(), mapping);
		if ('code' in card.nps) throw new Error(card.nps.code);
		expect(score(r.periods!.now)).toBe(score(card.nps.result));
		expect(score(r.periods!.now)).toBeCloseTo(counted(() => true).score, 10);
		expect([r.periods!.before, r.periods!.difference, r.waves]).toEqual([null, null, null]);
	});

	it('without transactions, the windows are the survey’s own dates', async () => {
		const r = await satisfactionNpsCompare(ctx, {
			surveyId: 's',
			mapping,
			preset: 'last3m',
			compare: 'previous'
		});
		expect([r.nowFromIso, r.nowToIso, r.beforeFromIso, r.beforeToIso]).toEqual([
			'2024-03-29',
			'2024-06-28',
			'2023-12-29',
			'2024-03-28'
		]);
		// The last answer is dated 2024-06-28: three months back from it.
		const now = counted(between('2024-03-29', '2024-06-28'));
		expect(score(r.periods!.now)).toBeCloseTo(now.score, 10);
	});

	it('a wave column: each half-year wave against the one before, as counted', async () => {
		// The sample has no wave column: add one, the half-year of each answer, named so that
		// sorting by name would put "2024 H1" first had the dates not decided.
		const base = retailSurvey();
		const mid = dayFromISO('2024-01-01');
		const codes = Int32Array.from(base.day!, (d) => (d < mid ? 1 : 0));
		const withWave: SurveyTable = {
			...base,
			groups: { ...base.groups, survey_wave: { codes, labels: ['2024 H1', 'Z 2023 H2'] } }
		};
		const waveCtx: AnalysisContext = { ...ctx, survey: async () => withWave };
		const r = await satisfactionNpsCompare(waveCtx, { surveyId: 's', mapping });
		expect(r.waveColumn).toBe('survey_wave');
		expect(r.waves!.map((w) => w.label)).toEqual(['Z 2023 H2', '2024 H1']);
		const h2 = counted((d) => d < '2024-01-01');
		const h1 = counted((d) => d >= '2024-01-01');
		expect(score(r.waves![0].result)).toBeCloseTo(h2.score, 10);
		expect(score(r.waves![1].result)).toBeCloseTo(h1.score, 10);
		expect(r.waves![1].change!.difference).toBeCloseTo(h1.score - h2.score, 10);
		expect(h1.n + h2.n).toBe(counted(() => true).n);
	});

	it('no item mapped to recommendation: an issue, no periods', async () => {
		const r = await satisfactionNpsCompare(ctx, {
			surveyId: 's',
			transactionsId: 'tx',
			mapping: { map: { recommend: '' } }
		});
		expect([r.item, r.issue?.code, r.periods]).toEqual([null, 'construct_missing', null]);
	});
});

// The transactions are read once here so a failure above is about the survey, not the import.
retailTransactions();
