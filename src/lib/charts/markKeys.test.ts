import { describe, expect, it } from 'vitest';
import { markKeyDown, markKeyUp } from './markKeys';

/** A stand-in KeyboardEvent: only what the handlers read. */
function key(k: string, repeat = false) {
	const e = { key: k, repeat, prevented: false, preventDefault: () => (e.prevented = true) };
	return e;
}

describe('markKeys', () => {
	it.each([
		// key, repeat, acts on down, acts on up, default prevented on down
		['Enter', false, 1, 0, true],
		['Enter', true, 0, 0, true],
		[' ', false, 0, 1, true],
		['a', false, 0, 0, false],
		['Tab', false, 0, 0, false],
		['Escape', false, 0, 0, false]
	] as const)('%j (repeat %s)', (k, repeat, down, up, prevented) => {
		let n = 0;
		const d = key(k, repeat);
		markKeyDown(d as unknown as KeyboardEvent, () => n++);
		expect(n).toBe(down);
		expect(d.prevented).toBe(prevented);
		n = 0;
		markKeyUp(key(k, repeat) as unknown as KeyboardEvent, () => n++);
		expect(n).toBe(up);
	});
});
