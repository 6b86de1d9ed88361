import { describe, expect, it } from 'vitest';
import { suggestConstruct, suggestConstructMap } from './suggestConstruct';
import type { Construct } from './constructs';

describe('suggestConstruct', () => {
	// Expected constructs are the textbook reading of each header (ECSI codes per the mobi README).
	const cases: [string, Construct | null][] = [
		['CUSA1', 'satisfaction'],
		['CUSL1', 'repurchase'],
		['CUSL2', 'priceTolerance'],
		['CUSL3', 'recommendation'],
		['CUSCO', 'complaint'],
		['IMAG4', 'image'],
		['CUEX2', 'expectations'],
		['PERQ7', 'quality'],
		['PERV1', 'perceivedValue'],
		['imag1', 'image'],
		['expe3', 'expectations'],
		['qual5', 'quality'],
		['val4', 'perceivedValue'],
		['sat2', 'satisfaction'],
		['loy3', 'loyalty'],
		['Overall satisfaction', 'satisfaction'],
		['sat_overall', 'satisfaction'],
		['满意度', 'satisfaction'],
		['Basic satisfaction', 'basicSatisfaction'],
		['基本期望满意度', 'basicSatisfaction'],
		['Latent expectations met', 'latentSatisfaction'],
		['潜在期望满意度', 'latentSatisfaction'],
		['Likelihood to recommend', 'recommendation'],
		['NPS', 'recommendation'],
		['nps_score', 'recommendation'],
		['推荐意向', 'recommendation'],
		['Repurchase intention', 'repurchase'],
		['Would buy again', 'repurchase'],
		['再次购买意向', 'repurchase'],
		['回购', 'repurchase'],
		['Cross-buying', 'crossBuying'],
		['交叉购买意向', 'crossBuying'],
		['Price tolerance', 'priceTolerance'],
		['价格', 'priceTolerance'],
		['价格忍耐力', 'priceTolerance'],
		['Value for money', 'perceivedValue'],
		['性价比', 'perceivedValue'],
		['Trust', 'trust'],
		['信任', 'trust'],
		['Switching cost', 'switchingCost'],
		['转换成本', 'switchingCost'],
		['Complaint handling', 'complaint'],
		['投诉处理', 'complaint'],
		['Brand image', 'image'],
		['企业形象', 'image'],
		['Service quality', 'quality'],
		['服务质量', 'quality'],
		['Expectations', 'expectations'],
		['忠诚度', 'loyalty'],
		['gender', null],
		['customer_id', null],
		['company', null]
	];
	it.each(cases)('%s → %s', (header, expected) => {
		expect(suggestConstruct(header)).toBe(expected);
	});

	it('maps a header list and leaves unknown columns out', () => {
		expect(suggestConstructMap(['CUSA1', 'gender', '推荐意向'])).toEqual({
			CUSA1: 'satisfaction',
			推荐意向: 'recommendation'
		});
	});
});
