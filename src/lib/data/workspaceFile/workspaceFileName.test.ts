import { describe, expect, it } from 'vitest';
import { workspaceFileName } from './workspaceFileName';

// Expected names written by hand: runs of spaces and of \ / : * ? " < > | become one "-",
// leading and trailing "-" go, an empty stem becomes "workspace".
const cases = [
	{ name: '', expected: 'workspace-2025-01-01.crmwb' },
	{ name: 'Week 3', expected: 'Week-3-2025-01-01.crmwb' },
	{ name: '我的工作区', expected: '我的工作区-2025-01-01.crmwb' },
	{ name: ' a/b:c*? ', expected: 'a-b-c-2025-01-01.crmwb' },
	{ name: '???', expected: 'workspace-2025-01-01.crmwb' }
];

describe('workspaceFileName', () => {
	it.each(cases)('"$name" → $expected', ({ name, expected }) => {
		expect(workspaceFileName(name, '2025-01-01')).toBe(expected);
	});
});
