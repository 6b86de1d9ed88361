import { describe, expect, it } from 'vitest';
import { dayFromYMD } from '../../../analytics/dates';
import { importBytes } from '../../pipeline/importBytes';
import { previewFile } from '../../pipeline/previewFile';

const TODAY = dayFromYMD(2030, 1, 1);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('a plain transactions file with a status column', () => {
	const cases: { name: string; csv: string; layout: string | null }[] = [
		{
			name: 'English status words',
			csv: 'order_id,customer_id,date,amount,status\nO1,C1,2024-01-01,10.00,completed\nO2,C1,2024-01-02,20.00,cancelled\nO3,C2,2024-01-03,30.00,refunded\nO4,C3,2024-01-04,5.00,pending\n',
			layout: 'genericOrders'
		},
		{
			name: 'Chinese status words',
			csv: '订单号,客户编号,日期,金额,订单状态\nO1,C1,2024-01-01,10.00,交易成功\nO2,C1,2024-01-02,20.00,交易关闭\nO3,C2,2024-01-03,30.00,已退款\nO4,C3,2024-01-04,5.00,待付款\n',
			layout: 'genericOrders'
		},
		{
			name: 'an order over several rows: its rows summed, not its first row taken',
			csv: 'order_id,customer_id,date,amount,status\nO1,C1,2024-01-01,4.00,completed\nO1,C1,2024-01-01,6.00,completed\nO2,C1,2024-01-02,20.00,cancelled\nO3,C2,2024-01-03,30.00,refunded\nO4,C3,2024-01-04,5.00,pending\n',
			layout: 'genericOrders'
		},
		{
			name: 'a "status" column of other words is left alone',
			csv: 'order_id,customer_id,date,amount,status\nO1,C1,2024-01-01,10.00,gold\nO2,C1,2024-01-02,20.00,silver\n',
			layout: null
		}
	];
	it.each(cases)('$name', ({ csv, layout }) => {
		const preview = previewFile(bytes(csv), 'x.csv');
		expect(preview.layout).toBe(layout);
		if (!layout) return;
		const ds = importBytes(bytes(csv), preview.mapping, TODAY);
		// O1 counted, O3 counted and refunded in full (30 − 30); O2 cancelled and O4 pending left out.
		expect(ds.report.orders?.kept).toBe(2);
		expect(ds.report.orders?.removed).toEqual({ cancelled: 1, pending: 1, otherCurrency: 0 });
		expect(ds.stats.customers).toBe(2);
		expect(ds.stats.revenue).toBe(10);
	});
});
