// The plot container and its layers, rendered on the server: the scales it shares put marks
// where a hand computation says, the points layer filters and switches to the canvas, and the
// axes keep only the ticks asked for.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import BarChart from '../BarChart.svelte';
import Heatmap from '../Heatmap.svelte';
import PairedBars from '../PairedBars.svelte';
import Matrix from '../Matrix.svelte';
import Scatter from '../Scatter.svelte';
import Flow from '../Flow.svelte';
import Pyramid from '../Pyramid.svelte';
import Timeline from '../Timeline.svelte';
import Treemap from '../Treemap.svelte';

const circles = (html: string) =>
	[...html.matchAll(/<circle cx="([-\d.]+)" cy="([-\d.]+)"/g)].map((m) => [
		Number(m[1]),
		Number(m[2])
	]);

describe('Scatter on the plot container', () => {
	// Width 600 before measuring, margins 62 + 16 → inner width 522; height 380 − 12 − 46 = 322.
	// Domains [0, 10] (nice already): x(v) = 52.2 v, y(v) = 322 − 32.2 v.
	it.each([
		[0, 0, 0, 322],
		[10, 10, 522, 0],
		[5, 2.5, 261, 241.5]
	])('(%d, %d) is drawn at (%d, %d)', (vx, vy, px, py) => {
		const { body } = render(Scatter, {
			props: { x: [vx], y: [vy], xDomain: [0, 10], yDomain: [0, 10] }
		});
		const [[cx, cy]] = circles(body);
		expect(cx).toBeCloseTo(px, 6);
		expect(cy).toBeCloseTo(py, 6);
	});

	it.each([
		[3, 10, 3, false],
		[11, 10, 0, true]
	])('%d points, canvas above %d → %d circles, canvas %s', (n, canvasAbove, drawn, canvas) => {
		const xs = Array.from({ length: n }, (_, i) => i);
		const { body } = render(Scatter, { props: { x: xs, y: xs, canvasAbove } });
		expect(circles(body)).toHaveLength(drawn);
		expect(body.includes('<canvas')).toBe(canvas);
	});

	it('the axes label the domain ends after nice()', () => {
		const { body } = render(Scatter, { props: { x: [0.3, 9.7], y: [1, 2] } });
		const texts = [...body.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(texts).toContain('0');
		expect(texts).toContain('10');
	});
});

const rects = (html: string) =>
	[...html.matchAll(/<rect x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)"[^>]*>/g)].map((m) => ({
		x: Number(m[1]),
		y: Number(m[2]),
		width: Number(m[3]),
		tag: m[0]
	}));

describe('Heatmap and Matrix: one cells layer on band scales', () => {
	// Heatmap: width 600, margins 90 + 8 → w = 502; two columns, padding 0.03:
	// step = 502 / 2.03 = 247.291, band 0 at 0.03 · step = 7.419, width 0.97 · step = 239.872.
	it('heatmap cells sit on the band scale and cells without a value are left out', () => {
		const { body } = render(Heatmap, {
			props: {
				rows: ['a', 'b'],
				cols: ['p', 'q'],
				values: [
					[1, null],
					[2, 3]
				]
			}
		});
		const r = rects(body);
		expect(r).toHaveLength(3);
		expect(r[0].x).toBeCloseTo(7.419, 2);
		expect(r[0].width).toBeCloseTo(239.872, 2);
		expect(r[1].x).toBeCloseTo(7.419, 2);
		expect(r[2].x).toBeCloseTo(7.419 + 247.291, 2);
		expect(body).toContain('<title>a · p: 1</title>');
	});

	it('outlines are drawn where neighbouring groups differ', () => {
		const { body } = render(Heatmap, {
			props: {
				rows: ['a', 'b'],
				cols: ['p', 'q'],
				values: [
					[1, 1],
					[1, 1]
				],
				// a|b over a|a: one vertical border in row 0, one horizontal under (0, 1).
				outlines: [
					['A', 'B'],
					['A', 'A']
				]
			}
		});
		expect(body.match(/class="outline/g)).toHaveLength(2);
	});

	it('matrix cells are 2 px apart, blank cells drawn and named, emphasis marked', () => {
		const { body } = render(Matrix, {
			props: {
				rows: ['x', 'y'],
				cols: ['u', 'v', 'w'],
				values: [
					[1, null, 3],
					[4, 5, 6]
				],
				emphasis: [
					[true, false, false],
					[false, false, false]
				]
			}
		});
		const r = rects(body);
		expect(r).toHaveLength(6);
		// Step = width + 2; the first cell 1 px from the left edge, the first row 1 px from the top.
		expect(r[0].x).toBeCloseTo(1, 6);
		expect(r[0].y).toBeCloseTo(1, 6);
		expect(r[1].x - r[0].x).toBeCloseTo(r[0].width + 2, 6);
		expect(r[1].tag).toContain('fill="#f4f5f8"');
		expect(r[1].tag).toContain('aria-label="x · v: "');
		expect(r[0].tag).toMatch(/class="[^"]*strong/);
		expect(r[2].tag).not.toMatch(/class="[^"]*strong/);
	});
});

