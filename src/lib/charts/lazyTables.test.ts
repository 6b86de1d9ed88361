import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ChartFrame from './ChartFrame.svelte';
import { lazyTablesContext } from './lazyTables';

const table = {
	header: ['x', 'customers'],
	rows: [
		[1, 120],
		[2, 45]
	]
};

// What a closed frame holds, with and without the page's request: the <details> (its summary,
// so the table can be opened) always; the rows only when built eagerly.
const cases = [
	{ lazy: false, rows: 2, details: 1 },
	{ lazy: true, rows: 0, details: 1 }
];

describe('ChartFrame data table', () => {
	it.each(cases)('lazy $lazy: $rows rows before it is opened', ({ lazy, rows, details }) => {
		const { body } = render(ChartFrame, {
			props: { title: 'Customers', table },
			...(lazy ? { context: lazyTablesContext() } : {})
		});
		expect(body.match(/<tr/g)?.length ?? 0).toBe(rows === 0 ? 0 : rows + 1);
		expect(body.match(/<details/g)?.length ?? 0).toBe(details);
		expect(body.includes('<td class="num">120</td>')).toBe(!lazy);
	});
});
