// Where the churn and complaint facts live in a user's files: column headers tried in order
// (the teaching sample's English and Chinese names first, then common alternatives), and the
// answers read as "yes". Pure lookups over headers, shared by the app's engine and the CLI.
export const CHURN_HEADERS = {
	reason: ['churn_reason', '流失原因', 'reason', 'churnreason', 'exit_reason', '原因'],
	type: ['churn_type', '流失类型', 'churntype', 'exit_type'],
	referredBy: ['referred_by', '介绍人编号', 'referrer', 'referred_by_id', '推荐人'],
	resolved: ['resolved', '是否解决', 'is_resolved', '已解决'],
	satisfied: ['satisfied_with_handling', '对处理满意', 'satisfied', 'handling_satisfied'],
	daysToResolve: ['days_to_resolve', '解决天数', 'resolution_days'],
	satisfaction: ['overall_satisfaction', '总体满意度', 'satisfaction', '满意度']
} as const;

export type ChurnColumn = keyof typeof CHURN_HEADERS;

/** The first header in `headers` that matches one of the column's names (case and spaces ignored). */
export function findColumn(headers: readonly string[], column: ChurnColumn): string | null {
	const norm = (h: string) =>
		h
			.trim()
			.toLowerCase()
			.replace(/[\s-]+/g, '_');
	const byNorm = new Map(headers.map((h) => [norm(h), h]));
	for (const name of CHURN_HEADERS[column]) {
		const hit = byNorm.get(norm(name));
		if (hit !== undefined) return hit;
	}
	return null;
}

const YES = new Set(['yes', 'y', 'true', '1', '是', '对', '已解决', '满意']);

export function isYes(value: string | null | undefined): boolean {
	return YES.has((value ?? '').trim().toLowerCase());
}
