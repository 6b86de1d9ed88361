// The orders every layout's test fixture holds: multi-line orders, a full and a partial refund,
// a cancelled/closed and a pending order, a customer key written in another case with a space,
// an order at 23:59:59 (+08:00 in Shopify), 19-digit order numbers and one order in another
// currency. Expected results (hand-computed) are in src/lib/data/orders/shopFixtures.test.ts.
import type { ShopOrder } from './shopOrder';

const n = (k: number) => `35000000000000010${String(k).padStart(2, '0')}`;

export function fixtureOrders(key: (customer: number) => string): ShopOrder[] {
	const base = { refund: 0, currency: 'CNY' } as const;
	return [
		{
			...base,
			number: n(1),
			customer: key(1),
			day: '2024-03-05',
			time: '23:59:59',
			state: 'completed',
			lines: [
				{ name: 'Alpha', qty: 2, price: 10 },
				{ name: 'Beta', qty: 1, price: 5.5 }
			]
		},
		{
			...base,
			number: n(2),
			customer: key(2),
			day: '2024-03-06',
			time: '00:00:01',
			state: 'completed',
			lines: [{ name: 'Gamma', qty: 1, price: 100 }]
		},
		{
			...base,
			number: n(3),
			customer: key(1),
			day: '2024-03-07',
			time: '10:00:00',
			state: 'refunded',
			refund: 40,
			lines: [{ name: 'Alpha', qty: 4, price: 10 }]
		},
		{
			...base,
			number: n(4),
			customer: key(3),
			day: '2024-03-08',
			time: '12:30:00',
			state: 'partiallyRefunded',
			refund: 12.25,
			lines: [
				{ name: 'Beta', qty: 3, price: 5.5 },
				{ name: 'Delta', qty: 1, price: 20 }
			]
		},
		{
			...base,
			number: n(5),
			customer: key(2),
			day: '2024-03-09',
			time: '09:00:00',
			state: 'cancelled',
			lines: [{ name: 'Gamma', qty: 1, price: 100 }]
		},
		{
			...base,
			number: n(6),
			customer: key(4),
			day: '2024-03-10',
			time: '09:00:00',
			state: 'pending',
			lines: [{ name: 'Alpha', qty: 1, price: 10 }]
		},
		{
			...base,
			number: n(7),
			customer: key(3),
			day: '2024-03-11',
			time: '18:45:10',
			state: 'completed',
			lines: [
				{ name: 'Delta', qty: 2, price: 20 },
				{ name: 'Alpha', qty: 1, price: 10 },
				{ name: 'Beta', qty: 2, price: 5.5 }
			]
		},
		{
			...base,
			number: n(8),
			// The same customer as order 1, written as a person types it.
			customer: key(1).includes('@') ? ` ${key(1).toUpperCase()} ` : ` ${key(1)} `,
			day: '2024-03-12',
			time: '08:00:00',
			state: 'completed',
			lines: [{ name: 'Beta', qty: 1, price: 5.5 }]
		},
		{
			...base,
			number: n(9),
			customer: key(5),
			day: '2024-03-13',
			time: '08:00:00',
			state: 'completed',
			currency: 'USD',
			lines: [{ name: 'Alpha', qty: 1, price: 10 }]
		}
	];
}
