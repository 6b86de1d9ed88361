// Checks that the generated sample carries the CRM structures it is meant to teach, using
// small independent computations on the CSV text (not the generator's internals).
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayFromISO, dayFromYMD, monthIndex } from '../../src/lib/analytics/dates';
import { generateRetail, type RetailSample } from './generateRetail';
import { zhHeaders, zhValues } from './retailSpec';

type Rows = string[][];
const DK = "don't know";
const AS_OF = dayFromYMD(2025, 1, 1);
const END = dayFromYMD(2024, 12, 31);

const parse = (text: string, eol = '\n'): Rows => {
	// The samples never need quoting, so a plain split is an independent reader.
	expect(text.includes('"')).toBe(false);
	return text
		.slice(0, -eol.length)
		.split(eol)
		.map((line) => line.split(','));
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const numeric = (v: string) => (v === '' || v === DK ? NaN : Number(v));
const corr = (xs: number[], ys: number[]) => {
	const [mx, my] = [mean(xs), mean(ys)];
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	xs.forEach((x, i) => {
		sxy += (x - mx) * (ys[i] - my);
		sxx += (x - mx) ** 2;
		syy += (ys[i] - my) ** 2;
	});
	return sxy / Math.sqrt(sxx * syy);
};
/** Least-squares y = a + b (x - x̄) + c (x - x̄)²; returns c (its sign tells concave or convex). */
const quadratic = (xs: number[], ys: number[]) => {
	const mx = mean(xs);
	const s = [0, 0, 0, 0, 0];
	const t = [0, 0, 0];
	xs.forEach((x0, i) => {
		const x = x0 - mx;
		for (let k = 0; k < 5; k++) s[k] += x ** k;
		for (let k = 0; k < 3; k++) t[k] += ys[i] * x ** k;
	});
	const m = [
		[s[0], s[1], s[2], t[0]],
		[s[1], s[2], s[3], t[1]],
		[s[2], s[3], s[4], t[2]]
	];
	for (let i = 0; i < 3; i++)
		for (let j = i + 1; j < 3; j++) {
			const f = m[j][i] / m[i][i];
			for (let k = i; k < 4; k++) m[j][k] -= f * m[i][k];
		}
	return m[2][3] / m[2][2];
};

let sample: RetailSample;
let customers: Rows;
let tx: Rows;
let survey: Rows;
let key: Rows;
let surveyHeader: string[];
const revenue = new Map<string, number>();
const purchaseDays = new Map<string, number[]>();
const orderCount = new Map<string, number>();

const file = (name: string) => {
	const f = sample.files.find((x) => x.name === name);
	if (!f) throw new Error(name);
	return f.bytes;
};

beforeAll(() => {
	sample = generateRetail();
	[, ...customers] = parse(file('customers.csv').toString('utf8'));
	[, ...tx] = parse(file('transactions.csv').toString('utf8'));
	[surveyHeader, ...survey] = parse(file('survey.csv').toString('utf8'));
	[, ...key] = parse(file('answer_key.csv').toString('utf8'));
	for (const [order, id, date, amount] of tx) {
		revenue.set(id, (revenue.get(id) ?? 0) + Number(amount));
		if (Number(amount) > 0) {
			const days = purchaseDays.get(id) ?? [];
			days.push(dayFromISO(date));
			purchaseDays.set(id, days);
			orderCount.set(id, (orderCount.get(id) ?? 0) + (order ? 1 : 0));
		}
	}
});

describe('files and integrity', () => {
	it('has the intended sizes and string ids', () => {
		expect(customers.length).toBe(5000);
		expect(tx.length).toBeGreaterThan(50_000);
		expect(tx.length).toBeLessThan(70_000);
		expect(survey.length).toBe(1500);
		const ids = new Set(customers.map((c) => c[0]));
		expect(ids.size).toBe(5000);
		expect([...ids].every((id) => /^C\d{5}$/.test(id))).toBe(true);
		expect(tx.every((r) => ids.has(r[1]))).toBe(true);
		expect(survey.every((r) => ids.has(r[1]))).toBe(true);
	});

	it('keeps every purchase between sign-up and the end of 2024', () => {
		const signup = new Map(customers.map((c) => [c[0], dayFromISO(c[7])]));
		const outside = tx.filter(([, id, date]) => {
			const day = dayFromISO(date);
			return day < (signup.get(id) ?? Infinity) || day > END;
		});
		expect(outside).toEqual([]);
	});

	it('has about 2 % returns, each pointing back to an earlier purchase of the customer', () => {
		const purchases = new Map(tx.filter((r) => Number(r[3]) > 0).map((r) => [r[0], r]));
		const returns = tx.filter((r) => Number(r[3]) < 0);
		expect(returns.length / tx.length).toBeGreaterThan(0.015);
		expect(returns.length / tx.length).toBeLessThan(0.025);
		for (const r of returns) {
			const p = purchases.get(r[0]);
			expect(p?.[1]).toBe(r[1]);
			expect(p?.[4]).toBe(r[4]);
			expect(dayFromISO(r[2])).toBeGreaterThan(dayFromISO(p?.[2] ?? ''));
			expect(-Number(r[3])).toBeLessThanOrEqual(Number(p?.[3]));
		}
		const zeros = tx.filter((r) => r[3] === '0.00').length;
		expect(zeros / tx.length).toBeGreaterThan(0.001);
		expect(zeros / tx.length).toBeLessThan(0.006);
	});
});

describe('value structure', () => {
	it('concentrates 60–75 % of revenue in the top 20 % of customers (Pareto)', () => {
		const values = customers.map((c) => revenue.get(c[0]) ?? 0).sort((a, b) => b - a);
		const total = values.reduce((a, b) => a + b, 0);
		const top = values.slice(0, values.length / 5).reduce((a, b) => a + b, 0);
		expect(top / total).toBeGreaterThan(0.6);
		expect(top / total).toBeLessThan(0.75);
	});

	it('has distinct RFM segments under plain quintile scoring', () => {
		const ids = [...purchaseDays.keys()];
		const score = (xs: number[]) => {
			const order = xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b] || a - b);
			const s = new Array<number>(xs.length);
			order.forEach((i, rank) => (s[i] = 1 + Math.floor((5 * rank) / xs.length)));
			return s;
		};
		const last = ids.map((id) => Math.max(...(purchaseDays.get(id) ?? [])));
		const first = ids.map((id) => Math.min(...(purchaseDays.get(id) ?? [])));
		const f = ids.map((id) => purchaseDays.get(id)?.length ?? 0);
		const r = score(last);
		const fs = score(f);
		const ms = score(ids.map((id) => revenue.get(id) ?? 0));
		const counts: Record<string, number> = {};
		ids.forEach((_, i) => {
			const tenure = AS_OF - first[i];
			const name =
				r[i] >= 4 && fs[i] >= 4 && ms[i] >= 4
					? 'champions'
					: r[i] >= 3 && fs[i] >= 4
						? 'loyal'
						: r[i] <= 2 && fs[i] >= 4 && ms[i] >= 4
							? 'atRisk'
							: f[i] === 1 && tenure <= 92
								? 'new'
								: r[i] >= 4 && tenure <= 300
									? 'promising'
									: r[i] <= 2 && f[i] <= 2
										? 'hibernating'
										: 'other';
			counts[name] = (counts[name] ?? 0) + 1;
		});
		const share = (name: string) => (counts[name] ?? 0) / ids.length;
		expect(share('champions')).toBeGreaterThan(0.15);
		expect(share('loyal')).toBeGreaterThan(0.05);
		expect(share('atRisk')).toBeGreaterThan(0.03);
		expect(share('new')).toBeGreaterThan(0.015);
		expect(share('promising')).toBeGreaterThan(0.05);
		expect(share('hibernating')).toBeGreaterThan(0.15);
	});

	it('peaks in November and December', () => {
		for (const year of ['2023', '2024']) {
			const month = new Array<number>(12).fill(0);
			for (const r of tx)
				if (r[2].startsWith(year)) month[Number(r[2].slice(5, 7)) - 1] += Number(r[3]);
			const usual = mean(month.slice(0, 10));
			expect(month[10] / usual).toBeGreaterThan(1.3);
			expect(month[11] / usual).toBeGreaterThan(1.2);
		}
	});

	it('lets acquisition channel and age band differ in value', () => {
		const byGroup = (group: (c: string[]) => string) => {
			const sums: Record<string, number[]> = {};
			for (const c of customers) (sums[group(c)] ??= []).push(revenue.get(c[0]) ?? 0);
			return Object.fromEntries(Object.entries(sums).map(([g, v]) => [g, mean(v)]));
		};
		const channel = byGroup((c) => c[6]);
		expect(channel.referral / channel.promotion).toBeGreaterThan(1.4);
		const age = byGroup((c) =>
			c[1] === '' ? '?' : Number(c[1]) < 25 ? 'young' : Number(c[1]) < 45 ? 'mid' : 'old'
		);
		expect(age.mid / age.young).toBeGreaterThan(1.3);
	});
});

