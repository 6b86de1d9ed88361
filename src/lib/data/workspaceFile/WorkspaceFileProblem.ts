// Why a workspace file or share link cannot be restored. Each code has a message
// `wbfile.problem.<code>` (en, zh); `detail` says where, in English, for bug reports.

export type WorkspaceFileProblemCode =
	| 'not_workspace_file'
	| 'corrupt_file'
	| 'newer_version'
	| 'invalid_content'
	| 'missing_migration'
	| 'link_damaged'
	| 'refused_value'
	| 'refused_label'
	| 'too_large'
	| 'too_many_columns'
	| 'link_too_long'
	| 'too_many_items';

export class WorkspaceFileProblem extends Error {
	constructor(
		public code: WorkspaceFileProblemCode,
		public values: Record<string, string | number> = {}
	) {
		super(`${code}${values.detail ? `: ${values.detail}` : ''}`);
	}
}
