// The KPI strip's period and comparison, one choice for every page of the visit.
import type { Comparison, PeriodPreset } from '$lib/analytics/kpi/comparePeriods';

class KpiSettings {
	preset = $state<PeriodPreset>('all');
	compare = $state<Comparison>('none');
}

export const kpiSettings = new KpiSettings();
