import { describe, expect, it } from 'vitest';
import { stepPoints } from './stepPoints';

describe('stepPoints', () => {
	const cases = [
		{ name: 'empty', points: [], want: [{ x: 0, y: 1 }] },
		{
			name: 'event at 0 drops at once; later steps hold then fall',
			points: [
				{ time: 0, survival: 0.9 },
				{ time: 10, survival: 0.6 }
			],
			want: [
				{ x: 0, y: 1 },
				{ x: 0, y: 0.9 },
				{ x: 10, y: 0.9 },
				{ x: 10, y: 0.6 }
			]
		}
	];
	it.each(cases)('$name', ({ points, want }) => expect(stepPoints(points)).toEqual(want));
});
