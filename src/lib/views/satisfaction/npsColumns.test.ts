import { describe, expect, it } from 'vitest';
import { npsColumns } from './npsColumns';

const text = (c: ReturnType<typeof npsColumns>[number]) =>
	typeof c === 'string' ? c : `${c.text}${c.num ? ' #' : ''}`;

describe('npsColumns (English)', () => {
	it.each([
		{
			passives: true,
			expected: [
				'Group',
				'Respondents #',
				'Promoters (9–10) #',
				'Passives (7–8) #',
				'Detractors (0–6) #',
				'NPS #',
				'95 % interval'
			]
		},
		{
			passives: false,
			expected: [
				'Group',
				'Respondents #',
				'Promoters (9–10) #',
				'Detractors (0–6) #',
				'NPS #',
				'95 % interval'
			]
		}
	])('passives $passives', ({ passives, expected }) => {
		expect(npsColumns('Group', passives).map(text)).toEqual(expected);
	});
});
