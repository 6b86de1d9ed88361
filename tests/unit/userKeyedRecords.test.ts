// Objects keyed by user text (column names, labels, item names) must not inherit from
// Object.prototype: on a plain `{}`, `obj['__proto__'] = x` replaces the prototype (the value
// is lost), `'constructor' in obj` is true for every object and `obj.toString` exists before
// anything was stored. So in data/, analytics/ and engine/ (the layers that hold such objects) this
// test forbids, by syntax (TypeScript's parser, no type checking):
//   1. a variable typed `Record<string, …>` or `{ [k: string]: … }` starting as a plain `{}`
//      (use `emptyRecord()` — a null-prototype object — or a Map);
//   2. the `in` operator with a key that is not a string literal (use `Object.hasOwn` or a
//      Map); `'codes' in column` with a literal narrows a union type and stays allowed.
// Each rule has a case that it must catch and one it must leave alone, so it can fail.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/lib/data', 'src/lib/analytics', 'src/lib/engine'];

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return walk(path);
		return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

function isStringKeyed(type: ts.TypeNode | undefined): boolean {
	if (!type) return false;
	if (ts.isTypeReferenceNode(type) && type.typeName.getText() === 'Record')
		return type.typeArguments?.[0]?.kind === ts.SyntaxKind.StringKeyword;
	if (ts.isTypeLiteralNode(type))
		return type.members.some(
			(m) =>
				ts.isIndexSignatureDeclaration(m) &&
				m.parameters[0]?.type?.kind === ts.SyntaxKind.StringKeyword
		);
	return false;
}

/** Findings as `line: text` for one source text. */
export function findPlainUserRecords(text: string, name = 'x.ts'): string[] {
	const sf = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
	const found: string[] = [];
	const at = (n: ts.Node) =>
		`${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.getText().slice(0, 80)}`;
	const visit = (n: ts.Node) => {
		if (
			ts.isVariableDeclaration(n) &&
			isStringKeyed(n.type) &&
			n.initializer &&
			ts.isObjectLiteralExpression(n.initializer) &&
			n.initializer.properties.length === 0
		)
			found.push(at(n));
		if (
			ts.isBinaryExpression(n) &&
			n.operatorToken.kind === ts.SyntaxKind.InKeyword &&
			!ts.isStringLiteral(n.left) &&
			!ts.isPrivateIdentifier(n.left)
		)
			found.push(at(n));
		ts.forEachChild(n, visit);
	};
	visit(sf);
	return found;
}

describe('user-keyed objects in data/, analytics/ and engine/ have no prototype', () => {
	const cases: { text: string; found: number }[] = [
		{ text: 'const c: Record<string, number> = {};', found: 1 },
		{ text: 'let c: { [k: string]: number } = {};', found: 1 },
		{ text: 'const c: Record<string, number> = emptyRecord();', found: 0 },
		{ text: "const c: Record<'a' | 'b', number> = { a: 1, b: 2 };", found: 0 },
		{ text: 'const c: Record<RejectReason, number> = {};', found: 0 },
		{ text: 'if (key in columns) f();', found: 1 },
		{ text: "if ('codes' in column) f();", found: 0 },
		{ text: 'for (const k in o) f(k);', found: 0 }
	];
	it.each(cases)('$text → $found', ({ text, found }) => {
		expect(findPlainUserRecords(text)).toHaveLength(found);
	});

	it('finds none in the source', () => {
		const files = ROOTS.flatMap(walk);
		expect(files.length).toBeGreaterThan(100);
		const found = files.flatMap((f) =>
			findPlainUserRecords(readFileSync(f, 'utf8'), f).map((x) => `${f}:${x}`)
		);
		expect(found).toEqual([]);
	});
});
