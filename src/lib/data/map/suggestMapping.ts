// Suggests the dataset kind and each column's role from header names (English and Chinese)
// and from what the values look like. The user confirms or corrects it in the preview.
import { normalizeHeader, roleFromHeader, type Role } from './headerSynonyms';
import { looksLikeRating, type ColumnProfile } from './profileColumn';
import { roleType, type ColumnSpec, type DatasetKind, type ValueType } from './types';

export interface Suggestion {
	kind: DatasetKind;
	columns: ColumnSpec[];
}

function valueType(p: ColumnProfile): ValueType {
	if (p.date.format && p.date.coverage >= 0.9) return 'date';
	if (p.zeroPadded) return 'id';
	if (p.numericShare >= 0.9) return 'number';
	return 'text';
}

function isDate(p: ColumnProfile): boolean {
	return !!p.date.format && p.date.coverage >= 0.9;
}

/** Headers only a complaint log has; two of them make a file a complaint log. */
const COMPLAINT_HEADERS = new Set(
	[
		'complaint_id',
		'complaint_date',
		'complaint_channel',
		'complaint_topic',
		'resolved',
		'days_to_resolve',
		'satisfied_with_handling',
		'投诉编号',
		'投诉日期',
		'投诉渠道',
		'投诉主题',
		'是否解决',
		'解决天数',
		'对处理满意'
	].map(normalizeHeader)
);

export function suggestKind(profiles: ColumnProfile[], headerRoles: (Role | null)[]): DatasetKind {
	const has = (r: Role) => headerRoles.includes(r);
	if (has('frequency') && has('recency') && has('T')) return 'summary';
	if (profiles.filter((p) => COMPLAINT_HEADERS.has(normalizeHeader(p.header))).length >= 2)
		return 'complaints';
	const dates = profiles.filter(isDate);
	const numbers = profiles.filter((p) => !isDate(p) && p.numericShare >= 0.9 && !p.zeroPadded);
	const ratings = profiles.filter((p) => !isDate(p) && looksLikeRating(p) && !headerRoles[p.index]);
	const repeatedId = profiles.some(
		(p) =>
			!isDate(p) &&
			p.uniqueness < 0.95 &&
			p.nonEmpty > 0 &&
			(p.zeroPadded || p.numericShare < 0.9 || p.integerShare === 1)
	);
	if ((has('amount') || has('orderId')) && (has('date') || dates.length > 0)) return 'transactions';
	if (ratings.length >= 3 && !has('amount')) return 'survey';
	if (dates.length > 0 && numbers.length > 0 && repeatedId && !has('signupDate'))
		return 'transactions';
	return 'customers';
}

/** True when column b only renames column a's values (a second id for the same customers). */
function isAlias(body: string[][], a: number, b: number): boolean {
	const ab = new Map<string, string>();
	const ba = new Map<string, string>();
	for (const row of body) {
		const x = row[a] ?? '';
		const y = row[b] ?? '';
		if ((ab.has(x) && ab.get(x) !== y) || (ba.has(y) && ba.get(y) !== x)) return false;
		ab.set(x, y);
		ba.set(y, x);
	}
	return ab.size > 1;
}

export function suggestMapping(
	profiles: ColumnProfile[],
	forcedKind?: DatasetKind,
	body: string[][] = []
): Suggestion {
	const headerRoles = profiles.map((p) => roleFromHeader(p.header));
	const kind = forcedKind ?? suggestKind(profiles, headerRoles);
	const taken = new Set<Role>();
	const roles: Role[] = profiles.map(() => 'ignore');
	const allowed: Record<DatasetKind, Role[]> = {
		transactions: [
			'customerId',
			'date',
			'amount',
			'orderId',
			'quantity',
			'category',
			'channel',
			'cost'
		],
		customers: ['customerId', 'signupDate', 'churnDate', 'churnFlag'],
		survey: ['customerId', 'date'],
		complaints: ['customerId', 'date'],
		summary: ['customerId', 'frequency', 'recency', 'T', 'monetary']
	};
	// 1. Header names first.
	profiles.forEach((p, i) => {
		const r = headerRoles[i];
		if (r && allowed[kind].includes(r) && !taken.has(r)) {
			roles[i] = r;
			taken.add(r);
		}
	});
	// Survey dates and customers' signup dates may be named plainly "date".
	if (kind === 'customers' && !taken.has('signupDate')) {
		profiles.forEach((p, i) => {
			if (roles[i] === 'ignore' && headerRoles[i] === 'date' && !taken.has('signupDate')) {
				roles[i] = 'signupDate';
				taken.add('signupDate');
			}
		});
	}
	// 2. Values for what the headers did not name.
	const free = (i: number) => roles[i] === 'ignore' && headerRoles[i] === null;
	const claim = (
		role: Role,
		test: (p: ColumnProfile) => boolean,
		pick: 'first' | 'last' = 'first'
	) => {
		if (taken.has(role) || !allowed[kind].includes(role)) return;
		const candidates = profiles.filter((p, i) => free(i) && test(p));
		const p = pick === 'first' ? candidates[0] : candidates[candidates.length - 1];
		if (p) {
			roles[p.index] = role;
			taken.add(role);
		}
	};
	claim('date', isDate);
	claim('signupDate', isDate);
	// In transactions ids repeat; in customer and survey tables an id is unique per row.
	const unique = kind === 'customers' || kind === 'survey';
	claim(
		'customerId',
		(p) =>
			!isDate(p) &&
			(unique
				? p.uniqueness >= 0.99 && (p.zeroPadded || p.numericShare < 0.5 || p.integerShare === 1)
				: p.zeroPadded ||
					(p.numericShare < 0.5 && p.distinct > 1) ||
					(p.integerShare === 1 && p.numericShare >= 0.9 && p.min >= 0))
	);
	const idIndex = roles.indexOf('customerId');
	if (idIndex >= 0 && body.length) {
		profiles.forEach((p, i) => {
			if (free(i) && i !== idIndex && isAlias(body, idIndex, i)) headerRoles[i] = 'ignore';
		});
	}
	if (kind === 'transactions') {
		// Amounts have cents or currency; otherwise the last numeric column is the best guess.
		claim(
			'amount',
			(p) => p.numericShare >= 0.9 && !p.zeroPadded && (p.integerShare < 0.9 || p.currency)
		);
		claim('amount', (p) => p.numericShare >= 0.9 && !p.zeroPadded, 'last');
		claim(
			'quantity',
			(p) => p.numericShare >= 0.9 && p.integerShare === 1 && p.min >= 0 && p.max <= 1000
		);
	}
	const columns: ColumnSpec[] = profiles.map((p, i) => {
		let role = roles[i];
		if (
			role === 'ignore' &&
			!(headerRoles[i] && headerRoles[i] !== 'ignore' && kind === 'transactions')
		) {
			if (kind === 'customers') role = 'attribute';
			else if (kind === 'survey' || kind === 'complaints')
				role = looksLikeRating(p)
					? 'item'
					: p.nonEmpty > 0 && p.distinct <= 20
						? 'group'
						: 'ignore';
		}
		const type = roleType(role, valueType(p));
		const spec: ColumnSpec = { index: p.index, header: p.header, role, type };
		if (type === 'date') spec.dateFormat = p.date.format ?? 'ymd';
		if (type === 'number') spec.decimal = p.decimal;
		return spec;
	});
	return { kind, columns };
}
