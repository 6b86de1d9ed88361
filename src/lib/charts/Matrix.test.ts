// Matrix's column names, rendered on the server: a name that fits its slanted room is drawn
// whole, a longer one is cut, and the room an upright name needs on paper (--print-room) is
// the hand computation of the comment in Matrix.svelte (textWidth: 12 px per CJK character,
// 0.58 × 12 = 6.96 px per Latin one).
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Matrix from './Matrix.svelte';

const columnNames = (html: string) =>
	[...html.matchAll(/class="tick col[^"]*">([^<]*)<title>/g)].map((m) => m[1]);
const printRoom = (html: string) => Number(/--print-room: (\d+)px/.exec(html)?.[1]);

describe('Matrix column names', () => {
	const long = 'A segment name far too long for any column label';
	const cases = [
		{
			// 72 px each; bottom = 72 · 0.6 + 24 = 67.2; room upright 67.2 − 8 = 59.2;
			// 72 + 4 − 59.2 = 16.8 → 17. (Without slack 67.2 − 24 over 0.6 is 71.99…: cut.)
			cols: ['重要价值客户', '一般挽留客户'],
			xLabel: '',
			names: ['重要价值客户', '一般挽留客户'],
			room: 17
		},
		{
			// 19 × 6.96 = 132.24 px; bottom = 132.24 · 0.6 + 24 + 20 (x title) = 123.344;
			// upright 123.344 − 8 − 22 = 93.344; 132.24 + 4 − 93.344 = 42.896 → 43.
			cols: ['Potential loyalists', 'Lost'],
			xLabel: 'Segment on 2025-01-01',
			names: ['Potential loyalists', 'Lost'],
			room: 43
		},
		{
			// 4 × 6.96 = 27.84 px; bottom 27.84 · 0.6 + 24 = 40.704; upright 32.704 ≥ 27.84 + 4:
			// a short name needs no more room on paper.
			cols: ['Lost'],
			xLabel: '',
			names: ['Lost'],
			room: 0
		}
	];
	it.each(cases)('$cols', ({ cols, xLabel, names, room }) => {
		const { body } = render(Matrix, {
			props: { rows: ['a'], cols, values: [cols.map(() => 1)], xLabel }
		});
		expect(columnNames(body)).toEqual(names);
		expect(printRoom(body)).toBe(room);
	});

	it('a name longer than the slanted room allows is cut with an ellipsis', () => {
		const { body } = render(Matrix, { props: { rows: ['a'], cols: [long], values: [[1]] } });
		const [name] = columnNames(body);
		expect(name.endsWith('…')).toBe(true);
		expect(name.length).toBeLessThan(long.length);
	});
});
