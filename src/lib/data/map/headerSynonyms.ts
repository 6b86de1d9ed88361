// Header names that suggest a column's role, in English and Chinese, normalised (lower case,
// no spaces, underscores or punctuation). Ordered: the first role whose list matches wins.

export type Role =
	| 'customerId'
	| 'date'
	| 'amount'
	| 'orderId'
	| 'quantity'
	| 'category'
	| 'channel'
	| 'cost'
	| 'signupDate'
	| 'churnDate'
	| 'churnFlag'
	| 'frequency'
	| 'recency'
	| 'T'
	| 'monetary'
	| 'attribute'
	| 'item'
	| 'group'
	| 'ignore';

export function normalizeHeader(h: string): string {
	return h
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s_\-.:/\\()（）[\]【】'"`#]+/g, '');
}

export const HEADER_SYNONYMS: [Role, string[]][] = [
	[
		'customerId',
		[
			'customerid',
			'custid',
			'customer',
			'customerno',
			'customernumber',
			'clientid',
			'client',
			'userid',
			'user',
			'memberid',
			'member',
			'buyerid',
			'accountid',
			'masterid',
			'id',
			'cid',
			'uid',
			'客户编号',
			'客户id',
			'客户号',
			'客户',
			'顾客编号',
			'顾客id',
			'顾客',
			'会员号',
			'会员编号',
			'会员id',
			'会员',
			'用户id',
			'用户编号',
			'用户',
			'买家id',
			'买家'
		]
	],
	[
		'orderId',
		[
			'orderid',
			'order',
			'orderno',
			'ordernumber',
			'invoice',
			'invoiceno',
			'invoiceid',
			'transactionid',
			'txnid',
			'receipt',
			'receiptno',
			'订单号',
			'订单编号',
			'订单id',
			'订单',
			'单号',
			'交易号',
			'交易编号',
			'发票号',
			'小票号'
		]
	],
	[
		'signupDate',
		[
			'signupdate',
			'signup',
			'registrationdate',
			'registered',
			'joindate',
			'joined',
			'acquisitiondate',
			'createdat',
			'firstseen',
			'注册日期',
			'注册时间',
			'入会日期',
			'开户日期',
			'获客日期',
			'加入日期'
		]
	],
	[
		'churnDate',
		[
			'churndate',
			'enddate',
			'canceldate',
			'cancellationdate',
			'leftdate',
			'流失日期',
			'注销日期',
			'解约日期'
		]
	],
	[
		'churnFlag',
		[
			'churn',
			'churned',
			'churnflag',
			'ischurned',
			'lost',
			'cancelled',
			'是否流失',
			'流失',
			'流失标记'
		]
	],
	[
		'date',
		[
			'date',
			'orderdate',
			'purchasedate',
			'transactiondate',
			'txndate',
			'invoicedate',
			'day',
			'time',
			'datetime',
			'timestamp',
			'surveydate',
			'paiddate',
			'日期',
			'交易日期',
			'购买日期',
			'下单日期',
			'订单日期',
			'消费日期',
			'下单时间',
			'交易时间',
			'购买时间',
			'时间',
			'调查日期',
			'支付时间'
		]
	],
	[
		'amount',
		[
			'amount',
			'sales',
			'revenue',
			'value',
			'dollars',
			'dollarvalue',
			'total',
			'totalamount',
			'price',
			'spend',
			'spent',
			'payment',
			'paid',
			'net',
			'netamount',
			'ordervalue',
			'gmv',
			'turnover',
			'金额',
			'消费金额',
			'交易金额',
			'订单金额',
			'销售额',
			'实付金额',
			'支付金额',
			'实收金额',
			'总金额',
			'营业额',
			'收入',
			'价格'
		]
	],
	['cost', ['cost', 'cogs', 'costamount', 'unitcost', '成本', '进货成本', '成本金额']],
	[
		'quantity',
		[
			'quantity',
			'qty',
			'units',
			'count',
			'cds',
			'numberofcds',
			'items',
			'pieces',
			'数量',
			'件数',
			'购买数量'
		]
	],
	[
		'category',
		[
			'category',
			'productcategory',
			'product',
			'sku',
			'item',
			'department',
			'productline',
			'品类',
			'类别',
			'商品类别',
			'商品',
			'产品',
			'类目'
		]
	],
	[
		'channel',
		[
			'channel',
			'saleschannel',
			'store',
			'shop',
			'platform',
			'source',
			'渠道',
			'销售渠道',
			'门店',
			'平台',
			'店铺'
		]
	],
	[
		'frequency',
		['frequency', 'freq', 'x', 'repeattransactions', 'repeats', '频率', '购买频率', '重复购买次数']
	],
	['recency', ['recency', 'tx', 'lastpurchase', '最近购买']],
	['T', ['t', 'bigt', '观察期']],
	[
		'monetary',
		[
			'monetary',
			'monetaryvalue',
			'zbar',
			'meanspend',
			'meanrepeatspend',
			'avgspend',
			'averagespend',
			'平均消费',
			'客单价'
		]
	]
];

const LOOKUP = new Map<string, Role>();
for (const [role, names] of HEADER_SYNONYMS)
	for (const n of names) if (!LOOKUP.has(normalizeHeader(n))) LOOKUP.set(normalizeHeader(n), role);

/** Role suggested by a header alone, or null. */
export function roleFromHeader(header: string): Role | null {
	const n = normalizeHeader(header);
	if (n === '') return null;
	return LOOKUP.get(n) ?? null;
}
