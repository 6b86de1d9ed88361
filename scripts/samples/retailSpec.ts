// Fixed parameters of the "Teaching Retailer" sample: dates, value lists and their Chinese
// labels. Fixed dates (never the wall clock) keep the generated files reproducible.
import { dayFromYMD } from '../../src/lib/analytics/dates';

export const retailSpec = {
	seed: 20250101,
	customers: 5000,
	respondents: 1500,
	start: dayFromYMD(2022, 1, 1),
	end: dayFromYMD(2024, 12, 31),
	asOf: dayFromYMD(2025, 1, 1),
	/** Post-purchase survey fieldwork; ends six months before `end` so behaviour after it is seen. */
	surveyStart: dayFromYMD(2023, 7, 1),
	surveyEnd: dayFromYMD(2024, 6, 30),
	/** Order-rate factor by calendar month (Jan..Dec): 618 in June, Double 11 and year end. */
	seasonality: [0.85, 0.75, 0.95, 0.95, 1.0, 1.2, 0.95, 0.95, 1.0, 1.05, 1.6, 1.45],
	ageBands: [
		[18, 24],
		[25, 34],
		[35, 44],
		[45, 54],
		[55, 72]
	],
	genders: ['female', 'male'],
	regions: ['East', 'North', 'South', 'Central', 'Southwest', 'Northwest', 'Northeast'],
	cityTiers: ['Tier 1', 'Tier 2', 'Tier 3', 'Tier 4+'],
	incomeBands: ['under 5k', '5k-10k', '10k-20k', '20k+'],
	acquisitionChannels: ['search', 'social', 'referral', 'store', 'promotion'],
	categories: ['Apparel', 'Electronics', 'Home', 'Beauty', 'Food', 'Books'],
	/** Basket size of a category relative to the customer's typical basket. */
	categoryBasket: [1.0, 2.4, 1.1, 0.8, 0.45, 0.4],
	/** Chance that a purchase of the category is returned (apparel most, food least). */
	categoryReturn: [0.045, 0.02, 0.015, 0.012, 0.004, 0.01],
	channels: ['web', 'app', 'store']
} as const;

/** Chinese labels of every category value written to the *_zh files. */
export const zhValues: Record<string, string> = {
	female: '女',
	male: '男',
	East: '华东',
	North: '华北',
	South: '华南',
	Central: '华中',
	Southwest: '西南',
	Northwest: '西北',
	Northeast: '东北',
	'Tier 1': '一线城市',
	'Tier 2': '二线城市',
	'Tier 3': '三线城市',
	'Tier 4+': '四线及以下',
	'under 5k': '5千以下',
	'5k-10k': '5千-1万',
	'10k-20k': '1万-2万',
	'20k+': '2万以上',
	search: '搜索引擎',
	social: '社交媒体',
	referral: '老客推荐',
	promotion: '促销活动',
	Apparel: '服装',
	Electronics: '数码电器',
	Home: '家居',
	Beauty: '美妆个护',
	Food: '食品生鲜',
	Books: '图书文具',
	web: '网站',
	app: '手机App',
	store: '门店',
	yes: '是',
	no: '否',
	"don't know": '不知道'
};

/** Chinese header of every column, by English header. */
export const zhHeaders: Record<string, string> = {
	customer_id: '客户编号',
	age: '年龄',
	gender: '性别',
	region: '地区',
	city_tier: '城市等级',
	income_band: '收入水平',
	acquisition_channel: '获客渠道',
	signup_date: '注册日期',
	order_id: '订单号',
	date: '交易日期',
	amount: '金额',
	category: '品类',
	channel: '渠道',
	respondent_id: '问卷编号',
	survey_date: '调查日期',
	overall_satisfaction: '总体满意度',
	basic_delivery_on_time: '基本期望_准时送达',
	basic_correct_goods: '基本期望_商品无误',
	basic_price_as_listed: '基本期望_明码标价',
	latent_surprise_recommendations: '潜在期望_惊喜推荐',
	latent_personal_service: '潜在期望_个性化服务',
	latent_member_surprises: '潜在期望_会员惊喜',
	repurchase_intention: '重复购买意向',
	cross_buying_intention: '交叉购买意向',
	recommend: '推荐意向',
	price_tolerance: '价格忍耐力',
	trust: '信任',
	switching_cost: '转换成本',
	complained: '是否投诉',
	complaint_handling: '投诉处理满意度'
};
