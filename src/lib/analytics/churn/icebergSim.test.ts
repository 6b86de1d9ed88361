import { describe, expect, it } from 'vitest';
import { icebergSim } from './icebergSim';

describe('icebergSim', () => {
	const cases = [
		{
			// 1000 × 20 % = 200 dissatisfied; 4 % complain = 8; 192 silent → 24 per complaint.
			// Silent: 192 × 0.65 = 124.8 leave. Complainers stay 0.5·0.8 + 0.5·0.2 = 0.5 → 4 stay.
			// Kept now 192 × 0.35 + 4 = 71.2; if all complained 200 × 0.5 = 100.
			name: 'textbook 4 in 100',
			input: {
				customers: 1000,
				dissatisfied: 0.2,
				complainRate: 0.04,
				silentStay: 0.35,
				handledWell: 0.5,
				stayIfWell: 0.8,
				stayIfBadly: 0.2
			},
			want: {
				dissatisfied: 200,
				complainers: 8,
				silent: 192,
				silentPerComplaint: 24,
				silentLeaving: 124.8,
				complainersStaying: 4,
				complainersLeaving: 4,
				keptNow: 71.2,
				keptIfAllComplained: 100
			}
		},
		{
			name: 'nobody complains: no ratio',
			input: {
				customers: 100,
				dissatisfied: 0.5,
				complainRate: 0,
				silentStay: 0.5,
				handledWell: 1,
				stayIfWell: 1,
				stayIfBadly: 0
			},
			want: {
				dissatisfied: 50,
				complainers: 0,
				silent: 50,
				silentPerComplaint: null,
				silentLeaving: 25,
				complainersStaying: 0,
				complainersLeaving: 0,
				keptNow: 25,
				keptIfAllComplained: 50
			}
		}
	];
	it.each(cases)('$name', ({ input, want }) => {
		const got = icebergSim(input);
		for (const [k, v] of Object.entries(want)) {
			const g = got[k as keyof typeof got];
			if (v === null) expect(g, k).toBeNull();
			else expect(g as number, k).toBeCloseTo(v, 10);
		}
	});
});
