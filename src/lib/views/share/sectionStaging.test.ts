import { describe, expect, it } from 'vitest';
import { nextToMount } from './sectionStaging';

describe('nextToMount', () => {
	const cases: [string, string[], string[], string | null][] = [
		['nothing mounted: the first shown', ['datasets', 'quality', 'segments'], [], 'datasets'],
		['the next in the order shown', ['datasets', 'quality', 'segments'], ['datasets'], 'quality'],
		['all mounted', ['datasets', 'quality'], ['quality', 'datasets'], null],
		['moved up: its turn comes first', ['segments', 'datasets'], ['datasets'], 'segments'],
		['a gap left by a re-ticked section', ['a', 'b', 'c'], ['a', 'c'], 'b'],
		['unticked ids mounted earlier do not count', ['a'], ['x', 'y'], 'a'],
		['no section chosen', [], ['a'], null]
	];
	it.each(cases)('%s', (_, order, mounted, expected) => {
		expect(nextToMount(order, new Set(mounted))).toBe(expected);
	});
});
