import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '$lib/analytics/defaults';
import { defaultViewSettings, readViewSettings, validField } from './viewSettings';

describe('defaultViewSettings', () => {
	// The defaults the pages had before the model (their own classes), and the shared ones.
	const d = defaultViewSettings();
	const cases: { field: string; got: unknown; expected: unknown }[] = [
		{ field: 'segments.bins', got: d.segments.bins, expected: 5 },
		{ field: 'segments.preset', got: d.segments.preset, expected: 'rfmVignette' },
		{ field: 'segments.edited', got: d.segments.edited, expected: false },
		{ field: 'segments.customCuts', got: d.segments.customCuts, expected: [5, 15, 30, 50] },
		{ field: 'segments.first rule', got: d.segments.rules[0].key, expected: 'champions' },
		{ field: 'clv.model', got: d.clv.model, expected: 'bgnbd' },
		{ field: 'clv.horizonMonths', got: d.clv.horizonMonths, expected: DEFAULTS.clv.horizonMonths },
		{ field: 'churn.method', got: d.churn.method, expected: DEFAULTS.churn.method },
		{ field: 'churn.cutoff', got: d.churn.cutoff, expected: 0.5 },
		{ field: 'churn.inactiveDays', got: d.churn.inactiveDays, expected: null },
		{ field: 'lifecycle.grain', got: d.lifecycle.grain, expected: 'month' },
		{ field: 'lifecycle.naming', got: d.lifecycle.naming, expected: 'four' },
		{ field: 'compare', got: d.compare, expected: { a: null, b: null } },
		{
			field: 'satisfaction.thresholds',
			got: d.satisfaction.thresholds,
			expected: { ...DEFAULTS.jonesSasser }
		}
	];
	it.each(cases)('$field', ({ got, expected }) => expect(got).toEqual(expected));

	it('gives a fresh object each time (no shared arrays between datasets)', () => {
		const a = defaultViewSettings();
		a.segments.rules[0].r[0] = 9;
		expect(defaultViewSettings().segments.rules[0].r[0]).not.toBe(9);
	});
});

describe('validField', () => {
	const cases: { group: string; key: string; value: unknown; ok: boolean }[] = [
		{
			group: 'survey',
			key: 'mapping',
			value: { map: { 客户满意: 'satisfaction' }, reversed: ['q2'], scales: { q1: [0, 10] } },
			ok: true
		},
		{
			group: 'survey',
			key: 'mapping',
			value: { map: { q1: 7 }, reversed: [], scales: {} },
			ok: false
		},
		{
			group: 'survey',
			key: 'mapping',
			value: { map: {}, reversed: [], scales: { q1: [10, 0] } },
			ok: false
		},
		// The Compare page's datasets: ids (text) or null for the default pair.
		{ group: 'compare', key: 'a', value: 'ds-1', ok: true },
		{ group: 'compare', key: 'b', value: null, ok: true },
		{ group: 'compare', key: 'b', value: 7, ok: false },
		{ group: 'survey', key: 'asOf', value: '2024-12-31', ok: true },
		{ group: 'survey', key: 'asOf', value: '31/12/2024', ok: false },
		{ group: 'survey', key: 'horizonDays', value: 3651, ok: false },
		{ group: 'survey', key: 'importance', value: 'beta', ok: true },
		{ group: 'survey', key: 'driverExclude', value: null, ok: true },
		{ group: 'segments', key: 'bins', value: 3, ok: true },
		{ group: 'segments', key: 'bins', value: 7, ok: false },
		{ group: 'segments', key: 'bins', value: 2.5, ok: false },
		{ group: 'segments', key: 'bins', value: '5', ok: false },
		{ group: 'segments', key: 'preset', value: 'cn8', ok: true },
		{ group: 'segments', key: 'preset', value: 'nope', ok: false },
		{
			group: 'segments',
			key: 'rules',
			value: [{ key: 'x', r: [1, 5], f: [1, 5], m: [1, 5] }],
			ok: true
		},
		{
			group: 'segments',
			key: 'rules',
			value: [{ key: 'x', r: [4, 2], f: [1, 5], m: [1, 5] }],
			ok: false
		},
		{
			group: 'segments',
			key: 'rules',
			value: [{ key: '', r: [1, 5], f: [1, 5], m: [1, 5] }],
			ok: false
		},
		{ group: 'segments', key: 'rules', value: [], ok: false },
		{ group: 'segments', key: 'asOf', value: null, ok: true },
		{ group: 'segments', key: 'asOf', value: 19_000, ok: true },
		{
			group: 'segments',
			key: 'thresholds',
			value: { recency: [10, 20], frequency: null, monetary: null },
			ok: true
		},
		{
			group: 'segments',
			key: 'thresholds',
			value: { recency: [NaN], frequency: null, monetary: null },
			ok: false
		},
		{ group: 'clv', key: 'marginPct', value: 30, ok: true },
		{ group: 'clv', key: 'marginPct', value: 130, ok: false },
		{ group: 'clv', key: 'horizonMonths', value: null, ok: false },
		{ group: 'churn', key: 'cutoff', value: 0.3, ok: true },
		{ group: 'churn', key: 'cutoff', value: 1, ok: false },
		{ group: 'churn', key: 'inactiveDays', value: 0, ok: false },
		{ group: 'lifecycle', key: 'rules', value: { grain: 'month' }, ok: false },
		{
			group: 'satisfaction',
			key: 'thresholds',
			value: { satisfactionHigh: 4, loyaltyHigh: 4, apostleMin: 5, terroristMax: 2 },
			ok: true
		},
		{ group: 'segments', key: 'unknownField', value: 1, ok: false }
	];
	it.each(cases)('$group.$key = $value → $ok', ({ group, key, value, ok }) =>
		expect(validField(group as never, key as never, value)).toBe(ok)
	);
});

