// A recognised export's preset mapping: the layout's roles on its columns (typed from the
// columns' profiles), kind transactions, and the layout with the default status policy. The
// preview shows it as "Recognised: …"; every role stays changeable.
import type { ColumnProfile } from '../profileColumn';
import { roleType, type ColumnSpec } from '../types';
import type { Recognised } from './recogniseLayout';

export function layoutPreset(recognised: Recognised, profiles: ColumnProfile[]): ColumnSpec[] {
	return profiles.map((p, i) => {
		const role = recognised.roles[i] ?? 'ignore';
		const fallback = p.date.format && p.date.coverage >= 0.9 ? 'date' : 'text';
		const type = roleType(role, fallback);
		const spec: ColumnSpec = { index: p.index, header: p.header, role, type };
		// Order fields are blank on continuation rows, so coverage is low: the format of the
		// filled cells decides.
		if (type === 'date') spec.dateFormat = p.date.format ?? 'ymd';
		if (type === 'number') spec.decimal = p.decimal;
		return spec;
	});
}
