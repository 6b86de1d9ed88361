import { describe, expect, it } from 'vitest';
import { RunQueue, runKey, type RunPriority } from './runQueue';

type Step = ['add', number, string, RunPriority] | ['cancel', number[]] | ['take'] | ['done'];

/**
 * Plays steps on a fresh queue; each 'take' records "key:ids" of the run it got (or "-"), and
 * 'done' finishes the last run taken. What the worker would compute, in order, with whom it
 * answers.
 */
function play(steps: Step[]): string[] {
	const q = new RunQueue<null>();
	const out: string[] = [];
	let last: ReturnType<typeof q.take> = null;
	for (const s of steps) {
		if (s[0] === 'add') q.add(s[1], s[2], s[3], null);
		else if (s[0] === 'cancel') q.cancel(s[1]);
		else if (s[0] === 'take') {
			last = q.take();
			out.push(last ? `${last.key}:${last.requestIds.join(',')}` : '-');
		} else if (last) q.done(last);
	}
	return out;
}

describe('RunQueue', () => {
	it.each<[string, Step[], string[]]>([
		[
			'first come first within a priority',
			[['add', 1, 'a', 1], ['add', 2, 'b', 1], ['take'], ['take'], ['take']],
			['a:1', 'b:2', '-']
		],
		[
			// The filter bar's choices (background) were asked first; the first chart overtakes them.
			'the first chart overtakes earlier background and normal runs',
			[
				['add', 1, 'filterOptions', 2],
				['add', 2, 'kpi', 1],
				['add', 3, 'segmentsRfm', 0],
				['take'],
				['take'],
				['take']
			],
			['segmentsRfm:3', 'kpi:2', 'filterOptions:1']
		],
		[
			'the same request twice is one run answering both ids',
			[['add', 1, 'a', 1], ['add', 2, 'b', 1], ['add', 3, 'a', 1], ['take'], ['take'], ['take']],
			['a:1,3', 'b:2', '-']
		],
		[
			'a joined request raises the run to the higher priority',
			[['add', 1, 'a', 2], ['add', 2, 'b', 1], ['add', 3, 'a', 0], ['take'], ['take']],
			['a:1,3', 'b:2']
		],
		[
			// A request equal to the one computing joins it instead of computing it again.
			'asking for the running run joins it',
			[['add', 1, 'a', 1], ['take'], ['add', 2, 'a', 1], ['add', 3, 'b', 1], ['take']],
			['a:1', 'b:3']
		],
		[
			'after the run is done, the same key runs again',
			[['add', 1, 'a', 1], ['take'], ['done'], ['add', 2, 'a', 1], ['take']],
			['a:1', 'a:2']
		],
		[
			// The page was left: its queued runs are dropped and never computed.
			'cancelled runs are dropped',
			[['add', 1, 'clvFit', 1], ['add', 2, 'clvIntervals', 1], ['cancel', [1, 2]], ['take']],
			['-']
		],
		[
			'cancelling one of two requests of a run keeps it for the other',
			[['add', 1, 'a', 1], ['add', 2, 'a', 1], ['cancel', [1]], ['take']],
			['a:2']
		],
		[
			// A run computing cannot stop, but its result goes only to the ids still waiting: a later
			// page's request (a new id) can never receive the left page's answer.
			'a cancelled running run answers nobody; a new request of it is a new run',
			[['add', 1, 'a', 1], ['take'], ['cancel', [1]], ['done'], ['add', 2, 'a', 1], ['take']],
			['a:1', 'a:2']
		],
		[
			'cancelling unknown ids changes nothing',
			[['add', 1, 'a', 1], ['cancel', [7, 8]], ['take']],
			['a:1']
		]
	])('%s', (_name, steps, expected) => {
		expect(play(steps)).toEqual(expected);
	});

	it('a cancelled running run keeps no ids', () => {
		const q = new RunQueue<null>();
		q.add(1, 'a', 1, null);
		const run = q.take()!;
		q.cancel([1]);
		expect(run.requestIds).toEqual([]);
	});
});

describe('runKey', () => {
	it.each<[string, [string, unknown], [string, unknown], boolean]>([
		['same params in another key order', ['a', { x: 1, y: 2 }], ['a', { y: 2, x: 1 }], true],
		['nested objects sorted too', ['a', { s: { b: 1, a: 2 } }], ['a', { s: { a: 2, b: 1 } }], true],
		['undefined fields are absent', ['a', { x: 1, y: undefined }], ['a', { x: 1 }], true],
		['another analysis', ['a', { x: 1 }], ['b', { x: 1 }], false],
		['another value', ['a', { x: 1 }], ['a', { x: 2 }], false],
		['1 is not "1" (ids are strings)', ['a', { id: 1 }], ['a', { id: '1' }], false],
		['array order matters', ['a', { v: [1, 2] }], ['a', { v: [2, 1] }], false],
		['null is not absent', ['a', { x: null }], ['a', {}], false],
		// The separator cannot be forged by a name ending where the params begin.
		['name and params do not run together', ['ab', {}], ['a', 'b{}'], false]
	])('%s', (_name, [a1, p1], [a2, p2], same) => {
		expect(runKey(a1, p1) === runKey(a2, p2)).toBe(same);
	});
});
