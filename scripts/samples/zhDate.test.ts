import { describe, expect, it } from 'vitest';
import { dayFromYMD } from '../../src/lib/analytics/dates';
import { toZhTable } from './toZhTable';
import { zhDate } from './zhDate';

// Chinese Excel short and long dates carry no leading zeros.
const cases = [
	{ ymd: [2024, 3, 5], slash: '2024/3/5', cjk: '2024年3月5日' },
	{ ymd: [2022, 12, 31], slash: '2022/12/31', cjk: '2022年12月31日' },
	{ ymd: [2024, 2, 29], slash: '2024/2/29', cjk: '2024年2月29日' }
];

describe('zhDate', () => {
	it.each(cases)('$slash', ({ ymd: [y, m, d], slash, cjk }) => {
		expect(zhDate(dayFromYMD(y, m, d), 'slash')).toBe(slash);
		expect(zhDate(dayFromYMD(y, m, d), 'cjk')).toBe(cjk);
	});
});

describe('toZhTable', () => {
	it('translates headers, labels and dates; keeps ids, numbers and blanks', () => {
		const en = [
			['customer_id', 'gender', 'region', 'signup_date', 'age', 'complained'],
			['C00017', 'female', 'East', '2024-03-05', '', 'yes'],
			['C00018', 'male', 'Northeast', '2022-12-31', '41', "don't know"]
		];
		expect(toZhTable(en, ['signup_date'], 'slash')).toEqual([
			['客户编号', '性别', '地区', '注册日期', '年龄', '是否投诉'],
			['C00017', '女', '华东', '2024/3/5', '', '是'],
			['C00018', '男', '东北', '2022/12/31', '41', '不知道']
		]);
	});
});
