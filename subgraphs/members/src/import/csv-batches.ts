import fs from 'node:fs';
import { parse } from 'csv-parse';
import { sealNumbers, type SealedNumbers } from '../member/member-row';
import type { PiiCipher } from '../pii/pii-cipher';
import { checkHeader, importDay, parseRecord, type ImportRow, type RowError } from './csv-format';

/** A validated row with its numbers already encrypted and indexed. */
export type SealedRow = ImportRow & { sealed: SealedNumbers };

/** What the reading side hands the writing side: valid rows, refused rows, and how far it got. */
export interface ParsedBatch {
  rows: SealedRow[];
  errors: RowError[];
  rowsRead: number;
  bytesRead: number;
  /** The file line of the last record in this batch (everything up to it was read). */
  lastLine: number;
}

/**
 * Reads the CSV as a stream and yields batches of `batchSize` valid rows (plus every refused row met
 * on the way), each row validated and its numbers sealed. The consumer pulls, so reading waits for it.
 */
export async function* readCsvBatches(
  file: string,
  batchSize: number,
  pii: PiiCipher,
): AsyncGenerator<ParsedBatch> {
  const input = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  // Array records (no per-record column objects); each carries the line it ends on for the report.
  const parser = input.pipe(
    parse({
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (record: string[], context: { lines: number }) =>
        Object.assign(record, { line: context.lines }),
    }),
  );
  const day = importDay();
  /** Column name → position, from the header record. */
  let columns: Map<string, number> | null = null;
  let fields: string[] = [];
  const field = (column: string) => {
    const at = columns!.get(column);
    return at === undefined ? undefined : fields[at];
  };
  let batch: ParsedBatch = { rows: [], errors: [], rowsRead: 0, bytesRead: 0, lastLine: 0 };
  try {
    for await (const record of parser as AsyncIterable<string[] & { line: number }>) {
      if (!columns) {
        const names = record.map((h) => h.trim());
        const problem = checkHeader(names);
        if (problem) throw new Error(`the header row is not the documented format: ${problem}`);
        columns = new Map(names.map((name, i) => [name, i]));
        continue;
      }
      batch.rowsRead += 1;
      batch.lastLine = record.line;
      fields = record;
      const parsed = parseRecord(field, record.line, day);
      if ('errors' in parsed) batch.errors.push(...parsed.errors);
      else {
        const row = parsed.row as SealedRow;
        row.sealed = sealNumbers(pii, row.idNumber.normalized, row.phone);
        batch.rows.push(row);
      }
      if (batch.rows.length >= batchSize) {
        batch.bytesRead = input.bytesRead;
        yield batch;
        batch = { rows: [], errors: [], rowsRead: 0, bytesRead: 0, lastLine: batch.lastLine };
      }
    }
    batch.bytesRead = input.bytesRead;
    yield batch;
  } finally {
    parser.destroy();
    input.destroy();
  }
}
