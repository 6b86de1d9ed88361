// Click hints split off chart subtitles and notes: shown on screen under the subtitle, hidden in
// print (class `hint`, see src/app.css) and left out of exported charts' subtitles, where a
// "Click a band" line means nothing. Texts are the ones the subtitles ended with before.

const en = {
	'chartHints.satisfaction.zones.subtitle': 'Click a zone (or “Show”) to list its customers.',
	'chartHints.segments.attr.crossSub': 'Click a cell to list its customers.',
	'chartHints.segments.attr.means': 'Click a group to list its customers.',
	'chartHints.segments.clusters.meanMedian': 'Click a cluster to list its customers.',
	'chartHints.segments.clusters.meanMedianNoM': 'Click a cluster to list its customers.',
	'chartHints.segments.clusters.scatterNote': 'Click a point to open that customer.',
	'chartHints.segments.hist.subtitle': 'Click a band to list its customers.',
	'chartHints.segments.migration.flowSub': 'Click a band to list them.',
	'chartHints.segments.migration.matrixSub': 'Click a cell to list its customers.',
	'chartHints.segments.scoring.intro': 'Click a score (or a stretch of a histogram) to list them.',
	'chartHints.segments.table.intro': 'Click a segment to see its customers.',
	'chartHints.segments.value.chartSub': 'Click a tier to list its customers.'
};

const zh: Record<keyof typeof en, string> = {
	'chartHints.satisfaction.zones.subtitle': '点击某一区域（或“显示”）即可列出其中的客户。',
	'chartHints.segments.attr.crossSub': '点击单元格可列出其客户。',
	'chartHints.segments.attr.means': '点击某组可列出其客户。',
	'chartHints.segments.clusters.meanMedian': '点击某簇可列出其客户。',
	'chartHints.segments.clusters.meanMedianNoM': '点击某簇可列出其客户。',
	'chartHints.segments.clusters.scatterNote': '点击某点可打开该客户。',
	'chartHints.segments.hist.subtitle': '点击某一段可列出其中的客户。',
	'chartHints.segments.migration.flowSub': '点击某条带可列出这些客户。',
	'chartHints.segments.migration.matrixSub': '点击单元格可列出其客户。',
	'chartHints.segments.scoring.intro': '点击某个得分（或直方图中的某一段）可列出这些客户。',
	'chartHints.segments.table.intro': '点击细分名称可查看其客户。',
	'chartHints.segments.value.chartSub': '点击某层可列出其客户。'
};

export const chartHintsMessages = { en, zh };
