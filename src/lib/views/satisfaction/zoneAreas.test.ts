import { describe, expect, it } from 'vitest';
import { ZONES } from '$lib/analytics/satisfaction/index';
import { zoneAreas } from './zoneAreas';

const box = (a: { x0: number; x1: number; y0: number; y1: number }) => [a.x0, a.x1, a.y0, a.y1];

describe('zoneAreas', () => {
	// High lines at 7 (satisfaction) and 6 (loyalty), apostles from 9, terrorists up to 2, on a
	// plot from −0.5 to 10.5.
	const t = { satisfactionHigh: 7, loyaltyHigh: 6, apostleMin: 9, terroristMax: 2 };
	it.each([
		{ zone: 'loyalist', box: [7, 10.5, 6, 10.5] },
		{ zone: 'mercenary', box: [7, 10.5, -0.5, 6] },
		{ zone: 'hostage', box: [-0.5, 7, 6, 10.5] },
		{ zone: 'defector', box: [-0.5, 7, -0.5, 6] },
		{ zone: 'apostle', box: [9, 10.5, 9, 10.5] },
		{ zone: 'terrorist', box: [-0.5, 2, -0.5, 2] }
	])('$zone spans $box', ({ zone, box: expected }) => {
		const areas = zoneAreas(t, -0.5, 10.5);
		const a = areas.find((x) => ZONES[x.z] === zone);
		expect(a && box(a)).toEqual(expected);
	});

	it('the corners come after the quadrants (drawn over them), labelled at their inner corner', () => {
		const areas = zoneAreas(t, -0.5, 10.5);
		expect(areas.map((a) => ZONES[a.z])).toEqual([
			'loyalist',
			'mercenary',
			'hostage',
			'defector',
			'apostle',
			'terrorist'
		]);
		expect(areas.map((a) => a.at).slice(4)).toEqual(['bottomRight', 'bottomLeft']);
	});

	it('without apostle and terrorist thresholds only the quadrants; edges clamped', () => {
		const areas = zoneAreas(
			{ satisfactionHigh: 12, loyaltyHigh: -3, apostleMin: NaN, terroristMax: Infinity },
			0,
			10
		);
		expect(areas.map((a) => a.z)).toEqual([1, 2, 3, 4]);
		// The satisfaction line past the plot's right edge, the loyalty line below its bottom.
		expect(box(areas[0])).toEqual([10, 10, 0, 10]);
		expect(box(areas[2])).toEqual([0, 10, 0, 10]);
	});
});
