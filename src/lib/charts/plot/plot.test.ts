// The plot container and its layers, rendered on the server: the scales it shares put marks
// where a hand computation says, the points layer filters and switches to the canvas, and the
// axes keep only the ticks asked for.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Scatter from '../Scatter.svelte';

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
