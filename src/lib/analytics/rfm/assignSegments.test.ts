import { describe, expect, it } from 'vitest';
import { assignSegments } from './assignSegments';
import { segmentPresets } from './segmentPresets';
import type { SegmentRule } from './segmentRule';

function scoresOf(cells: [number, number, number][], withM = true) {
	return {
		length: cells.length,
		bins: 5,
		r: Uint8Array.from(cells, (c) => c[0]),
		f: Uint8Array.from(cells, (c) => c[1]),
		m: withM ? Uint8Array.from(cells, (c) => c[2]) : null
	};
}

describe('assignSegments with the rfm vignette preset (first match wins)', () => {
	// Each walked through the rule list by hand, e.g. (2,1,5): no rule has R 2 with F 1 and
	// M 5 (About To Sleep stops at M 4, Lost needs R 1) → others.
	const cases: { cell: [number, number, number]; expected: string }[] = [
		{ cell: [5, 5, 5], expected: 'champions' },
		{ cell: [5, 5, 4], expected: 'potentialLoyalist' },
		{ cell: [2, 2, 4], expected: 'loyal' },
		{ cell: [3, 1, 4], expected: 'promising' },
		{ cell: [4, 1, 2], expected: 'newCustomers' },
		{ cell: [1, 3, 4], expected: 'cantLose' },
		{ cell: [1, 5, 5], expected: 'atRisk' },
		{ cell: [1, 5, 3], expected: 'needAttention' },
		{ cell: [3, 1, 1], expected: 'aboutToSleep' },
		{ cell: [3, 3, 1], expected: 'aboutToSleep' },
		{ cell: [1, 1, 1], expected: 'lost' },
		{ cell: [2, 1, 5], expected: 'others' }
	];
	it.each(cases)('$cell → $expected', ({ cell, expected }) => {
		const a = assignSegments(scoresOf([cell]), segmentPresets.rfmVignette);
		expect(a.keys[a.segment[0]]).toBe(expected);
	});

	it('ignores M when the data has no amount', () => {
		// (2,1,·): About To Sleep matches on R and F alone once M is ignored.
		const a = assignSegments(scoresOf([[2, 1, 5]], false), segmentPresets.rfmVignette);
		expect(a.keys[a.segment[0]]).toBe('aboutToSleep');
	});
});

describe('assignSegments with the R × F grid', () => {
	const cases: { cell: [number, number, number]; expected: string }[] = [
		{ cell: [1, 1, 5], expected: 'hibernating' },
		{ cell: [2, 4, 1], expected: 'atRisk' },
		{ cell: [1, 5, 1], expected: 'cantLose' },
		{ cell: [3, 2, 3], expected: 'aboutToSleep' },
		{ cell: [3, 3, 3], expected: 'needAttention' },
		{ cell: [4, 5, 1], expected: 'loyal' },
		{ cell: [4, 1, 5], expected: 'promising' },
		{ cell: [5, 1, 5], expected: 'newCustomers' },
		{ cell: [5, 3, 1], expected: 'potentialLoyalist' },
		{ cell: [5, 4, 1], expected: 'champions' }
	];
	it.each(cases)('$cell → $expected', ({ cell, expected }) => {
		const a = assignSegments(scoresOf([cell]), segmentPresets.rfGrid);
		expect(a.keys[a.segment[0]]).toBe(expected);
	});
});

describe('assignSegments keys', () => {
	it('merges rules that share a key and records the matching rule', () => {
		const rules: SegmentRule[] = [
			{ key: 'x', r: [5, 5], f: [1, 5], m: [1, 5] },
			{ key: 'y', r: [4, 4], f: [1, 5], m: [1, 5] },
			{ key: 'x', r: [1, 3], f: [5, 5], m: [1, 5] }
		];
		const a = assignSegments(
			scoresOf([
				[5, 1, 1],
				[4, 2, 2],
				[2, 5, 3],
				[2, 4, 3]
			]),
			rules
		);
		expect(a.keys).toEqual(['x', 'y', 'others']);
		expect(Array.from(a.segment)).toEqual([0, 1, 0, 2]);
		expect(Array.from(a.rule)).toEqual([0, 1, 2, -1]);
	});
});
