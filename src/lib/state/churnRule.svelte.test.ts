// The shared churn rule keeps its settings per dataset in the settings model: stating the days
// switches the method in the same undo step; reset is one step.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHURN_RULE } from '$lib/analytics/lifecycle';
import { churnSettings as c } from './churnRule.svelte';
import { settings } from './settings.svelte';

describe('churnSettings over the settings model', () => {
	it('days per dataset, with the method, as one step', () => {
		c.setInactiveDays('ds1', 120);
		expect(c.inactiveDays('ds1')).toBe(120);
		expect(settings.of('ds1').churn.method).toBe('days');
		expect(c.inactiveDays('ds2')).toBeNull();
		settings.undo();
		expect(c.inactiveDays('ds1')).toBeNull();
		expect(settings.of('ds1').churn.method).toBe(DEFAULT_CHURN_RULE.method);
	});

	it('reset brings every field back in one step', () => {
		// No dataset in this test: the rule of the scratch entry ''.
		c.cutoff = 0.3;
		c.gapMultiple = 4;
		c.reset();
		expect(c.params()).toMatchObject({
			cutoff: DEFAULT_CHURN_RULE.cutoff,
			gapMultiple: DEFAULT_CHURN_RULE.gapMultiple
		});
		settings.undo();
		expect(c.params()).toMatchObject({ cutoff: 0.3, gapMultiple: 4 });
	});

	it('refuses a cutoff outside (0, 1)', () => {
		c.cutoff = 1.5;
		expect(c.cutoff).toBe(0.3);
	});
});
