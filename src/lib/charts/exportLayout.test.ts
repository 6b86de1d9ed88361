import { describe, expect, it } from 'vitest';
import { layoutExport, wrapText, type Measure } from './exportLayout';
import { textWidth } from './textWidth';

const measure: Measure = (text, size, bold) => textWidth(text, size) * (bold ? 1.1 : 1);

describe('wrapText', () => {
	// Widths from textWidth: Latin 0.58 em, CJK 1 em; at size 10 "abcd" is 23.2 px.
	const cases = [
		{ text: 'abcd efgh', max: 60, expected: ['abcd efgh'] },
		{ text: 'abcd efgh', max: 30, expected: ['abcd', 'efgh'] },
		{ text: 'abcdefghij', max: 30, expected: ['abcde', 'fghij'] },
		{ text: '客户占比与收入占比', max: 40, expected: ['客户占比', '与收入占', '比'] },
		{ text: 'R × F 网格', max: 45, expected: ['R × F 网', '格'] },
		// A number keeps its sign: "Retention 97" (69.6 px) fits in 70 but would leave "%" alone.
		{ text: 'Retention 97 %', max: 70, expected: ['Retention', '97 %'] },
		// …and its measure word: "739 位客户" is 47.4 px; never "739" / "位客户（15.0%）".
		{ text: '739 位客户（15.0%）', max: 60, expected: ['739 位客户', '（15.0%）'] },
		// No row starts with "，": "一二三四" (40 px) fits but "，五六" would open the next row.
		{ text: '一二三四，五六', max: 40, expected: ['一二三', '四，五六'] },
		{ text: '  ', max: 30, expected: [] }
	];
	for (const c of cases)
		it(`${JSON.stringify(c.text)} in ${c.max} px`, () => {
			const lines = wrapText(c.text, c.max, 10, false, measure);
			expect(lines).toEqual(c.expected);
			for (const l of lines) expect(measure(l, 10, false)).toBeLessThanOrEqual(c.max);
		});
});

describe('layoutExport', () => {
	const cases = [
		{
			name: 'English, short legend',
			meta: {
				title: 'Share of customers vs share of revenue',
				subtitle: [
					'A longer revenue bar than customer bar means…',
					'Retail · as of 2025-01-01',
					''
				],
				legend: [
					{ name: 'Share of customers', color: '#56B4E9' },
					{ name: 'Share of revenue', color: '#E69F00' }
				],
				source: 'Source: CRM Workbench · Retail · 2025-01-01'
			},
			chart: [300, 200]
		},
		{
			name: 'Chinese, a legend that wraps, a long title',
			meta: {
				title:
					'帕累托曲线与洛伦兹曲线帕累托曲线与洛伦兹曲线帕累托曲线与洛伦兹曲线帕累托曲线与洛伦兹曲线',
				subtitle: ['零售交易记录 · 截至 2025-01-01', '筛选：细分 = 重要价值客户'],
				legend: Array.from({ length: 12 }, (_, i) => ({
					name: `细分名称很长的一项 ${i}`,
					color: '#000',
					dashed: i % 2 === 0
				})),
				source: '来源：CRM Workbench · 零售交易记录 · 2025-01-01'
			},
			chart: [900, 400]
		}
	];
	for (const c of cases)
		it(`${c.name}: every text inside the width, nothing overlaps, chart kept whole`, () => {
			const [w, h] = c.chart;
			const l = layoutExport(c.meta, w, h, measure);
			expect(l.width).toBeGreaterThanOrEqual(w);
			expect(l.chart).toMatchObject({ width: w, height: h });
			expect(l.chart.x).toBeGreaterThanOrEqual(0);
			expect(l.chart.x + w).toBeLessThanOrEqual(l.width);
			// Boxes: text from baseline − size to baseline + 0.25 size; swatches as drawn.
			const boxes = [
				...l.texts.map((t) => ({
					label: t.text,
					x0: t.x,
					x1: t.x + t.width,
					y0: t.y - t.size,
					y1: t.y + t.size * 0.25
				})),
				...l.swatches.map((s) => ({
					label: 'swatch',
					x0: s.x,
					x1: s.x + s.w,
					y0: s.y,
					y1: s.y + s.h
				})),
				{ label: 'chart', x0: l.chart.x, x1: l.chart.x + w, y0: l.chart.y, y1: l.chart.y + h }
			];
			for (const b of boxes) {
				expect(b.x0, b.label).toBeGreaterThanOrEqual(0);
				expect(b.x1, b.label).toBeLessThanOrEqual(l.width);
				expect(b.y0, b.label).toBeGreaterThanOrEqual(0);
				expect(b.y1, b.label).toBeLessThanOrEqual(l.height);
			}
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++) {
					const a = boxes[i];
					const b = boxes[j];
					const overlap =
						Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0 &&
						Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0;
					expect(overlap, `${a.label} / ${b.label}`).toBe(false);
				}
			// Every legend entry and the source are there.
			const all = l.texts.map((t) => t.text).join('\n');
			for (const item of c.meta.legend) expect(all).toContain(item.name);
			expect(all.replace(/\n/g, '')).toContain(c.meta.source.replace(/\s/g, '').slice(0, 6));
		});
});
