// Builds the whole "Teaching Retailer" (教学零售商) sample in memory: English UTF-8 tables, their
// Chinese GB18030 twins, the generator's answer key and a manifest. Writing to disk is left to
// scripts/make-samples.ts so tests can compare bytes without touching files.
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { isoFromDay } from '../../src/lib/analytics/dates';
import { drawCustomers, type SampleCustomer } from './drawCustomers';
import { drawSurvey, surveyItems, type SurveyResponse } from './drawSurvey';
import { exitOf } from './exitOf';
import { drawCourseExtras, extraSurveyItems, type CourseExtras } from './drawCourseExtras';
import { drawTransactions, type SampleTransactions } from './drawTransactions';
import { pairCategories } from './pairCategories';
import { formatCsv } from './formatCsv';
import { retailSpec } from './retailSpec';
import { toZhTable } from './toZhTable';

export interface RetailOptions {
	seed: number;
	customers: number;
	respondents: number;
}

export interface SampleFile {
	name: string;
	kind: 'customers' | 'transactions' | 'survey' | 'complaints' | 'answer-key' | 'manifest';
	language: 'en' | 'zh' | null;
	encoding: 'utf-8' | 'gb18030';
	lineEnding: 'lf' | 'crlf';
	dateFormat: string | null;
	rows: number | null;
	bytes: Buffer;
}

export interface RetailSample {
	customers: SampleCustomer[];
	transactions: SampleTransactions;
	survey: SurveyResponse[];
	extras: CourseExtras;
	/** English tables, header row first. */
	tables: Record<'customers' | 'transactions' | 'survey' | 'complaints' | 'answerKey', string[][]>;
	files: SampleFile[];
}

type Table = string[][];

const PATTERN = {
	abortion: 'I',
	midway: 'II',
	premature: 'III',
	lateExit: 'IV',
	decliner: 'IV',
	loyal: 'IV',
	champion: 'IV',
	neverBought: ''
} as const;

function customersTable(customers: SampleCustomer[], extras: CourseExtras): Table {
	return [
		[
			'customer_id',
			'age',
			'gender',
			'region',
			'city_tier',
			'income_band',
			'acquisition_channel',
			'signup_date',
			// Added for issue 18, after the original columns so those keep their bytes.
			'churn_reason',
			'churn_type',
			'referred_by'
		],
		...customers.map((c) => [
			c.id,
			c.age === null ? '' : String(c.age),
			c.gender,
			c.region,
			c.cityTier,
			c.incomeBand ?? '',
			c.acquisitionChannel,
			isoFromDay(c.signupDay),
			extras.churn[c.index]?.reason ?? '',
			extras.churn[c.index]?.type ?? '',
			extras.referredBy[c.index] >= 0 ? customers[extras.referredBy[c.index]].id : ''
		])
	];
}

function transactionsTable(customers: SampleCustomer[], tx: SampleTransactions): Table {
	const { categories, channels } = retailSpec;
	const lines = [
		...tx.purchases.map((p) => ({ p, day: p.day, amount: p.amount, refund: 0 })),
		...tx.refunds.map((r) => ({ p: r.purchase, day: r.day, amount: r.amount, refund: 1 }))
	];
	lines.sort((a, b) => a.day - b.day || a.p.orderNo - b.p.orderNo || a.refund - b.refund);
	return [
		['order_id', 'customer_id', 'date', 'amount', 'category', 'channel'],
		...lines.map(({ p, day, amount }) => [
			`O${String(p.orderNo).padStart(6, '0')}`,
			customers[p.customer].id,
			isoFromDay(day),
			amount.toFixed(2),
			categories[p.category],
			channels[p.channel]
		])
	];
}

function surveyTable(survey: SurveyResponse[], extras: CourseExtras): Table {
	return [
		[
			'respondent_id',
			'customer_id',
			'survey_date',
			...surveyItems.map((item) => item.name),
			...extraSurveyItems.map((item) => item.name)
		],
		...survey.map((r, i) => [
			r.respondentId,
			r.customer.id,
			isoFromDay(r.day),
			...surveyItems.map((item) => r.answers[item.name]),
			...extraSurveyItems.map((item) => extras.surveyExtras[i][item.name])
		])
	];
}

function complaintsTable(extras: CourseExtras): Table {
	return [
		[
			'complaint_id',
			'customer_id',
			'complaint_date',
			'complaint_channel',
			'topic',
			'resolved',
			'days_to_resolve',
			'satisfied_with_handling'
		],
		...extras.complaints.map((k, i) => [
			`K${String(i + 1).padStart(4, '0')}`,
			k.customer.id,
			isoFromDay(k.day),
			k.channel,
			k.topic,
			k.resolved ? 'yes' : 'no',
			k.daysToResolve === null ? '' : String(k.daysToResolve),
			k.satisfied ? 'yes' : 'no'
		])
	];
}

