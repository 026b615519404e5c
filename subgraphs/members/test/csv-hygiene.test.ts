import { parseRecord } from '../src/import/csv-format';
import { nextIdNumber } from './harness';

/* The import file is an input too (docs/security.md): the same text and id rules as the GraphQL inputs. */
function record(values: Record<string, string>) {
  const row: Record<string, string> = {
    name: '王五',
    idNumber: nextIdNumber(),
    organizationId: '0190f5c2-7b1a-7c3d-8e4f-0123456789ab',
    hukouType: 'URBAN',
    ...values,
  };
  return parseRecord((column) => row[column], 2);
}

const fields = (r: ReturnType<typeof record>) => ('errors' in r ? r.errors.map((e) => e.field) : []);

describe('CSV import records', () => {
  it.each([
    ['NUL', { name: '王\u0000五' }, 'name'],
    ['a bidi override', { name: '王\u202e五' }, 'name'],
    ['a lone surrogate', { name: '\ud800王' }, 'name'],
    ['only zero-width characters', { name: '\u200b\u200b' }, 'name'],
    ['a control character in the occupation', { occupation: '焊工\u001b' }, 'occupation'],
    ['a fullwidth organization id', { organizationId: '４４' }, 'organizationId'],
    ['an organization id with SQL in it', { organizationId: "x' OR '1'='1" }, 'organizationId'],
  ])('refuses %s', (_, values, field) => {
    expect(fields(record(values))).toContain(field);
  });

  it('keeps names NFC-normalized and trimmed', () => {
    const r = record({ name: ' Jose\u0301 ', occupation: '' });
    expect('row' in r && r.row.name).toBe('Jos\u00e9');
    expect('row' in r && r.row.occupation).toBeNull();
  });
});
