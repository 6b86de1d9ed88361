// The words of the eight-class RFM model's cut (mean or median per dimension) on the Segments
// page; its class names and actions sit with the other segments in segments.ts.

export const rfmCn8Messages = {
	en: {
		'segments.cn8.cut': 'Cut',
		'segments.cn8.how': 'How the eight classes are cut',
		'segments.cn8.mean': 'mean',
		'segments.cn8.median': 'median',
		'segments.cn8.cutValue': 'high above {value}',
		'segments.cn8.cutValueRecency': 'high at or below {value} days',
		'segments.cn8.note':
			'Each of R, F and M is high or low against the cut chosen per dimension (mean or median of all customers). M high = important (重要), M low = general (一般). Type a value under “Custom thresholds” to set a cut by hand.'
	},
	zh: {
		'segments.cn8.cut': '分界值',
		'segments.cn8.mean': '平均值',
		'segments.cn8.median': '中位数',
		'segments.cn8.cutValue': '高于 {value} 为高',
		'segments.cn8.cutValueRecency': '不超过 {value} 天为高',
		'segments.cn8.how': '八类如何划分',
		'segments.cn8.note':
			'R、F、M 各自与所选的分界值（全体客户的平均值或中位数，可按维度选择）比较，分为高、低两档。M 高为“重要”，M 低为“一般”。在“自定义分界值”中输入数值可手动设定分界值。'
	}
};
