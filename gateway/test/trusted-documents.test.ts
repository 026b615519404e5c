import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import {
  DEFAULT_TRUSTED_DOCUMENTS_PATH,
  documentIdOf,
  loadTrustedDocuments,
  lookupTrustedDocument,
  registeredOperationNames,
  TrustedDocumentsError,
} from '../src/trusted-documents/trusted-documents';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trusted-documents-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const manifestOf = (content: unknown) => {
  const file = path.join(tmp, `${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

describe('loadTrustedDocuments', () => {
  it('reads the committed manifest: one parseable named operation per sha256 id', () => {
    const documents = loadTrustedDocuments();
    expect(DEFAULT_TRUSTED_DOCUMENTS_PATH).toMatch(/schema[\\/]operations[\\/]manifest\.json$/);
    expect(documents.size).toBeGreaterThan(50);
    for (const [id, document] of documents) {
      expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
      const operations = parse(document).definitions.filter((d) => d.kind === 'OperationDefinition');
      expect(operations).toHaveLength(1);
      expect((operations[0] as any).name?.value).toBeTruthy();
    }
  });

  it('lists the registered operation names (the bounded label set for metrics)', () => {
    const names = registeredOperationNames(loadTrustedDocuments());
    expect(names.size).toBe(loadTrustedDocuments().size);
    expect(names).toContain('Me');
    expect(names).toContain('UnionsAcrossDepartments');
  });

  it('finds a document by id and tells an unknown id from a malformed one', () => {
    const text = 'query Ping {\n  __typename\n}';
    const documents = loadTrustedDocuments(manifestOf({ [documentIdOf(text)]: text }));
    expect(lookupTrustedDocument(documents, documentIdOf(text))).toEqual({
      ok: true,
      id: documentIdOf(text),
      document: text,
    });
    expect(lookupTrustedDocument(documents, documentIdOf('query Other { __typename }'))).toEqual({
      ok: false,
      reason: 'unknown',
    });
    for (const bad of ['abc', `sha256:${'A'.repeat(64)}`, 42, null])
      expect(lookupTrustedDocument(documents, bad)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a manifest whose document does not hash to its id, naming the id', () => {
    const id = documentIdOf('query A { __typename }');
    expect(() => loadTrustedDocuments(manifestOf({ [id]: 'query B { __typename }' }))).toThrow(
      new RegExp(`document stored under ${id} does not hash to it`),
    );
  });

  it('refuses malformed manifests with a clear error', () => {
    expect(() => loadTrustedDocuments(manifestOf({ 'md5:abc': 'query A { __typename }' }))).toThrow(
      /"md5:abc" is not a sha256:<64 hex> document id/,
    );
    expect(() => loadTrustedDocuments(manifestOf('[]'))).toThrow(/must be a JSON object/);
    expect(() => loadTrustedDocuments(manifestOf('{'))).toThrow(/is not JSON/);
    expect(() => loadTrustedDocuments(path.join(tmp, 'missing.json'))).toThrow(TrustedDocumentsError);
    expect(() => loadTrustedDocuments(path.join(tmp, 'missing.json'))).toThrow(/run `npm run codegen`/);
  });
});
