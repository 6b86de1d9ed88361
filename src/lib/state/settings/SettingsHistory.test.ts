import { describe, expect, it } from 'vitest';
import { SettingsHistory } from './SettingsHistory';

type Op = 'undo' | 'redo' | 'end' | string;

/**
 * Each case: a list of operations on one history — a letter records the change "previous
 * value → that letter" (the value starts at 'a'); `burst:letter` records it as part of the
 * typing burst `burst`; `end` ends the open burst; undo/redo move. `value` is what the settings
 * would then read, and whether undo and redo are possible.
 */
const cases: { name: string; ops: Op[]; value: string; canUndo: boolean; canRedo: boolean }[] = [
	{ name: 'nothing done', ops: [], value: 'a', canUndo: false, canRedo: false },
	{ name: 'one change', ops: ['b'], value: 'b', canUndo: true, canRedo: false },
	{ name: 'undo it', ops: ['b', 'undo'], value: 'a', canUndo: false, canRedo: true },
	{ name: 'undo then redo', ops: ['b', 'undo', 'redo'], value: 'b', canUndo: true, canRedo: false },
	{
		name: 'undo twice of two',
		ops: ['b', 'c', 'undo', 'undo'],
		value: 'a',
		canUndo: false,
		canRedo: true
	},
	{
		name: 'undo past the start does nothing',
		ops: ['b', 'undo', 'undo'],
		value: 'a',
		canUndo: false,
		canRedo: true
	},
	{
		name: 'redo with nothing undone does nothing',
		ops: ['b', 'redo'],
		value: 'b',
		canUndo: true,
		canRedo: false
	},
	{
		name: 'a new change after undo clears redo',
		ops: ['b', 'c', 'undo', 'd', 'redo'],
		value: 'd',
		canUndo: true,
		canRedo: false
	},
	{
		name: 'a change to the same value is no step',
		ops: ['b', 'b', 'undo'],
		value: 'a',
		canUndo: false,
		canRedo: true
	},
	// Typing bursts: what one undo takes back is worked out by hand from the ops.
	{
		name: 'a typing burst is one step',
		ops: ['b', 'n:c', 'n:d', 'n:e', 'undo'],
		value: 'b',
		canUndo: true,
		canRedo: true
	},
	{
		name: 'a burst redone comes back whole',
		ops: ['n:c', 'n:d', 'undo', 'redo'],
		value: 'd',
		canUndo: true,
		canRedo: false
	},
	{
		name: 'leaving the field ends the burst: two bursts, two steps',
		ops: ['n:b', 'n:c', 'end', 'n:d', 'n:e', 'undo'],
		value: 'c',
		canUndo: true,
		canRedo: true
	},
	{
		name: 'another burst name is a new step',
		ops: ['n:b', 't:c', 'undo'],
		value: 'b',
		canUndo: true,
		canRedo: true
	},
	{
		name: 'a plain change between ends the burst',
		ops: ['n:b', 'c', 'n:d', 'undo', 'undo'],
		value: 'b',
		canUndo: true,
		canRedo: true
	},
	{
		name: 'typing after an undo starts a new step',
		ops: ['n:b', 'n:c', 'undo', 'n:d', 'undo'],
		value: 'a',
		canUndo: false,
		canRedo: true
	},
	{
		name: 'a burst back to where it began leaves no step',
		ops: ['b', 'n:c', 'n:b', 'undo'],
		value: 'a',
		canUndo: false,
		canRedo: true
	}
];

function play(ops: Op[]) {
	const h = new SettingsHistory();
	let value = 'a';
	for (const op of ops) {
		if (op === 'undo') {
			const step = h.undo();
			if (step) value = step[0].before;
		} else if (op === 'redo') {
			const step = h.redo();
			if (step) value = step[0].after;
		} else if (op === 'end') h.endBurst();
		else {
			const [burst, next] = op.includes(':') ? op.split(':') : [undefined, op];
			h.record([{ scope: 'd1', before: value, after: next }], burst);
			value = next;
		}
	}
	return { h, value };
}

describe('SettingsHistory', () => {
	it.each(cases)('$name', ({ ops, value, canUndo, canRedo }) => {
		const { h, value: got } = play(ops);
		expect(got).toBe(value);
		expect(h.canUndo).toBe(canUndo);
		expect(h.canRedo).toBe(canRedo);
	});

	it('keeps only the last `limit` steps', () => {
		const h = new SettingsHistory(2);
		h.record([{ scope: 'd', before: '1', after: '2' }]);
		h.record([{ scope: 'd', before: '2', after: '3' }]);
		h.record([{ scope: 'd', before: '3', after: '4' }]);
		expect(h.undo()?.[0].before).toBe('3');
		expect(h.undo()?.[0].before).toBe('2');
		expect(h.undo()).toBeNull();
	});

	it('a burst joins only a step over the same datasets', () => {
		const h = new SettingsHistory();
		h.record([{ scope: 'a', before: '1', after: '2' }], 'n');
		h.record([{ scope: 'b', before: 'x', after: 'y' }], 'n');
		expect(h.undo()).toEqual([{ scope: 'b', before: 'x', after: 'y' }]);
		expect(h.undo()).toEqual([{ scope: 'a', before: '1', after: '2' }]);
	});

	it('a step over two datasets keeps only the one that changed', () => {
		const h = new SettingsHistory();
		h.record([
			{ scope: 'a', before: 'x', after: 'x' },
			{ scope: 'b', before: 'y', after: 'z' }
		]);
		expect(h.undo()).toEqual([{ scope: 'b', before: 'y', after: 'z' }]);
	});
});
