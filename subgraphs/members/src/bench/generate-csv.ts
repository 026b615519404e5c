import fs from 'node:fs';
import { once } from 'node:events';
import { makeNationalId } from '@union/kit';
import { formatHeader, formatRecord, type ImportRecord } from '../import/csv-format';
import { education, mobile, occupation, personName, skillLevel } from '../seed/people';
import { mulberry32 } from '@union/kit';

/**
 * Writes `rows` members in the documented import format over the given grassroots unions: valid,
 * unique ID numbers born in each union's county, about half migrant workers; one row in 2,000 is
 * deliberately broken (bad checksum) so the error report has something to say.
 */
export async function generateMembersCsv(
  file: string,
  rows: number,
  unions: readonly { id: string; regionCode: string }[],
  /** Also return the first `keep` records written (the round-trip test compares them with the parse). */
  keep = 0,
): Promise<{ rows: number; broken: number; kept: ImportRecord[] }> {
  const prng = mulberry32(0x62656e63);
  const out = fs.createWriteStream(file);
  let broken = 0;
  const kept: ImportRecord[] = [];
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(formatHeader() + '\n');
  // Unique by construction: row i is born on day 16·⌊i/1000⌋ after the earliest date, sequence i mod 1000
  // (1,000,000 rows span ages 16 to 60).
  const earliest = Date.UTC(1966, 0, 1);
  for (let i = 0; i < rows; i++) {
    const union = unions[i % unions.length]!;
    const birth = new Date(earliest + Math.floor(i / 1000) * 16 * 86_400_000 + (i % 7) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const seq = String(i % 1000).padStart(3, '0');
    let id = makeNationalId({ regionCode: union.regionCode.slice(0, 6), birthDate: birth, sequence: seq });
    if (i % 2000 === 1999) {
      id = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
      broken += 1;
    }
    const migrant = prng.chance(0.5);
    // By column name; the draws stay in this order so the generated file stays the same.
    const record: ImportRecord = {
      name: personName(prng),
      idNumber: id,
      phone: mobile(prng),
      organizationId: union.id,
      hukouType: migrant || prng.chance(0.15) ? 'RURAL' : 'URBAN',
      isMigrantWorker: migrant ? 'true' : 'false',
      education: education(prng) ?? '',
      occupation: occupation(prng),
      skillLevel: skillLevel(prng),
      modelWorkerLevel: '',
      joinedOn: `20${String(10 + (i % 16)).padStart(2, '0')}-0${1 + (i % 9)}-15`,
    };
    if (kept.length < keep) kept.push(record);
    await write(formatRecord(record) + '\n');
  }
  out.end();
  await once(out, 'close');
  return { rows, broken, kept };
}
