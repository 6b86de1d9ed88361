// The pyramid's tiers against hand computations. The pyramid is 44 % of the width, kept within
// 100…380 px, from x = 8; the labels start 28 px right of it (20 px when it is under 140 px);
// tiers share the height less 10 px top and bottom, and a tier's half-width at y is
// (y − 10) / (drawn height) · (pyramid width / 2).
import { describe, expect, it } from 'vitest';
import { pyramidLayout } from './pyramidLayout';

/** Tiers named a, b, c … with `n` one-letter lines each: short enough never to wrap. */
const tiers = (...lines: number[]) =>
	lines.map((n, i) => ({ label: String.fromCharCode(97 + i), lines: Array(n).fill('x') }));

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
			tiers: tiers(2, 1, 0),
			width: 600,
			height: 320,
			frame: { height: 320, cx: 140, textX: 300, textRoom: 296, hitWidth: 300 },
			bands: [
				[10, 108, 0, 43.12, 59, 161.56, false, 33.5, 51, 55],
				[112, 208, 44.88, 87.12, 160, 206, true, 143, 34, 38],
				[212, 308, 88.88, 131.12, 260, 250, true, 251.5, 17, 21]
			] as Row[]
		},
		{
			// 200 · 0.44 = 88 → at least 100 px: axis at 58; under 140 px the labels are 20 px
			// away, at 128, with 68 px of text room. One tier of 100 px: 10…108, half-width at the
			// base 98 / 100 · 50 = 49; its middle is 49 px wide, short of the 70 px an inside
			// text needs.
			name: 'narrow box: the pyramid keeps 100 px',
			tiers: tiers(1),
			width: 200,
			height: 120,
			frame: { height: 120, cx: 58, textX: 128, textRoom: 68, hitWidth: 72 },
			bands: [[10, 108, 0, 49, 59, 82.5, false, 42, 34, 38]] as Row[]
		},
		{
			// 1000 · 0.44 = 440 → at most 380 px: axis at 198, labels at 416. Tiers of 75 px,
			// half-width (y − 10) / 150 · 190: 73 → 92.467, 77 → 97.533, 148 → 187.467.
			name: 'wide box: the pyramid stops at 380 px',
			tiers: tiers(0, 0),
			width: 1000,
			height: 170,
			frame: { height: 170, cx: 198, textX: 416, textRoom: 580, hitWidth: 584 },
			bands: [
				[10, 83, 0, 92.467, 46.5, 244.233, true, 38, 17, 21],
				[87, 158, 97.533, 187.467, 122.5, 340.5, true, 114, 17, 21]
			] as Row[]
		},
		{
			// Labels would start past the right edge: no room, a click target 0 px wide.
			name: 'labels past the edge',
			tiers: tiers(),
			width: 120,
			height: 100,
			frame: { height: 100, cx: 58, textX: 128, textRoom: -12, hitWidth: 0 },
			bands: [] as Row[]
		}
	])('$name', ({ tiers, width, height, frame, bands }) => {
		const got = pyramidLayout(tiers, width, height);
		expect({
			height: got.height,
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
		const [b] = pyramidLayout(tiers(0), 600, 120).bands;
		const corners = b.points.split(' ').map((p) => p.split(',').map(Number));
		const expected = [
			[140, 10],
			[140, 10],
			[269.36, 108],
			[10.64, 108]
		];
		corners.forEach((c, i) => c.forEach((v, j) => expect(v).toBeCloseTo(expected[i][j], 6)));
	});

	it('a line too long for the room wraps, and the pyramid grows to fit the label block', () => {
		// 300 · 0.44 = 132 px (under 140: labels 20 px away), axis at 74, labels at 160, room
		// 300 − 160 − 4 = 136 px. The line is 19 characters · 0.58 · 12.5 = 137.75 px: it breaks
		// after "cccc" (14 characters, 101.5 px). Name and two rows: 51 px, with its click
		// target and 2 px of air each side 59 px; asked 60 px high, it is drawn 10 + 59 + 10 =
		// 79 px high: one tier 10…10 + 59 − 2 = 67, mid 38.5, the block from 38.5 − 25.5 = 13.
		const got = pyramidLayout([{ label: 'T', lines: ['aaaa bbbb cccc dddd'] }], 300, 60);
		expect([got.height, got.cx, got.textX, got.textRoom]).toEqual([79, 74, 160, 136]);
		const [b] = got.bands;
		expect([b.name, b.rows]).toEqual(['T', ['aaaa bbbb cccc', 'dddd']]);
		expect([b.y0, b.y1, b.mid, b.labelY, b.labelHeight]).toEqual([10, 67, 38.5, 13, 51]);
	});

	it('names are cut to the room, never wrapped', () => {
		// Room 136 px at 14 px: "Platinum customers" is 18 · 0.58 · 14 = 146.16 px; cut to 15
		// characters and the ellipsis, 16 · 8.12 = 129.92 (17 would be 138.04).
		const [b] = pyramidLayout([{ label: 'Platinum customers', lines: [] }], 300, 60).bands;
		expect(b.name).toBe('Platinum custom…');
	});
});