describe('lifecycle', () => {
	it('has customers who went quiet after short, medium, longer and long lives', () => {
		// Life span in months of customers silent for the last half year: the four exit patterns.
		const spans = { I: 0, II: 0, III: 0, IV: 0 };
		for (const days of purchaseDays.values()) {
			const last = Math.max(...days);
			if (last > AS_OF - 180) continue;
			const span = monthIndex(last) - monthIndex(Math.min(...days)) + 1;
			spans[span <= 2 ? 'I' : span <= 9 ? 'II' : span <= 15 ? 'III' : 'IV']++;
		}
		expect(spans.I).toBeGreaterThan(800);
		expect(spans.II).toBeGreaterThan(300);
		expect(spans.III).toBeGreaterThan(150);
		expect(spans.IV).toBeGreaterThan(150);
	});

	it('draws the four textbook life curves (spend per month since acquisition, per customer still there)', () => {
		const signup = new Map(customers.map((c) => [c[0], monthIndex(dayFromISO(c[7]))]));
		const curve = (pattern: string, status: string) => {
			const members = key.filter(
				(k) => k[3] === pattern && k[4] === status && k[2] === 'established'
			);
			const exit = new Map(members.map((k) => [k[0], k[5] === '' ? Infinity : Number(k[5])]));
			const spend = new Array<number>(36).fill(0);
			const alive = new Array<number>(36).fill(0);
			for (const [id, e] of exit)
				for (let m = 0; m < Math.min(e, 36) && (signup.get(id) ?? 0) + m <= monthIndex(END); m++)
					alive[m]++;
			for (const [, id, date, amount] of tx) {
				if (!exit.has(id)) continue;
				const m = monthIndex(dayFromISO(date)) - (signup.get(id) ?? 0);
				// A left customer never buys from the exit month on.
				if (Number(amount) > 0) expect(m).toBeLessThan(exit.get(id) ?? 0);
				if (m < 36) spend[m] += Number(amount);
			}
			return { n: members.length, at: (m: number) => spend[m] / alive[m] };
		};
		const avg = (c: ReturnType<typeof curve>, from: number, to: number) =>
			mean(Array.from({ length: to - from + 1 }, (_, k) => c.at(from + k)));
		// I: one or two small trial orders within the first months.
		const one = key.filter((k) => k[3] === 'I' && k[4] === 'left').map((k) => k[0]);
		expect(one.length).toBeGreaterThan(1000);
		for (const id of one) {
			const days = purchaseDays.get(id) ?? [];
			expect(days.length).toBeLessThanOrEqual(2);
			expect(Math.max(...days) - Math.min(...days)).toBeLessThanOrEqual(75);
		}
		// II: spend grows after the trial month, then stops.
		const two = curve('II', 'left');
		expect(two.n).toBeGreaterThan(300);
		expect(avg(two, 4, 6) / two.at(1)).toBeGreaterThan(1.5);
		// III: reaches a plateau (months 5–9 level) well above the trial level, then leaves.
		const three = curve('III', 'left');
		expect(three.n).toBeGreaterThan(300);
		expect(avg(three, 5, 9) / three.at(1)).toBeGreaterThan(2);
		// IV retained: a long, flat plateau (year 2 within 20 % of months 6–11).
		const four = curve('IV', 'active');
		expect(four.n).toBeGreaterThan(800);
		expect(Math.abs(avg(four, 12, 23) / avg(four, 6, 11) - 1)).toBeLessThan(0.2);
		// IV left late: long plateau, gone only after more than a year.
		const late = curve('IV', 'left');
		expect(late.n).toBeGreaterThan(300);
		expect(avg(late, 9, 14) / late.at(1)).toBeGreaterThan(2);
	});

	it('has long-lived customers still active with falling spend (decline phase)', () => {
		// Net spend in the second half of 2023 and of 2024, per customer, in one pass.
		const [h23, h24] = [dayFromYMD(2023, 7, 1), dayFromYMD(2024, 7, 1)];
		const halves = new Map<string, [number, number]>();
		for (const [, id, date, amount] of tx) {
			const day = dayFromISO(date);
			const h = halves.get(id) ?? [0, 0];
			if (day >= h23 && day < dayFromYMD(2024, 1, 1)) h[0] += Number(amount);
			if (day >= h24) h[1] += Number(amount);
			halves.set(id, h);
		}
		let longLived = 0;
		let declining = 0;
		for (const [id, days] of purchaseDays) {
			// Customers since 2022 who still bought in the last quarter of 2024.
			if (Math.min(...days) >= dayFromYMD(2022, 10, 1)) continue;
			if (Math.max(...days) < dayFromYMD(2024, 10, 1)) continue;
			longLived++;
			const [before, after] = halves.get(id) ?? [0, 0];
			if (after < 0.5 * before) declining++;
		}
		expect(longLived).toBeGreaterThan(500);
		expect(declining).toBeGreaterThan(100);
	});
});

