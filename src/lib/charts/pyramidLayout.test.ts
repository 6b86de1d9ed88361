// The pyramid's tiers against hand computations. The pyramid is 44 % of the width, kept within
// 140…380 px, from x = 8; the labels start 28 px right of it; tiers share the height less 10 px
// top and bottom, and a tier's half-width at y is (y − 10) / (drawn height) · (pyramid width / 2).
import { describe, expect, it } from 'vitest';
import { pyramidLayout } from './pyramidLayout';

// Per band: y0, y1, half-width at top and bottom, mid, leader start, room inside, label top,
// label height, click-target height.
type Row = [number, number, number, number, number, number, boolean, number, number, number];

describe('pyramidLayout', () => {
	it.each([
		{
			// 600 · 0.44 = 264 px wide, axis at 8 + 132 = 140, labels at 8 + 264 + 28 = 300;
			// tiers 300 / 3 = 100 px; half-width 0.44 (y − 10). Tier 1: 112…208 (2 px of air
			// each side), half-widths 0.44 · 102 = 44.88 and 0.44 · 198 = 87.12, leader from
			// 140 + 66; its one line makes a 2 · 17 = 34 px block centred on 160.
			name: 'three tiers in 600 × 320',
			lines: [2, 1, 0],
			width: 600,
			height: 320,
			frame: { cx: 140, textX: 300, textRoom: 296, hitWidth: 300 },
			bands: [
				[10, 108, 0, 43.12, 59, 161.56, false, 33.5, 51, 55],
				[112, 208, 44.88, 87.12, 160, 206, true, 143, 34, 38],
				[212, 308, 88.88, 131.12, 260, 250, true, 251.5, 17, 21]
			] as Row[]
		},
		{
			// 200 · 0.44 = 88 → at least 140 px: axis at 78, labels at 176, 20 px of text room.
			// One tier of 100 px: 10…108, half-width at the base 98 / 100 · 70 = 68.6; its middle
			// is 68.6 px wide, short of the 70 px an inside text needs.
			name: 'narrow box: the pyramid keeps 140 px',
			lines: [1],
			width: 200,
			height: 120,
			frame: { cx: 78, textX: 176, textRoom: 20, hitWidth: 24 },
			bands: [[10, 108, 0, 68.6, 59, 112.3, false, 42, 34, 38]] as Row[]
		},
		{
			// 1000 · 0.44 = 440 → at most 380 px: axis at 198, labels at 416. Tiers of 75 px,
			// half-width (y − 10) / 150 · 190: 73 → 92.467, 77 → 97.533, 148 → 187.467.
			name: 'wide box: the pyramid stops at 380 px',
			lines: [0, 0],
			width: 1000,
			height: 170,
			frame: { cx: 198, textX: 416, textRoom: 580, hitWidth: 584 },
			bands: [
				[10, 83, 0, 92.467, 46.5, 244.233, true, 38, 17, 21],
				[87, 158, 97.533, 187.467, 122.5, 340.5, true, 114, 17, 21]
			] as Row[]
		},
		{
			// Labels would start past the right edge: no room, a click target 0 px wide.
			name: 'labels past the edge',
			lines: [],
			width: 150,
			height: 100,
			frame: { cx: 78, textX: 176, textRoom: -30, hitWidth: 0 },
			bands: [] as Row[]
		}
	])('$name', ({ lines, width, height, frame, bands }) => {
		const got = pyramidLayout(lines, width, height);
		expect({
			cx: got.cx,
			textX: got.textX,
			textRoom: got.textRoom,
			hitWidth: got.hitWidth
		}).toEqual(frame);
		expect(got.bands).toHaveLength(bands.length);
		got.bands.forEach((b, i) => {
			const row: Row = [
				b.y0,
				b.y1,
				b.top,
				b.bottom,
				b.mid,
				b.right,
				b.roomInside,
				b.labelY,
				b.labelHeight,
				b.hitHeight
			];
			row.forEach((v, j) =>
				typeof v === 'boolean'
					? expect(v).toBe(bands[i][j])
					: expect(v).toBeCloseTo(+bands[i][j], 3)
			);
		});
	});

	it('the outline runs top-left, top-right, bottom-right, bottom-left', () => {
		// One tier in 600 × 120: axis 140, 10…108, half-width at the base 98 / 100 · 132 = 129.36.
		const [b] = pyramidLayout([0], 600, 120).bands;
		const corners = b.points.split(' ').map((p) => p.split(',').map(Number));
		const expected = [
			[140, 10],
			[140, 10],
			[269.36, 108],
			[10.64, 108]
		];
		corners.forEach((c, i) => c.forEach((v, j) => expect(v).toBeCloseTo(expected[i][j], 6)));
	});
});
