// The shared table head, rendered on the server: one <th> per column, in order, number
// columns marked for right alignment.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import TableHead from './TableHead.svelte';

const cells = (html: string) =>
	[...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<th( class="num")?>([^<]*)<\/th>/g)].map(
		(m) => (m[1] ? `#${m[2]}` : m[2])
	);

describe('TableHead', () => {
	it.each([
		{ columns: ['If', 'Then'], cells: ['If', 'Then'] },
		{
			columns: [
				'Group',
				{ text: 'n', num: true },
				{ text: 'Interval' },
				{ text: 'NPS', num: true }
			],
			cells: ['Group', '#n', 'Interval', '#NPS']
		},
		{ columns: [], cells: [] }
	])('$cells', ({ columns, cells: expected }) => {
		const { body } = render(TableHead, { props: { columns } });
		expect(body).toContain('<thead><tr>');
		expect(cells(body)).toEqual(expected);
	});
});
