import { LAYOUT_HELP } from '../layoutOptions';

export const INSPECT_HELP = `usage: cli inspect <file> [--kind transactions|customers|survey|summary]
               [--customer COL] [--date COL] [--amount COL] [--order COL]
               [--date-format ymd|dmy|mdy|…] [--delimiter , | ; | tab | pipe | whitespace]
               [--encoding utf-8|gb18030|utf-16le|…] [--header true|false] [--returns keep|drop]
               [--sheet NAME]
What the import pipeline understands of a file, exactly as the app's Data page reads it: the
encoding, delimiter, header, dataset kind, the role of each column, the date format and decimal
mark, the currency (from symbols or codes in the amounts, a currency column or the amount
header, else the currency a sample's manifest.json states for the file; null when none is
named or several are — then \`currencies\` lists them), and the validation report (rows read,
rejected rows by reason with examples, duplicates, zero and negative amounts, customers,
revenue, first and last date). Columns may be named by
header or by 1-based position. The column options work the same for every command.

Workbooks (.xlsx, .xls, .ods, Numbers, WPS) are read too: --sheet NAME picks the sheet (default:
the first that is not empty). Title rows above the header are skipped, a two-row merged header is
flattened, cells are the values Excel last saved (formulas are not run), date cells are dates.
The JSON then has "workbook": the sheet read, its header row and the workbook's sheets.

${LAYOUT_HELP}`;
