// Messages for trust at the door (issue 14): the date order decided from every row, the
// confirmation before importing with many rows rejected, encodings that do not fit, and a
// file of returns only.
export const doorMessages = {
	en: {
		'door.encoding.mixed':
			'This file mixes two encodings: {utf8, plural, one {# line is} other {# lines are}} UTF-8 (lines {utf8Lines}) and {other, plural, one {# line is} other {# lines are}} not (lines {otherLines}, probably GB18030). Read as {encoding}, some text is wrong. Choose how to read it:',
		'door.encoding.not_utf8':
			'{other, plural, one {# line is} other {# lines are}} not UTF-8 (lines {otherLines}): {replaced, plural, one {# character} other {# characters}} could not be read and show as �. Choose another reading:',
		'door.encoding.utf8_as_other':
			'Read as {encoding}, but {utf8, plural, one {# line is} other {# lines are}} UTF-8 (lines {utf8Lines}): their text is wrong. Choose another reading:',
		'door.encoding.per_line':
			'Each line read in its own encoding: {utf8, plural, one {# line} other {# lines}} as UTF-8 and {other, plural, one {# line} other {# lines}} as GB18030 (lines {otherLines}).',
		'door.encoding.read': 'Read as {encoding}',
		'import.encodingReason.chosen': 'chosen by you',
		'door.encoding.name.utf-8': 'UTF-8',
		'door.encoding.name.utf-16le': 'UTF-16LE',
		'door.encoding.name.utf-16be': 'UTF-16BE',
		'door.encoding.name.gb18030': 'GB18030',
		'door.encoding.name.utf-8+gb18030': 'UTF-8 or GB18030, line by line',
		'door.dateOrder.switch':
			'{other, plural, one {# row} other {# rows}} in “{column}” {other, plural, one {has a date} other {have dates}} only {otherName} can read (like {example} on line {line}), and {chosen, plural, =0 {none} one {# row} other {# rows}} only {chosenName} can read.',
		'door.dateOrder.mixed':
			'“{column}” mixes both orders: {chosen, plural, one {# row} other {# rows}} only {chosenName} can read (like {chosenExample} on line {chosenLine}) and {other, plural, one {# row} other {# rows}} only {otherName} can read (like {otherExample} on line {otherLine}). Check the file: one order will reject the others.',
		'door.dateOrder.decided':
			'Date order of “{column}” confirmed by the data: {chosen, plural, one {# row} other {# rows}} can only be {chosenName}.',
		'door.dateOrder.switchButton': 'Switch to {otherName} and check again',
		'door.confirm.question':
			'{rejected, plural, one {# row} other {# rows}} of {read} ({share}) {rejected, plural, one {is} other {are}} rejected and will not be imported. Import the remaining {accepted} anyway?',
		'door.confirm.yes': 'Yes, import {accepted, plural, one {# row} other {# rows}}',
		'door.confirm.no': 'Go back',
		'door.returnsOnly':
			'Every amount in this file is negative (returns). Returns alone cannot make a customer: a customer starts with a purchase, so the analyses will find no customers here. Import the sales together with the returns.'
	},
	zh: {
		'door.encoding.mixed':
			'此文件混用了两种编码：{utf8, plural, other {# 行}}是 UTF-8（第 {utf8Lines} 行），{other, plural, other {# 行}}不是（第 {otherLines} 行，可能是 GB18030）。按 {encoding} 读取时部分文字会出错。请选择读取方式：',
		'door.encoding.not_utf8':
			'{other, plural, other {# 行}}不是 UTF-8（第 {otherLines} 行）：{replaced, plural, other {# 个字符}}无法读取，显示为 �。请选择其他读取方式：',
		'door.encoding.utf8_as_other':
			'已按 {encoding} 读取，但有 {utf8, plural, other {# 行}}是 UTF-8（第 {utf8Lines} 行）：这些行的文字是错的。请选择其他读取方式：',
		'door.encoding.per_line':
			'每一行按其自身的编码读取：{utf8, plural, other {# 行}}按 UTF-8，{other, plural, other {# 行}}按 GB18030（第 {otherLines} 行）。',
		'door.encoding.read': '按 {encoding} 读取',
		'import.encodingReason.chosen': '由你选择',
		'door.encoding.name.utf-8': 'UTF-8',
		'door.encoding.name.utf-16le': 'UTF-16LE',
		'door.encoding.name.utf-16be': 'UTF-16BE',
		'door.encoding.name.gb18030': 'GB18030',
		'door.encoding.name.utf-8+gb18030': 'UTF-8 或 GB18030（逐行判断）',
		'door.dateOrder.switch':
			'“{column}”中有 {other, plural, other {# 行}}的日期只能按{otherName}读取（例如第 {line} 行的 {example}），只能按{chosenName}读取的有 {chosen, plural, other {# 行}}。',
		'door.dateOrder.mixed':
			'“{column}”混用了两种顺序：{chosen, plural, other {# 行}}只能按{chosenName}读取（例如第 {chosenLine} 行的 {chosenExample}），{other, plural, other {# 行}}只能按{otherName}读取（例如第 {otherLine} 行的 {otherExample}）。请检查文件：无论选哪种顺序，另一种的行都会被拒绝。',
		'door.dateOrder.decided':
			'数据确认了“{column}”的日期顺序：有 {chosen, plural, other {# 行}}只能是{chosenName}。',
		'door.dateOrder.switchButton': '改为{otherName}并重新检查',
		'door.confirm.question':
			'{read} 行中有 {rejected, plural, other {# 行}}（{share}）被拒绝，不会导入。仍然导入其余 {accepted} 行吗？',
		'door.confirm.yes': '是，导入 {accepted, plural, other {# 行}}',
		'door.confirm.no': '返回',
		'door.returnsOnly':
			'此文件中的金额全部为负（退货）。只有退货不能构成客户：客户从一次购买开始，因此分析将找不到任何客户。请把销售记录和退货一起导入。'
	}
};
