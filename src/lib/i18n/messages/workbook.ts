// Excel / WPS / ODS workbooks in the import (issue 17): the sheet picker and the problems.
const en = {
	'workbook.sheet': 'Sheet',
	'workbook.sheets': 'Sheets in this workbook',
	'workbook.sheetSummary': '{rows, plural, one {# row} other {# rows}} × {columns} columns',
	'workbook.sheetEmpty': 'empty',
	'workbook.sheetHidden': 'hidden',
	'workbook.read': 'Reading sheet “{sheet}”.',
	'workbook.headerRow': 'Header found on row {row}; {skipped} rows above it skipped.',
	'workbook.headerRowFirst': 'Header on row {row}.',
	'workbook.noHeader': 'No header row found: columns are numbered.',
	'workbook.values':
		'Cells are read as the values Excel last saved (formulas are neither run nor kept); dates as dates.',
	'import.format.ods': 'an OpenDocument spreadsheet (.ods)',
	'import.problem.workbook_encrypted':
		'{file} is password-protected (encrypted), so it cannot be read. Open it in Excel or WPS, remove the password (File → Info → Protect Workbook, or save a copy without one) and import it again.',
	'import.problem.workbook_corrupt':
		'{file} could not be read as a workbook: the file is damaged or not really a spreadsheet. Open it in Excel, WPS or LibreOffice and save it again (as .xlsx or CSV).',
	'import.problem.workbook_empty': '{file} has no data: every sheet in it is empty.',
	'import.problem.sheet_empty': 'Sheet “{sheet}” in {file} is empty. Choose another sheet.',
	'import.problem.sheet_not_found': '{file} has no sheet “{sheet}”. Its sheets: {sheets}.'
};

const zh: typeof en = {
	'workbook.sheet': '工作表',
	'workbook.sheets': '此工作簿中的工作表',
	'workbook.sheetSummary': '{rows} 行 × {columns} 列',
	'workbook.sheetEmpty': '空',
	'workbook.sheetHidden': '已隐藏',
	'workbook.read': '正在读取工作表“{sheet}”。',
	'workbook.headerRow': '表头在第 {row} 行；已跳过其上方的 {skipped} 行。',
	'workbook.headerRowFirst': '表头在第 {row} 行。',
	'workbook.noHeader': '未找到表头行：各列按序号命名。',
	'workbook.values': '单元格按 Excel 最后保存的值读取（公式既不计算也不保留）；日期按日期读取。',
	'import.format.ods': ' OpenDocument 电子表格（.ods）',
	'import.problem.workbook_encrypted':
		'{file} 设有密码（已加密），无法读取。请在 Excel 或 WPS 中打开，取消密码（文件 → 信息 → 保护工作簿，或另存一份不带密码的副本）后重新导入。',
	'import.problem.workbook_corrupt':
		'{file} 无法作为工作簿读取：文件已损坏，或并不是电子表格。请在 Excel、WPS 或 LibreOffice 中打开并重新保存（为 .xlsx 或 CSV）。',
	'import.problem.workbook_empty': '{file} 没有数据：其中每个工作表都是空的。',
	'import.problem.sheet_empty': '{file} 中的工作表“{sheet}”是空的。请选择其他工作表。',
	'import.problem.sheet_not_found': '{file} 中没有工作表“{sheet}”。它的工作表有：{sheets}。'
};

export const workbook = { en, zh };
