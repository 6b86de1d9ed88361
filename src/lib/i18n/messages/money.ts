// The dataset's currency: the import step's choice and what detection found (issue 22, item 6).
// Currency names are the ISO codes of analytics/currency.ts plus a word for each.

export const moneyMessages = {
	en: {
		'money.currency': 'Currency',
		'money.none': 'none / unknown',
		'money.name.CNY': 'yuan (CNY)',
		'money.name.USD': 'US dollar (USD)',
		'money.name.EUR': 'euro (EUR)',
		'money.name.GBP': 'pound sterling (GBP)',
		'money.name.JPY': 'yen (JPY)',
		'money.name.HKD': 'Hong Kong dollar (HKD)',
		'money.name.TWD': 'New Taiwan dollar (TWD)',
		'money.name.KRW': 'won (KRW)',
		'money.name.SGD': 'Singapore dollar (SGD)',
		'money.name.AUD': 'Australian dollar (AUD)',
		'money.name.CAD': 'Canadian dollar (CAD)',
		'money.name.CHF': 'Swiss franc (CHF)',
		'money.name.INR': 'rupee (INR)',
		'money.name.RUB': 'rouble (RUB)',
		'money.detected.amounts': 'Read from the amounts.',
		'money.detected.column': 'Read from the currency column.',
		'money.detected.header': 'Read from the amount column’s header.',
		'money.detected.none':
			'The file names no currency: choose one, or amounts show without a unit.',
		'money.detected.mixed':
			'The amounts name several currencies ({found}): they are not guessed — choose the one the amounts are in.',
		'money.detected.others': 'Other currencies ({found}) are reported, not summed.',
		'money.foundItem': '{code} in {n, plural, one {# value} other {# values}}'
	},
	zh: {
		'money.currency': '币种',
		'money.none': '无 / 未知',
		'money.name.CNY': '人民币（CNY）',
		'money.name.USD': '美元（USD）',
		'money.name.EUR': '欧元（EUR）',
		'money.name.GBP': '英镑（GBP）',
		'money.name.JPY': '日元（JPY）',
		'money.name.HKD': '港元（HKD）',
		'money.name.TWD': '新台币（TWD）',
		'money.name.KRW': '韩元（KRW）',
		'money.name.SGD': '新加坡元（SGD）',
		'money.name.AUD': '澳元（AUD）',
		'money.name.CAD': '加元（CAD）',
		'money.name.CHF': '瑞士法郎（CHF）',
		'money.name.INR': '卢比（INR）',
		'money.name.RUB': '卢布（RUB）',
		'money.detected.amounts': '由金额列读出。',
		'money.detected.column': '由币种列读出。',
		'money.detected.header': '由金额列的列名读出。',
		'money.detected.none': '文件未注明币种：请选择，否则金额不带单位显示。',
		'money.detected.mixed': '金额中出现多种币种（{found}），不作猜测：请选择金额所用的币种。',
		'money.detected.others': '其他币种（{found}）单独列出，不计入合计。',
		'money.foundItem': '{code} {n} 个'
	}
};

/** CSV export headers that had no message (views/exportHeaders.ts). */
export const exportHeaderMessages = {
	en: {
		'export.clv.x': 'x (repeat purchases)',
		'export.clv.tx': 't_x (time of last purchase)',
		'export.clv.T': 'T (time since first purchase)',
		'export.rejected.column': 'Column'
	},
	zh: {
		'export.clv.x': 'x（重复购买次数）',
		'export.clv.tx': 't_x（最后一次购买的时间）',
		'export.clv.T': 'T（首次购买至今的时间）',
		'export.rejected.column': '列'
	}
};
