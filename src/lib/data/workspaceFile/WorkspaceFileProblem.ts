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
	| 'refused_label';

export class WorkspaceFileProblem extends Error {
	constructor(
		public code: WorkspaceFileProblemCode,
		public values: Record<string, string | number> = {}
	) {
		super(`${code}${values.detail ? `: ${values.detail}` : ''}`);
	}
}
