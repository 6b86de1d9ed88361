// AnalysisRun.request asks the engine once per real change of its params: an effect that
// re-runs with equal params (a dataset record replaced by an equal one while an import is
// stored, the report's sections arriving) is not a new run, while other params, a problem
// (the same params may succeed later) or a clear() always lead to a run. The engine is a stub
// whose runs the test answers, so the counts are exact and nothing waits on time.
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Call {
	analysis: string;
	params: Record<string, unknown>;
	resolve: (v: unknown) => void;
	reject: (e: unknown) => void;
}
const calls: Call[] = [];

vi.mock('./engine.svelte', () => {
	class EngineProblem extends Error {
		constructor(
			public code: string,
			public detail: string
		) {
			super(code);
		}
	}
	return {
		EngineProblem,
		CANCELLED: 'cancelled',
		engine: {
			run: (analysis: string, params: Record<string, unknown>) =>
				new Promise((resolve, reject) => calls.push({ analysis, params, resolve, reject }))
		}
	};
});

const { AnalysisRun } = await import('./analysisRun.svelte');
const { EngineProblem } = await import('./engine.svelte');

/** Lets the run's promise chain settle (microtasks only, no clock). */
const flush = () => new Promise<void>((r) => queueMicrotask(r)).then(() => Promise.resolve());

beforeEach(() => {
	calls.length = 0;
});

type Step = { request: Record<string, unknown> } | { answer: 'ok' | 'problem' } | { clear: true };

// Each case: the steps, then how many runs reached the engine. The first request runs at
// once; a later one waits its delay (0 ms here) on a timer, fired by vi's fake timers.
const cases: { name: string; steps: Step[]; runs: number }[] = [
	{
		name: 'equal params while the run is in flight: one run',
		steps: [{ request: { id: 'a', n: 1 } }, { request: { id: 'a', n: 1 } }],
		runs: 1
	},
	{
		name: 'the same values with keys in another order: another run',
		steps: [{ request: { id: 'a', n: 1 } }, { answer: 'ok' }, { request: { n: 1, id: 'a' } }],
		// Keys in another order are other JSON: a second run (harmless, and never happens
		// from one effect, which builds its params in one order).
		runs: 2
	},
	{
		name: 'equal params, equal order, after a result: one run',
		steps: [{ request: { id: 'a', n: 1 } }, { answer: 'ok' }, { request: { id: 'a', n: 1 } }],
		runs: 1
	},
	{
		name: 'other params: a new run',
		steps: [{ request: { id: 'a', n: 1 } }, { answer: 'ok' }, { request: { id: 'a', n: 2 } }],
		runs: 2
	},
	{
		name: 'back to the first params after others: a run again',
		steps: [
			{ request: { id: 'a', n: 1 } },
			{ answer: 'ok' },
			{ request: { id: 'a', n: 2 } },
			{ answer: 'ok' },
			{ request: { id: 'a', n: 1 } }
		],
		runs: 3
	},
	{
		name: 'equal params after a problem: tried again',
		steps: [{ request: { id: 'a' } }, { answer: 'problem' }, { request: { id: 'a' } }],
		runs: 2
	},
	{
		name: 'equal params after clear(): a run again',
		steps: [{ request: { id: 'a' } }, { answer: 'ok' }, { clear: true }, { request: { id: 'a' } }],
		runs: 2
	}
];

describe('AnalysisRun.request runs once per real change of its params', () => {
	for (const c of cases)
		it(c.name, async () => {
			vi.useFakeTimers();
			try {
				const run = new AnalysisRun<{ v: number }>({ analysis: 'kpiStrip', delay: 0 });
				for (const step of c.steps) {
					if ('request' in step) {
						run.request(step.request);
						// A later request waits `delay` (0 ms) on a timer: let it fire.
						vi.runOnlyPendingTimers();
					} else if ('answer' in step) {
						const last = calls.at(-1)!;
						if (step.answer === 'ok') last.resolve({ v: calls.length });
						else last.reject(new EngineProblem('some.problem', '{}'));
						await flush();
					} else run.clear();
				}
				expect(calls.length).toBe(c.runs);
				run.dispose();
			} finally {
				vi.useRealTimers();
			}
		});

	it('a skipped request keeps the shown result and is not loading', async () => {
		const run = new AnalysisRun<{ v: number }>({ analysis: 'kpiStrip', delay: 0 });
		run.request({ id: 'a' });
		calls[0].resolve({ v: 7 });
		await flush();
		expect(run.result).toEqual({ v: 7 });
		expect(run.loading).toBe(false);
		run.request({ id: 'a' });
		expect(run.loading).toBe(false);
		expect(run.result).toEqual({ v: 7 });
		expect(calls.length).toBe(1);
		run.dispose();
	});
});