describe('bar charts: one Bars layer on a band and a linear scale', () => {
	// BarChart: width 600, margins 62 + 12 → w = 526; h = 300 − 12 − 44 = 244. Two categories,
	// padding 0.2: step = 526 / 2.2 = 239.091, band 0 at 0.2 · step = 47.818, width 191.273.
	// y over [0, 4] (nice already): y(v) = 244 − 61 v.
	it('grouped: two series split each band (inner padding 0.05)', () => {
		const { body } = render(BarChart, {
			props: {
				categories: ['a', 'b'],
				series: [
					{ name: 's', values: [4, 2] },
					{ name: 't', values: [1, 3] }
				]
			}
		});
		const r = rects(body);
		expect(r).toHaveLength(4);
		// Inner band over [0, 191.273], 2 series, padding 0.05: step = 191.273 / 2.05 = 93.304,
		// offsets 4.665 and 97.969, width 88.639.
		expect(r[0].x).toBeCloseTo(47.818 + 4.665, 2);
		expect(r[0].width).toBeCloseTo(88.639, 2);
		expect(r[1].x).toBeCloseTo(47.818 + 97.969, 2);
		expect(r[0].y).toBeCloseTo(0, 6);
		expect(r[1].y).toBeCloseTo(244 - 61, 6);
		expect(r[2].x).toBeCloseTo(47.818 + 239.091 + 4.665, 2);
	});

	it('stacked: the second series sits on the first, one bar per band wide', () => {
		// Stacked max 5 → domain [0, 5] (nice): y(v) = 244 − 48.8 v.
		const { body } = render(BarChart, {
			props: {
				categories: ['a', 'b'],
				series: [
					{ name: 's', values: [4, 2] },
					{ name: 't', values: [1, 3] }
				],
				stacked: true
			}
		});
		const r = rects(body);
		expect(r.map((b) => b.width)).toEqual(Array(4).fill(r[0].width));
		expect(r[0].width).toBeCloseTo(191.273, 2);
		expect(r[1].y).toBeCloseTo(244 - 48.8 * 5, 6);
		expect(r[0].y).toBeCloseTo(244 - 48.8 * 4, 6);
	});

	it('paired bars: rows 8 px apart, bars side by side each 1 px short', () => {
		const { body } = render(PairedBars, {
			props: {
				categories: ['a', 'b'],
				series: [
					{ name: 's', values: [0.5, null] },
					{ name: 't', values: [1, 0.25] }
				]
			}
		});
		// rowHeight 34: band 26 px from y = 4 (row 0) and 38 (row 1); two slices of 13 px.
		const bars = rects(body).filter((b) => !b.tag.includes('hit'));
		expect(bars.map((b) => [b.y, b.width > 0])).toEqual([
			[4, true],
			[17, true],
			[51, true]
		]);
		expect(bars[0].tag).toContain('height="12"');
		// x over [0, 1]: the value 1 fills the width, 0.5 half of it.
		expect(bars[0].width * 2).toBeCloseTo(bars[1].width, 6);
	});
});

