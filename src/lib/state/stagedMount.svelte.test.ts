// StagedMount mounts a page's stages one per task and says while it does: `pending` from start()
// until the last stage is in (the Lifetime value page keeps its fit status up that long, and
// the end-to-end tests read the page once the status is gone), and the page counts as busy in
// `waiting` meanwhile. Without requestAnimationFrame (Node) each stage comes in a timer task;
// the test waits for the states, not for a time.
import { describe, expect, it, vi } from 'vitest';
import { StagedMount } from './stagedMount.svelte';
import { waiting } from './waiting.svelte';

/** A limit, not a wait: the stages' timers run late on a busy machine. */
const LIMIT = { timeout: 60_000, interval: 1 };

describe('StagedMount', () => {
	it.each([1, 3])('%i stages: pending and busy until the last is shown', async (count) => {
		const s = new StagedMount(count);
		const before = waiting.count;
		expect([s.shown, s.pending]).toEqual([0, false]);
		s.start();
		expect([s.shown, s.pending, waiting.count]).toEqual([0, true, before + 1]);
		// Stages come one at a time: every count from 1 to `count` is seen, in order.
		const seen: number[] = [];
		await vi.waitFor(() => {
			if (seen.at(-1) !== s.shown) seen.push(s.shown);
			expect(s.shown).toBe(count);
		}, LIMIT);
		expect(seen.at(-1)).toBe(count);
		expect([s.pending, waiting.count]).toEqual([false, before]);
	});

	it('start() again after the end does not begin again', async () => {
		const s = new StagedMount(2);
		s.start();
		await vi.waitFor(() => expect(s.pending).toBe(false), LIMIT);
		s.start();
		expect([s.shown, s.pending]).toEqual([2, false]);
	});

	it('showAll() mounts everything at once and ends pending', () => {
		const s = new StagedMount(4);
		const before = waiting.count;
		s.start();
		s.showAll();
		expect([s.shown, s.pending, waiting.count]).toEqual([4, false, before]);
	});
});
