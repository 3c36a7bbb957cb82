// "Show my data": everything stored about one person, table by table, as JSON, and a short
// summary in plain words. Walks the same map as erasure, so the two never disagree.
import type { Database } from '../db/database.ts';
import { findRows } from '../db/clientRows.ts';
import { clientDataMap, coveredModels, type ClientIdentity, type ModelName } from './clientData.ts';

export type ExportedRow = Record<string, unknown>;

export interface DataExport {
  format: 'action-plan-coach/data-export/v1';
  exportedAt: string;
  /** Every table that holds something of theirs, with all of those rows. */
  tables: Partial<Record<ModelName, ExportedRow[]>>;
}

export async function exportClientData(db: Database, who: ClientIdentity, now: Date): Promise<DataExport> {
  const tables: Partial<Record<ModelName, ExportedRow[]>> = {};
  for (const model of coveredModels()) {
    const where = clientDataMap[model].rowsOf(who);
    if (!where) continue;
    const rows = await findRows(db, model, where);
    if (rows.length) tables[model] = rows.map(readable);
  }
  return { format: 'action-plan-coach/data-export/v1', exportedAt: now.toISOString(), tables };
}

/** Dates as ISO text; JSON kept in text columns is opened up so people can read it. */
function readable(row: Record<string, unknown>): ExportedRow {
  const out: ExportedRow = {};
  for (const [column, value] of Object.entries(row)) {
    if (value instanceof Date) out[column] = value.toISOString();
    else if (typeof value === 'string' && /^[[{]/.test(value)) out[column] = parseOrKeep(value);
    else out[column] = value;
  }
  return out;
}

function parseOrKeep(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The export as JSON text, pretty enough to open in a text editor. */
export function exportAsJson(data: DataExport): string {
  return JSON.stringify(data, null, 2);
}

/** How many rows of each kind: the facts the readable summary is built from. */
export function countRows(data: DataExport): Partial<Record<ModelName, number>> {
  const counts: Partial<Record<ModelName, number>> = {};
  for (const [model, rows] of Object.entries(data.tables) as Array<[ModelName, ExportedRow[]]>) counts[model] = rows.length;
  return counts;
}

export interface ExportFile {
  name: string;
  json: string;
}

/**
 * Channels cap a message at a few hundred kilobytes, so a big export goes as several files:
 * one per table, and a big table in parts. Each file is valid JSON on its own.
 */
export function exportFiles(data: DataExport, maxBytes = 120_000): ExportFile[] {
  const whole = exportAsJson(data);
  if (Buffer.byteLength(whole) <= maxBytes) return [{ name: 'my-data.json', json: whole }];
  const files: ExportFile[] = [];
  for (const [model, rows] of Object.entries(data.tables) as Array<[ModelName, ExportedRow[]]>) {
    let part: ExportedRow[] = [];
    const flush = () => {
      if (!part.length) return;
      const json = JSON.stringify({ format: data.format, exportedAt: data.exportedAt, table: model, rows: part }, null, 2);
      files.push({ name: `my-data-${model}-${files.filter((f) => f.name.includes(`-${model}-`)).length + 1}.json`, json });
      part = [];
    };
    let size = 0;
    for (const row of rows) {
      const rowSize = Buffer.byteLength(JSON.stringify(row, null, 2));
      if (part.length && size + rowSize > maxBytes - 1024) {
        flush();
        size = 0;
      }
      part.push(row);
      size += rowSize;
    }
    flush();
  }
  return files;
}