describe("layouts of their own in the container's pixels ('px', no margins)", () => {
	it('treemap tiles fill the measured box and sit straight in the SVG', () => {
		// Width 600 before measuring, height 50: 3 : 1 is a column of 3/4 · 602 = 451.5 px
		// (−1…450.5 → 0…449.5 → rounded 0…450), then 452…600 (see treemapLayout.test.ts).
		const { body } = render(Treemap, {
			props: { items: [tile('a', 3), tile('b', 1)], height: 50, label: 'T' }
		});
		expect(body).toContain('viewBox="0 0 600 50"');
		const tiles = [
			...body.matchAll(
				/<g transform="translate\(([\d.]+),([\d.]+)\)"[^>]*>\s*<rect width="([\d.]+)"/g
			)
		];
		expect(tiles.map((m) => [Number(m[1]), Number(m[3])])).toEqual([
			[0, 450],
			[452, 148]
		]);
		// No margin group: the first tile is the SVG's first child.
		expect(bare(body)).toMatch(/<svg[^>]*><g transform="translate\(0,0\)" aria-label="a: /);
	});

	it('flow columns stand at the edges of the measured width (700 before measuring)', () => {
		// Short labels: the label room is its minimum, 60 px; right nodes at 700 − 60 − 14.
		const { body } = render(Flow, {
			props: {
				left: [{ id: 'l', label: 'A', value: 1 }],
				right: [{ id: 'r', label: 'B', value: 1 }],
				links: [{ source: 'l', target: 'r', value: 1 }],
				height: 130
			}
		});
		expect(body).toContain('viewBox="0 0 700 130"');
		const xs = [...body.matchAll(/<rect x="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(xs).toEqual([60, 626]);
		expect(body).toContain('d="M74,24 C350,24 350,24 626,24 L626,124');
	});

	it('pyramid tiers fill the measured width (600 before measuring), labels beside them', () => {
		// Three tiers in 600 × 320 (see pyramidLayout.test.ts): the pyramid 264 px wide about
		// x = 140, tiers 100 px high; the middle one spans 112…208 with half-widths 0.44 · 102
		// and 0.44 · 198; labels at x = 300. Clickable tiers make the chart a group.
		const tier = (key: string, color: string) => ({ key, label: key, color, lines: ['n'] });
		const { body } = render(Pyramid, {
			props: {
				tiers: [tier('p', '#111'), tier('g', '#222'), tier('i', '#333')],
				label: 'P',
				onselect: () => {}
			}
		});
		expect(body).toContain('viewBox="0 0 600 320"');
		expect(body).toMatch(/<svg[^>]* role="group" aria-label="P"/);
		const polygons = [...body.matchAll(/<polygon points="([^"]+)"/g)].map((m) =>
			m[1].split(/[ ,]/).map(Number)
		);
		expect(polygons).toHaveLength(3);
		const expected = [95.12, 112, 184.88, 112, 227.12, 208, 52.88, 208];
		polygons[1].forEach((v, i) => expect(v).toBeCloseTo(expected[i], 6));
		expect(bare(body)).toContain('<tspan x="300" dy="13">g</tspan>');
	});
});

describe('Timeline: a linear x over day numbers, labelled at months', () => {
	// Days 0 and 100 → x domain [−10, 110] over w = 600 − 62 − 18 = 520; y [0, 10] over
	// h = 220 − 18 − 34 = 168. Day 0 at 520 · 10/120 = 43.33; 1970-02-01 is day 31, at
	// 520 · 41/120 = 177.67; y(10) = 0, y(5) = 84.
	it('stems and month ticks where the hand computation says', () => {
		const { body } = render(Timeline, {
			props: {
				points: [
					{ day: 0, up: 5 },
					{ day: 100, up: 10 }
				]
			}
		});
		const c = circles(body);
		expect(c).toHaveLength(2);
		expect(c[0][0]).toBeCloseTo(43.333, 2);
		expect(c[0][1]).toBeCloseTo(84, 6);
		expect(c[1][0]).toBeCloseTo(476.667, 2);
		expect(c[1][1]).toBeCloseTo(0, 6);
		const feb = /<text x="([\d.]+)" y="18" text-anchor="middle">1970-02<\/text>/.exec(bare(body));
		expect(Number(feb?.[1])).toBeCloseTo(177.667, 2);
	});
});

describe('Timeline: the left margin fits wide tick labels', () => {
	// Ticks 0, 2, …, 10 as "CN¥10.00": 8 characters · 0.58 em · 12 px = 55.68 → 56 px; the
	// axis title moves to 56 + 12 = 68 px left of the axis and the margin to 68 + 16 = 84, so
	// w = 600 − 84 − 18 = 498 and day 0 stands at 498 · 10/120 = 41.5. Short labels keep 46/62.
	it.each([
		{ format: (v: number) => `CN¥${v}.00`, title: 68, x0: 41.5 },
		{ format: (v: number) => String(v), title: 46, x0: 43.333 }
	])('title $title px left, day 0 at $x0', ({ format, title, x0 }) => {
		const { body } = render(Timeline, {
			props: {
				points: [
					{ day: 0, up: 5 },
					{ day: 100, up: 10 }
				],
				format,
				yLabel: 'Bought'
			}
		});
		expect(bare(body)).toContain(`y="-${title}" text-anchor="middle">Bought</text>`);
		expect(circles(body)[0][0]).toBeCloseTo(x0, 2);
	});
});

function tile(key: string, value: number) {
	return { key, label: key, value, detail: String(value) };
}
/** Rendered HTML without Svelte's hydration markers and scoped classes. */
function bare(html: string) {
	return html.replace(/<!--[\s\S]*?-->/g, '').replace(/ class="[^"]*"/g, '');
}

describe('Heatmap and Matrix cells: names are text, never markup', () => {
	// The cells are written as one string of markup (Cells.svelte): a row or column name, or a
	// matrix label, that looks like markup must come out escaped in titles, aria-labels and texts.
	const hostile = '"><img src=x onerror=alert(1)>';
	it.each([
		['Heatmap', () => render(Heatmap, { props: { rows: [hostile], cols: ['p'], values: [[1]] } })],
		[
			'Matrix',
			() =>
				render(Matrix, {
					props: { rows: [hostile], cols: ['p'], values: [[1]], labels: [[hostile]] }
				})
		]
	])('%s', (_, draw) => {
		const { body } = draw();
		expect(body).not.toContain('<img');
		expect(body).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
		// The cell's own tooltip carries the name, whole.
		const tips = [...body.matchAll(/data-cell="0,0"><title>([^<]*)<\/title>/g)].map((m) => m[1]);
		expect(tips).toHaveLength(1);
		expect(tips[0].startsWith('&quot;&gt;&lt;img')).toBe(true);
	});
});
