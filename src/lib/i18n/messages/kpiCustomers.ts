// What the KPI strip's "customers" counts (issue 17): the RFM definition, said on hover.
export const kpiCustomersMessages = {
	en: {
		'kpi.customersHint':
			'Customers with a purchase in the period — any row that is not a return, a purchase of 0 included — counted as the Segments page’s RFM counts them.'
	},
	zh: {
		'kpi.customersHint':
			'本期有购买的客户：除退货外的每一行都算购买（包括金额为 0 的购买），与客户细分页 RFM 的计数口径相同。'
	}
};
