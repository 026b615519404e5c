import fs from 'node:fs';
import { parse } from 'csv-parse';
import { sealNumbers, type SealedNumbers } from '../member/member-row';
import type { PiiCipher } from '../pii/pii-cipher';
import { checkHeader, parseRecord, type ImportRow, type RowError } from './csv-format';

/** A validated row with its numbers already encrypted and indexed. */
export type SealedRow = ImportRow & { sealed: SealedNumbers };

/** What the reading side hands the writing side: valid rows, refused rows, and how far it got. */
export interface ParsedBatch {
  rows: SealedRow[];
  errors: RowError[];
  rowsRead: number;
  bytesRead: number;
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
  const input = fs.createReadStream(file);
  let bytesRead = 0;
  input.on('data', (chunk) => (bytesRead += chunk.length));
  let headerProblem: string | null = null;
  const parser = input.pipe(
    parse({
      bom: true,
      skip_empty_lines: true,
      info: true,
      relax_column_count: true,
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim());
        headerProblem = checkHeader(names);
        return names;
      },
    }),
  );
  const today = new Date();
  let batch: ParsedBatch = { rows: [], errors: [], rowsRead: 0, bytesRead: 0 };
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      if (headerProblem) break;
      batch.rowsRead += 1;
      const parsed = parseRecord(record, info.lines, today);
      if ('errors' in parsed) batch.errors.push(...parsed.errors);
      else {
        const row = parsed.row as SealedRow;
        row.sealed = sealNumbers(pii, row.idNumber.normalized, row.phone);
        batch.rows.push(row);
      }
      if (batch.rows.length >= batchSize) {
        batch.bytesRead = bytesRead;
        yield batch;
        batch = { rows: [], errors: [], rowsRead: 0, bytesRead: 0 };
      }
    }
    if (headerProblem) throw new Error(`the header row is not the documented format: ${headerProblem}`);
    batch.bytesRead = bytesRead;
    yield batch;
  } finally {
    input.destroy();
  }
}
