import { FILE_EXTENSION } from './format';

/** A file name from the workspace name and a day: any script's letters kept, nothing a file system refuses. */
export function workspaceFileName(name: string, isoDay: string): string {
	const stem = name.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '') || 'workspace';
	return `${stem}-${isoDay}${FILE_EXTENSION}`;
}
