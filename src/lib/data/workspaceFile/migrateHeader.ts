// Brings a parsed header of any known version up to the current one, step by step.
import { CURRENT_VERSION, FORMAT_NAME } from './format';
import { MIGRATIONS, type HeaderRecord, type Migration } from './migrations';
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

export function migrateHeader(
	raw: unknown,
	migrations: Record<number, Migration> = MIGRATIONS,
	current: number = CURRENT_VERSION
): HeaderRecord {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		throw new WorkspaceFileProblem('invalid_content', { detail: 'header is not an object' });
	const header = raw as HeaderRecord;
	if (header.format !== FORMAT_NAME) throw new WorkspaceFileProblem('not_workspace_file');
	const version = header.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		throw new WorkspaceFileProblem('invalid_content', { detail: 'version' });
	if (version > current)
		throw new WorkspaceFileProblem('newer_version', { version, supported: current });
	let h = header;
	for (let v = version; v < current; v++) {
		const step = migrations[v];
		if (!step) throw new WorkspaceFileProblem('missing_migration', { version: v });
		h = { ...step(h), version: v + 1 };
	}
	return h;
}
