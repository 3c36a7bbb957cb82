// Plain-text tables for the benchmark report: columns padded to their widest cell, numbers
// right-aligned (whole numbers without decimals), so the figures can be pasted into the README as they are.

export type Cell = string | number | null | undefined;

export function formatNumber(value: Cell, digits = 1): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '-';
  if (Number.isInteger(value)) return value.toLocaleString('en-GB');
  return value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function renderTable(headers: string[], rows: Cell[][], digits = 1): string {
  const text = rows.map((row) => headers.map((_, i) => formatNumber(row[i], digits)));
  const widths = headers.map((header, i) => Math.max(header.length, ...text.map((row) => row[i]!.length)));
  const numeric = headers.map((_, i) => rows.every((row) => typeof row[i] !== 'string'));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (numeric[i] ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(headers), rule, ...text.map(line)].join('\n');
}
