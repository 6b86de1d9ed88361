// Limits an import checks before any work (issue 19).
const en = {
	'import.problem.too_many_columns':
		'{file} has {columns} columns; this app reads at most {limit} columns in a table. Remove the columns you do not need (or split the file) and import it again.',
	'import.problem.too_many_items':
		'{file} would make a survey of {items} questions; this app analyses at most {limit}. Mark the columns that are not questions as “ignore” or import fewer questions.'
};

const zh: typeof en = {
	'import.problem.too_many_columns':
		'{file} 有 {columns} 列；本应用的表格最多读取 {limit} 列。请删除不需要的列（或拆分文件）后重新导入。',
	'import.problem.too_many_items':
		'{file} 将构成一份包含 {items} 道题的问卷；本应用最多分析 {limit} 道题。请把不是题目的列设为“忽略”，或减少导入的题目。'
};

export const importLimits = { en, zh };
