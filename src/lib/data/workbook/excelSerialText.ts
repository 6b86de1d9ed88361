// An Excel/ODS date serial → the ISO text the CSV path reads ("2024-03-05", or with the time
// of day when there is one). Done here rather than by the library so the 1900 leap-year bug
// and the 1904 date system are handled in one tested place, without the machine's time zone.
import { isoFromDay } from '../../analytics/dates';

/** Day number (days since 1970-01-01) of serial 0 in the 1904 system (1904-01-01). */
const EPOCH_1904 = -24107;
/** Day number of serial 0 in the 1900 system for serials ≥ 61 (1899-12-30). */
const EPOCH_1900 = -25569;

/**
 * The date (and time) of a serial. In the 1900 system Excel counts a fictitious 1900-02-29
 * (serial 60), so serials 1–59 are one day later than the arithmetic says; 60 has no real
 * date and gives null, as do serials outside years 1900–9999.
 */
export function excelSerialText(serial: number, date1904: boolean): string | null {
	if (!Number.isFinite(serial) || serial < 0) return null;
	let whole = Math.floor(serial);
	// Seconds of the day, rounded: stored fractions carry float noise (0.5729166667).
	let seconds = Math.round((serial - whole) * 86400);
	if (seconds === 86400) {
		whole++;
		seconds = 0;
	}
	let day: number;
	if (date1904) day = EPOCH_1904 + whole;
	else if (whole === 60) return null;
	else day = EPOCH_1900 + whole + (whole < 60 ? 1 : 0);
	if (!date1904 && whole === 0) return null;
	const iso = isoFromDay(day);
	if (!/^\d{4}-/.test(iso) || iso > '9999-12-31') return null;
	if (seconds === 0) return iso;
	const hh = String(Math.floor(seconds / 3600)).padStart(2, '0');
	const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
	const ss = String(seconds % 60).padStart(2, '0');
	return `${iso} ${hh}:${mm}:${ss}`;
}
