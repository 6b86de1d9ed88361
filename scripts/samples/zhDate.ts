// Dates as Chinese Excel shows them: 2024/3/5 (short date) or 2024年3月5日 (long date).
import { ymdFromDay } from '../../src/lib/analytics/dates';

export type ZhDateStyle = 'slash' | 'cjk';

export function zhDate(day: number, style: ZhDateStyle): string {
	const { year, month, day: d } = ymdFromDay(day);
	return style === 'slash' ? `${year}/${month}/${d}` : `${year}年${month}月${d}日`;
}