describe('readViewSettings', () => {
	const d = defaultViewSettings();
	const rules = [{ key: 'Teachers pick', r: [4, 5], f: [3, 5], m: [1, 5] }];
	const cases: {
		name: string;
		raw: unknown;
		pick: (s: typeof d) => unknown;
		expected: unknown;
		rejected: string[];
	}[] = [
		{ name: 'nothing stored', raw: undefined, pick: (s) => s, expected: d, rejected: [] },
		{ name: 'not an object', raw: 'garbage', pick: (s) => s, expected: d, rejected: ['*'] },
		{ name: 'an array', raw: [1, 2], pick: (s) => s, expected: d, rejected: ['*'] },
		{
			name: 'a good value is kept',
			raw: { segments: { rules, edited: true } },
			pick: (s) => [s.segments.rules, s.segments.edited, s.segments.bins],
			expected: [rules, true, 5],
			rejected: []
		},
		{
			name: 'a bad value falls back, the good one beside it stays',
			raw: { clv: { marginPct: 'lots', horizonMonths: 24 } },
			pick: (s) => [s.clv.marginPct, s.clv.horizonMonths],
			expected: [d.clv.marginPct, 24],
			rejected: ['clv.marginPct']
		},
		{
			name: 'a group that is not an object',
			raw: { churn: 7, lifecycle: { naming: 'five' } },
			pick: (s) => [s.churn, s.lifecycle.naming],
			expected: [d.churn, 'five'],
			rejected: ['churn']
		},
		{
			name: 'unknown groups and fields are dropped',
			raw: { extra: { a: 1 }, segments: { colour: 'red' } },
			pick: (s) => s,
			expected: d,
			rejected: []
		},
		{
			name: 'a key named __proto__ does nothing',
			raw: JSON.parse('{"segments": {"__proto__": {"bins": 3}}}'),
			pick: (s) => s.segments.bins,
			expected: 5,
			rejected: []
		}
	];
	it.each(cases)('$name', ({ raw, pick, expected, rejected }) => {
		const r = readViewSettings(raw);
		expect(pick(r.settings)).toEqual(expected);
		expect(r.rejected).toEqual(rejected);
	});

	it('keeps a copy, not the stored object', () => {
		const raw = { segments: { rules: structuredClone(rules) } };
		const r = readViewSettings(raw);
		raw.segments.rules[0].key = 'changed';
		expect(r.settings.segments.rules[0].key).toBe('Teachers pick');
	});
});
