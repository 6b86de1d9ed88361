// A file whose columns would not fit in a tab (issue 22): files are read in slices, so the
// limit is the memory the rows take, and the command line reads any size.
const en = {
	'import.problem.store_too_large':
		'{file} ({size}) holds about {rows} rows, which would take about {store} of memory in this tab, more than the {limit} a tab can hold. Set the columns you do not need to “ignore”, or summarise the file with the command line, which reads files of any size: npx crm-workbench summarize {file} --out summary.csv (see the README).'
};

const zh: typeof en = {
	'import.problem.store_too_large':
		'{file}（{size}）约有 {rows} 行，导入后约占用 {store} 内存，超过浏览器标签页可容纳的 {limit}。请把不需要的列设为“忽略”，或用命令行汇总该文件（可读取任意大小的文件）：npx crm-workbench summarize {file} --out summary.csv（见 README）。'
};

export const storeLimit = { en, zh };
