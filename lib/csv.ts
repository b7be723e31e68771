// CSV that opens safely in a spreadsheet: every field quoted, a cell that a spreadsheet
// would run as a formula (= + - @, tab or carriage return first) prefixed with an
// apostrophe so it stays text, UTF-8 with a byte-order mark so Excel reads Arabic and
// Chinese, CRLF line ends (RFC 4180).

/** One cell, neutralized and quoted. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: unknown[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
