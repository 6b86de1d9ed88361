// A filter spec from untrusted JSON (engine params, a saved setting, a workspace file): keeps
// what is well formed and drops the rest, so a damaged setting never breaks a page.
import { NO_FILTER, type FilterCondition, type FilterSpec } from './filterSpec';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function bound(v: unknown): number | string | null {
	if (typeof v === 'number' && Number.isFinite(v)) return v;
	if (typeof v === 'string' && ISO.test(v)) return v;
	return null;
}

function condition(v: unknown): FilterCondition | null {
	if (!v || typeof v !== 'object') return null;
	const o = v as Record<string, unknown>;
	if (o.on !== 'transactions' && o.on !== 'customers') return null;
	if (typeof o.column !== 'string' || o.column === '') return null;
	const c: FilterCondition = { on: o.on, column: o.column };
	if (Array.isArray(o.values)) c.values = o.values.filter((x) => typeof x === 'string');
	const min = bound(o.min);
	const max = bound(o.max);
	if (min !== null) c.min = min;
	if (max !== null) c.max = max;
	if (!c.values && min === null && max === null) return null;
	return c;
}

export function readFilterSpec(v: unknown): FilterSpec {
	if (!v || typeof v !== 'object') return { ...NO_FILTER, where: [] };
	const o = v as Record<string, unknown>;
	const day = (x: unknown) => (typeof x === 'string' && ISO.test(x) ? x : null);
	const where = Array.isArray(o.where)
		? o.where.map(condition).filter((c): c is FilterCondition => c !== null)
		: [];
	return { from: day(o.from), to: day(o.to), where };
}
