import { describe, expect, it } from 'vitest';
import { numberBands } from './numberBands';

describe('numberBands', () => {
	const cases = [
		{
			// Age breaks 18/25/35/45/55/65; "<18" holds nobody and is dropped from the front.
			name: 'ages',
			values: [19, 24, 25, 70, NaN, 34],
			options: { age: true },
			labels: ['18–24', '25–34', '35–44', '45–54', '55–64', '65+'],
			codes: [0, 0, 1, 5, -1, 1]
		},
		{
			// Span 96 / 5 = 19.2 → step 20 from 0; integer labels show the last whole value.
			name: 'integers, step 20',
			values: [3, 17, 42, 99],
			options: {},
			labels: ['0–19', '20–39', '40–59', '60–79', '80–99'],
			codes: [0, 0, 2, 4]
		},
		{
			// Span 2.25 / 5 = 0.45 → step 0.5 from 0.5; [lo, hi) labels for decimals.
			name: 'decimals, step 0.5',
			values: [0.5, 1.25, 2.75],
			options: {},
			labels: ['0.5–1', '1–1.5', '1.5–2', '2–2.5', '2.5–3'],
			codes: [0, 1, 4]
		},
		{
			name: 'custom breaks',
			values: [500, 1000, 7000],
			options: { breaks: [5000, 1000] },
			labels: ['<1000', '1000–4999', '5000+'],
			codes: [0, 1, 2]
		},
		{ name: 'one value', values: [5], options: {}, labels: ['5'], codes: [0] },
		{ name: 'all missing', values: [NaN, NaN], options: {}, labels: [], codes: [-1, -1] }
	];
	it.each(cases)('$name', ({ values, options, labels, codes }) => {
		const b = numberBands(values, options);
		expect(b.bands.map((x) => x.label)).toEqual(labels);
		expect(Array.from(b.codes)).toEqual(codes);
	});
	it('keeps numeric bounds beside the labels', () => {
		const b = numberBands([19, 70], { age: true });
		expect(b.bands[0]).toEqual({ label: '18–24', lo: 18, hi: 25 });
		expect(b.bands.at(-1)).toEqual({ label: '65+', lo: 65, hi: null });
	});
});