function answerKeyTable(customers: SampleCustomer[], tx: SampleTransactions): Table {
	return [
		['customer_id', 'latent_type', 'cohort', 'life_pattern', 'status', 'exit_month', 'zone'],
		...customers.map((c) => {
			const { exit, status } = exitOf(c, tx.byCustomer[c.index]);
			return [
				c.id,
				c.type,
				c.cohort,
				PATTERN[c.type],
				status,
				Number.isFinite(exit) && c.type !== 'neverBought' ? String(exit) : '',
				c.zone
			];
		})
	];
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export function generateRetail(options: Partial<RetailOptions> = {}): RetailSample {
	const seed = options.seed ?? retailSpec.seed;
	const customers = drawCustomers(seed, options.customers ?? retailSpec.customers);
	const transactions = drawTransactions(seed, customers);
	pairCategories(seed, customers, transactions);
	const survey = drawSurvey(
		seed,
		customers,
		transactions,
		options.respondents ?? retailSpec.respondents
	);
	const extras = drawCourseExtras(seed, customers, transactions, survey);
	const tables = {
		customers: customersTable(customers, extras),
		transactions: transactionsTable(customers, transactions),
		survey: surveyTable(survey, extras),
		complaints: complaintsTable(extras),
		answerKey: answerKeyTable(customers, transactions)
	};
	const en = (name: string, kind: SampleFile['kind'], table: Table): SampleFile => ({
		name,
		kind,
		language: kind === 'answer-key' ? null : 'en',
		encoding: 'utf-8',
		lineEnding: 'lf',
		dateFormat: kind === 'answer-key' ? null : 'YYYY-MM-DD',
		rows: table.length - 1,
		bytes: Buffer.from(formatCsv(table), 'utf8')
	});
	// Chinese Excel saves "CSV (逗号分隔)" in the ANSI code page (GBK/GB18030) with CRLF.
	const zh = (
		name: string,
		kind: SampleFile['kind'],
		table: Table,
		dates: string[],
		cjk: boolean
	) => {
		const zhTable = toZhTable(table, dates, cjk ? 'cjk' : 'slash');
		return {
			name,
			kind,
			language: 'zh',
			encoding: 'gb18030',
			lineEnding: 'crlf',
			dateFormat: cjk ? 'YYYY年M月D日' : 'YYYY/M/D',
			rows: zhTable.length - 1,
			bytes: iconv.encode(formatCsv(zhTable, '\r\n'), 'gb18030')
		} satisfies SampleFile;
	};
	const files: SampleFile[] = [
		en('customers.csv', 'customers', tables.customers),
		en('transactions.csv', 'transactions', tables.transactions),
		en('survey.csv', 'survey', tables.survey),
		zh('customers_zh.csv', 'customers', tables.customers, ['signup_date'], false),
		zh('transactions_zh.csv', 'transactions', tables.transactions, ['date'], false),
		zh('survey_zh.csv', 'survey', tables.survey, ['survey_date'], true),
		en('complaints.csv', 'complaints', tables.complaints),
		zh('complaints_zh.csv', 'complaints', tables.complaints, ['complaint_date'], false),
		en('answer_key.csv', 'answer-key', tables.answerKey)
	];
	const manifest = {
		format: 'crm-workbench-sample',
		version: 1,
		id: 'retail',
		title: { en: 'Teaching Retailer', zh: '教学零售商' },
		generator: 'scripts/make-samples.ts',
		seed,
		customers: customers.length,
		period: { start: isoFromDay(retailSpec.start), end: isoFromDay(retailSpec.end) },
		asOf: isoFromDay(retailSpec.asOf),
		currency: 'CNY',
		files: files.map((f) => ({
			name: f.name,
			kind: f.kind,
			language: f.language,
			encoding: f.encoding,
			lineEnding: f.lineEnding,
			header: true,
			dateFormat: f.dateFormat,
			rows: f.rows,
			bytes: f.bytes.length,
			sha256: sha256(f.bytes)
		}))
	};
	files.push({
		name: 'manifest.json',
		kind: 'manifest',
		language: null,
		encoding: 'utf-8',
		lineEnding: 'lf',
		dateFormat: null,
		rows: null,
		bytes: Buffer.from(JSON.stringify(manifest, null, '\t') + '\n', 'utf8')
	});
	return { customers, transactions, survey, extras, tables, files };
}