describe('satisfaction and loyalty', () => {
	const col = (name: string) => surveyHeader.indexOf(name);
	const itemMean = (row: string[], names: string[]) => {
		const values = names.map((n) => numeric(row[col(n)])).filter((v) => !Number.isNaN(v));
		return values.length ? mean(values) : NaN;
	};
	const basic = (r: string[]) =>
		itemMean(r, ['basic_delivery_on_time', 'basic_correct_goods', 'basic_price_as_listed']);
	const latent = (r: string[]) =>
		itemMean(r, [
			'latent_surprise_recommendations',
			'latent_personal_service',
			'latent_member_surprises'
		]);
	// Loyalty on 0–10: repurchase intention (1–7) rescaled, averaged with recommendation (0–10).
	const loyalty = (r: string[]) => {
		const rep = numeric(r[col('repurchase_intention')]);
		const rec = numeric(r[col('recommend')]);
		const parts = [((rep - 1) / 6) * 10, rec].filter((v) => !Number.isNaN(v));
		return parts.length ? mean(parts) : NaN;
	};
	const pairs = (x: (r: string[]) => number) => {
		const ok = survey.map((r) => [x(r), loyalty(r)]).filter(([a, b]) => !Number.isNaN(a + b));
		return [ok.map((p) => p[0]), ok.map((p) => p[1])];
	};

	it('shows the satisfaction trap: concave in basic, convex in latent expectations', () => {
		const [bx, by] = pairs(basic);
		const [lx, ly] = pairs(latent);
		expect(quadratic(bx, by)).toBeLessThan(-0.03);
		expect(quadratic(lx, ly)).toBeGreaterThan(0.03);
		// Mean loyalty in low / middle / high thirds of the 1–10 scale: the basic curve's last
		// step is small next to its first (plateau), the latent curve's last step is the larger.
		const thirds = (x: number[], y: number[]) =>
			[
				[1, 5],
				[5, 7.5],
				[7.5, 11]
			].map(([lo, hi]) => mean(y.filter((_, i) => x[i] >= lo && x[i] < hi)));
		const [b1, b2, b3] = thirds(bx, by);
		expect(b3 - b2).toBeLessThan(0.4 * (b2 - b1));
		const [l1, l2, l3] = thirds(lx, ly);
		expect(l3 - l2).toBeGreaterThan(1.2 * (l2 - l1));
		const average = mean(by);
		const high = by.filter((_, i) => bx[i] >= 8);
		// High basic satisfaction buys only about average loyalty.
		expect(Math.abs(mean(high) - average)).toBeLessThan(0.6);
		const trapped = high.filter((y) => Math.abs(y - average) <= 1.5).length;
		expect(trapped / by.length).toBeGreaterThan(0.25);
		const highLatent = ly.filter((_, i) => lx[i] >= 8);
		expect(mean(highLatent) - average).toBeGreaterThan(1.2);
	});

	it('moves repurchase but not recommendation with switching cost', () => {
		const rows = survey.filter(
			(r) =>
				!Number.isNaN(
					numeric(r[col('switching_cost')]) +
						numeric(r[col('repurchase_intention')]) +
						numeric(r[col('recommend')])
				)
		);
		const sc = rows.map((r) => numeric(r[col('switching_cost')]));
		const rep = corr(
			sc,
			rows.map((r) => numeric(r[col('repurchase_intention')]))
		);
		const rec = corr(
			sc,
			rows.map((r) => numeric(r[col('recommend')]))
		);
		expect(rep).toBeGreaterThan(0.3);
		expect(Math.abs(rec)).toBeLessThan(0.1);
	});

	it('has all six Jones & Sasser zones, and what respondents say predicts what they do', () => {
		const zones: Record<string, { n: number; bought: number }> = {};
		for (const r of survey) {
			const sat = numeric(r[col('overall_satisfaction')]);
			const rep = numeric(r[col('repurchase_intention')]);
			if (Number.isNaN(sat + rep)) continue;
			const zone =
				r[col('complained')] === 'yes' && sat <= 3 && rep <= 3
					? 'terrorist'
					: sat >= 9 && rep >= 6
						? 'apostle'
						: sat >= 7 && rep >= 5
							? 'loyalist'
							: sat >= 7
								? 'mercenary'
								: rep >= 5
									? 'hostage'
									: 'defector';
			const day = dayFromISO(r[col('survey_date')]);
			const after = (purchaseDays.get(r[1]) ?? []).some((d) => d > day && d <= day + 180);
			const z = (zones[zone] ??= { n: 0, bought: 0 });
			z.n++;
			if (after) z.bought++;
		}
		const n = (zone: string) => zones[zone]?.n ?? 0;
		const kept = (zone: string) => (zones[zone]?.bought ?? 0) / n(zone);
		for (const zone of ['apostle', 'loyalist', 'mercenary', 'hostage', 'defector'])
			expect(n(zone), zone).toBeGreaterThan(75);
		expect(n('terrorist')).toBeGreaterThanOrEqual(3);
		expect(n('terrorist')).toBeLessThan(30);
		expect(kept('apostle')).toBeGreaterThan(0.85);
		expect(kept('loyalist')).toBeGreaterThan(0.65);
		expect(kept('hostage')).toBeGreaterThan(0.6);
		expect(kept('mercenary')).toBeLessThan(0.45);
		expect(kept('defector')).toBeLessThan(0.35);
		expect(kept('terrorist')).toBeLessThan(0.2);
	});

	it('has a few blanks and "don\'t know" answers, most of them on latent expectations', () => {
		const cells = survey.flatMap((r) => r.slice(3, col('complained')));
		const dk = cells.filter((v) => v === DK).length;
		expect(dk / cells.length).toBeGreaterThan(0.01);
		expect(cells.filter((v) => v === '').length / cells.length).toBeGreaterThan(0.005);
		const latentDk = survey.filter((r) => r[col('latent_surprise_recommendations')] === DK).length;
		const basicDk = survey.filter((r) => r[col('basic_correct_goods')] === DK).length;
		expect(latentDk).toBeGreaterThan(3 * basicDk);
	});
});

