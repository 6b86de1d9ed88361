// The SQL files of docs/sql, read at run time (from the source tree or next to the built CLI:
// both sit in the package that holds package.json) with their {{placeholders}} filled in.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	while (!existsSync(join(dir, 'package.json'))) {
		const up = dirname(dir);
		if (up === dir) throw new Error('docs/sql not found: the CLI runs outside its package');
		dir = up;
	}
	return dir;
}

/** docs/sql/<name>.sql with each {{key}} replaced, without its final semicolon. */
export function docSql(name: string, values: Record<string, string>): string {
	let sql = readFileSync(join(packageRoot(), 'docs', 'sql', `${name}.sql`), 'utf8');
	for (const [k, v] of Object.entries(values)) sql = sql.replaceAll(`{{${k}}}`, v);
	return sql.trim().replace(/;$/, '');
}
