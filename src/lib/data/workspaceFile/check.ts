// Small type guards for reading untrusted JSON: each names the path that failed, so a bad
// file says where ("datasets[1].record.rows") instead of crashing later.
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

export type Json = Record<string, unknown>;

export function invalid(path: string): never {
	throw new WorkspaceFileProblem('invalid_content', { detail: path });
}

export function isObject(v: unknown): v is Json {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function object(v: unknown, path: string): Json {
	return isObject(v) ? v : invalid(path);
}

export function array(v: unknown, path: string): unknown[] {
	return Array.isArray(v) ? v : invalid(path);
}

export function string(v: unknown, path: string): string {
	return typeof v === 'string' ? v : invalid(path);
}

/** A whole number ≥ 0 that a typed array length or byte offset can be. */
export function count(v: unknown, path: string): number {
	return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : invalid(path);
}

export function finiteOrNull(v: unknown, path: string): number | null {
	return v === null || (typeof v === 'number' && Number.isFinite(v)) ? v : invalid(path);
}

/** An optional field: its value when present and well typed, else the fallback. */
export function optional<T>(v: unknown, guard: (x: unknown) => x is T, fallback: T): T {
	return guard(v) ? v : fallback;
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isCount = (v: unknown): v is number =>
	typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

export function boolean(v: unknown, path: string): boolean {
	return typeof v === 'boolean' ? v : invalid(path);
}

/** One of a fixed list of strings. */
export function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
	return typeof v === 'string' && (allowed as readonly string[]).includes(v)
		? (v as T)
		: invalid(path);
}