describe('Chinese GB18030 twins', () => {
	const back = new Map(Object.entries(zhValues).map(([en, zh]) => [zh, en]));
	const headerBack = new Map(Object.entries(zhHeaders).map(([en, zh]) => [zh, en]));
	const fromZhDate = (s: string) => {
		const m = /^(\d{4})(?:\/|年)(\d{1,2})(?:\/|月)(\d{1,2})日?$/.exec(s);
		return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : s;
	};
	const cases = [
		{ zh: 'customers_zh.csv', en: 'customers.csv', first: '客户编号', date: '2022/1/' },
		{ zh: 'transactions_zh.csv', en: 'transactions.csv', first: '订单号', date: '2022/1/' },
		{ zh: 'survey_zh.csv', en: 'survey.csv', first: '问卷编号', date: '2023年7月' }
	];
	it.each(cases)('$zh decodes back to the rows of $en', ({ zh, en, first, date }) => {
		const bytes = file(zh);
		// Really GB18030, not UTF-8: decoding as UTF-8 breaks the Chinese header.
		expect(bytes.toString('utf8').startsWith(first)).toBe(false);
		const text = iconv.decode(bytes, 'gb18030');
		expect(text.includes('\r\n')).toBe(true);
		const rows = parse(text, '\r\n');
		expect(rows[0][0]).toBe(first);
		expect(rows[1].join(',')).toContain(date);
		const restored = [
			rows[0].map((h) => headerBack.get(h) ?? h),
			...rows.slice(1).map((row) => row.map((v) => back.get(v) ?? fromZhDate(v)))
		];
		expect(restored).toEqual(parse(file(en).toString('utf8')));
	});
});
