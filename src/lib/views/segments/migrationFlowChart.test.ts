import { describe, expect, it } from 'vitest';
import { migrationFlowChart } from './migrationFlowChart';

const text = {
	from: (k: string) => (k === 'new' ? 'NEW' : k.toUpperCase()),
	segment: (k: string) => k.toUpperCase(),
	color: (k: string) => `#${k}`,
	newColor: '#666'
};
const node = (side: 'a' | 'b', key: string, customers: number) => ({
	id: `${side}:${key}`,
	side,
	key,
	customers
});

describe('migrationFlowChart', () => {
	it.each([
		{
			name: 'new customers on the left only, in their own colour',
			nodes: [node('a', 'new', 2), node('a', 'x', 3), node('b', 'x', 4), node('b', 'y', 1)],
			left: [
				['a:new', 'NEW', 2, '#666'],
				['a:x', 'X', 3, '#x']
			],
			right: [
				['b:x', 'X', 4, '#x'],
				['b:y', 'Y', 1, '#y']
			]
		},
		{
			// Sides are read from `side`, not from the order of the nodes.
			name: 'interleaved sides keep their order',
			nodes: [node('b', 'y', 1), node('a', 'y', 1), node('b', 'x', 0)],
			left: [['a:y', 'Y', 1, '#y']],
			right: [
				['b:y', 'Y', 1, '#y'],
				['b:x', 'X', 0, '#x']
			]
		}
	])('$name', ({ nodes, left, right }) => {
		const links = [{ source: 'a:x', target: 'b:x', value: 3 }];
		const c = migrationFlowChart({ nodes, links }, text);
		expect(c.left.map((n) => [n.id, n.label, n.value, n.color])).toEqual(left);
		expect(c.right.map((n) => [n.id, n.label, n.value, n.color])).toEqual(right);
		expect(c.links).toBe(links);
	});
});
