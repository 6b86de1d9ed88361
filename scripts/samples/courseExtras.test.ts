// The issue-18 additions to the sample, checked on the generated CSV text: churn reasons exactly
// for the customers the answer key says left, complaints consistent with the survey's
// "complained" answer and dated before it, the recovery order and "buys little, promotes a lot".
import { beforeAll, describe, expect, it } from 'vitest';
import { generateRetail } from './generateRetail';

type Row = Record<string, string>;
const table = (rows: string[][]): Row[] => {
	const [head, ...body] = rows;
	return body.map((r) => Object.fromEntries(r.map((v, j) => [head[j], v])));
};

let customers: Row[];
let survey: Row[];
let complaints: Row[];
let key: Map<string, Row>;
let revenue: Map<string, number>;

beforeAll(() => {
	const s = generateRetail();
	customers = table(s.tables.customers);
	survey = table(s.tables.survey);
	complaints = table(s.tables.complaints);
	key = new Map(table(s.tables.answerKey).map((r) => [r.customer_id, r]));
	revenue = new Map();
	for (const t of table(s.tables.transactions))
		revenue.set(t.customer_id, (revenue.get(t.customer_id) ?? 0) + Number(t.amount));
});

describe('issue-18 sample additions', () => {
	it('churn reason and type exactly for the customers who left', () => {
		for (const c of customers) {
			const left = key.get(c.customer_id)!.status === 'left';
			expect(c.churn_reason !== '', c.customer_id).toBe(left);
			expect(['active', 'passive'].includes(c.churn_type), c.customer_id).toBe(left);
		}
	});

	it('complaints agree with the survey and come before the survey date', () => {
		const first = new Map<string, string>();
		for (const k of complaints)
			if (!first.has(k.customer_id) || k.complaint_date < first.get(k.customer_id)!)
				first.set(k.customer_id, k.complaint_date);
		for (const r of survey) {
			expect(first.has(r.customer_id), r.respondent_id).toBe(r.complained === 'yes');
			if (r.complained === 'yes') expect(first.get(r.customer_id)! < r.survey_date).toBe(true);
		}
		for (const k of complaints) expect(k.resolved === 'no').toBe(k.days_to_resolve === '');
	});

	it('recovery: handled well leave less often than silent dissatisfied, handled badly most', () => {
		const left = (id: string) => key.get(id)!.status === 'left';
		const share = (ids: string[]) => ids.filter(left).length / ids.length;
		const handled = new Map(complaints.map((k) => [k.customer_id, k.satisfied_with_handling]));
		const well = [...handled].filter(([, v]) => v === 'yes').map(([id]) => id);
		const badly = [...handled].filter(([, v]) => v === 'no').map(([id]) => id);
		const silent = survey
			.filter((r) => Number(r.overall_satisfaction) <= 5 && !handled.has(r.customer_id))
			.map((r) => r.customer_id);
		expect(share(well)).toBeLessThan(share(silent));
		expect(share(silent)).toBeLessThan(share(badly));
	});

	it('referrers who buy little bring in more than they spend', () => {
		const brought = new Map<string, number>();
		for (const c of customers)
			if (c.referred_by)
				brought.set(
					c.referred_by,
					(brought.get(c.referred_by) ?? 0) + (revenue.get(c.customer_id) ?? 0)
				);
		const sorted = [...revenue.values()].sort((a, b) => a - b);
		const median = sorted[Math.floor(sorted.length / 2)];
		const small = [...brought].filter(([id]) => (revenue.get(id) ?? 0) < median);
		expect(small.length).toBeGreaterThan(50);
		const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
		expect(mean(small.map(([, v]) => v))).toBeGreaterThan(
			5 * mean(small.map(([id]) => revenue.get(id) ?? 0))
		);
	});
});
