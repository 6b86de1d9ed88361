// The Lifecycle page's table of median lifetimes by group, as a scrolling region's name.
export const survivalMediansMessages = {
	en: { 'survivalMedians.label': 'Median lifetime of each group' },
	zh: { 'survivalMedians.label': '各组的关系生命期中位数' }
};
