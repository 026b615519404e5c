import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DocumentNode, type InputObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import { CHECKED_LINKS } from './link-fields';

/*
 * Issue 9 §2, enforced for the future: every mutation input field of every subgraph that names
 * another row must be in CHECKED_LINKS with tests that still exist. A field names a row when it
 * ends in `Id` / `Ids`, or is one of the named link fields below (region codes, claimants,
 * providers, successors, targets). `id` itself is the row being written, checked by each
 * mutation's own scope rule, not a link.
 */
const ROOT = path.resolve(__dirname, '../../..');
const SUBGRAPHS = ['organizations', 'members', 'services', 'labor-relations'];
const NAMED_LINKS = /^(regionCode|coveredRegion|parentCode)$|claimant|provider|successor|target|granting/i;

function isLinkField(name: string): boolean {
  return /[a-z](Id|Ids)$/.test(name) || NAMED_LINKS.test(name);
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** `<subgraph>.<mutation>.<input path>` of every link field of a subgraph's mutations. */
function linkFieldsOf(subgraph: string, doc: DocumentNode): string[] {
  const inputs = new Map<string, InputObjectTypeDefinitionNode>();
  for (const d of doc.definitions)
    if (d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) inputs.set(d.name.value, d);
  const found: string[] = [];
  const walk = (prefix: string, typeName: string, seen: Set<string>) => {
    const input = inputs.get(typeName);
    if (!input || seen.has(typeName)) return;
    for (const field of input.fields ?? []) {
      const at = `${prefix}.${field.name.value}`;
      if (isLinkField(field.name.value)) found.push(at);
      walk(at, namedType(field.type), new Set([...seen, typeName]));
    }
  };
  for (const d of doc.definitions) {
    if (
      (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      d.name.value === 'Mutation'
    ) {
      for (const mutation of d.fields ?? []) {
        for (const arg of mutation.arguments ?? []) {
          const at = `${subgraph}.${mutation.name.value}.${arg.name.value}`;
          if (isLinkField(arg.name.value)) found.push(at);
          walk(at, namedType(arg.type), new Set());
        }
      }
    }
  }
  return found;
}

const linkFields = SUBGRAPHS.flatMap((s) =>
  linkFieldsOf(s, parse(fs.readFileSync(path.join(ROOT, 'subgraphs', s, 'src/schema.graphql'), 'utf8'))),
);

describe('every mutation input field that names another row is checked', () => {
  it('finds the link fields of all four subgraphs', () => {
    for (const s of SUBGRAPHS) expect(linkFields.some((f) => f.startsWith(`${s}.`))).toBe(true);
    expect(linkFields).toContain('organizations.updateOrganization.input.employerId');
    expect(linkFields).toContain('labor-relations.reportLaborDispute.input.legalAidRequestId');
  });

  it.each(linkFields)('%s is in the table of checked link fields', (field) => {
    expect(Object.keys(CHECKED_LINKS)).toContain(field);
  });

  it('lists no field the schemas no longer have', () => {
    expect(Object.keys(CHECKED_LINKS).filter((f) => !linkFields.includes(f))).toEqual([]);
  });

  it.each(Object.entries(CHECKED_LINKS))('%s is proven by tests that exist', (_, link) => {
    expect(link.tests.length).toBeGreaterThan(0);
    for (const test of link.tests) {
      const file = path.join(ROOT, test.file);
      expect(fs.existsSync(file)).toBe(true);
      expect(fs.readFileSync(file, 'utf8')).toContain(test.title);
    }
  });
});
