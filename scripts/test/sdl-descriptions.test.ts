/*
 * Every type, field, argument and enum value of every subgraph SDL has a description, so GraphiQL's
 * docs and the composed API are real documentation (CONTRIBUTING.md "Inside a subgraph package";
 * CONTRIBUTING.md). Every subgraph is now fully documented, so `sdl-undocumented.txt` (the list of
 * coordinates that were still waiting for one) is empty and must stay so: a new coordinate without a
 * description fails, and so does any line added to the list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ASTNode, type DefinitionNode } from 'graphql';
import { SUBGRAPHS } from '../src';

const BASELINE = path.join(__dirname, 'sdl-undocumented.txt');

/** `subgraph:Type`, `subgraph:Type.field`, `subgraph:Type.field(arg)`, `subgraph:Enum.VALUE` without a description. */
function undocumented(subgraph: string, sdl: string): string[] {
  const missing: string[] = [];
  const need = (node: ASTNode & { description?: unknown }, coordinate: string) => {
    if (!node.description) missing.push(`${subgraph}:${coordinate}`);
  };
  for (const def of parse(sdl).definitions as readonly (DefinitionNode & Record<string, any>)[]) {
    if (!('name' in def) || !def.name || def.kind === Kind.DIRECTIVE_DEFINITION) continue;
    const type: string = def.name.value;
    // Extensions (`extend type Query`) cannot carry a description; their fields can.
    if (!def.kind.endsWith('Extension')) need(def, type);
    for (const field of def.fields ?? []) {
      need(field, `${type}.${field.name.value}`);
      for (const arg of field.arguments ?? []) need(arg, `${type}.${field.name.value}(${arg.name.value})`);
    }
    for (const value of def.values ?? []) need(value, `${type}.${value.name.value}`);
  }
  return missing;
}

const baseline = fs
  .readFileSync(BASELINE, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('subgraph SDL descriptions', () => {
  const current = SUBGRAPHS.flatMap((s) => undocumented(s.name, fs.readFileSync(s.schemaFile, 'utf8')));

  it('every type, field, argument and enum value added from now on has a description', () => {
    const listed = new Set(baseline);
    expect(current.filter((c) => !listed.has(c))).toEqual([]);
  });

  it('the list of coordinates still undocumented only shrinks (delete a line once it has one)', () => {
    const now = new Set(current);
    expect(baseline.filter((c) => !now.has(c))).toEqual([]);
  });

  it('the list of coordinates still undocumented is empty', () => {
    expect(baseline).toEqual([]);
  });

  // organizations, members, services and labor-relations today, and any subgraph registered later.
  it.each(SUBGRAPHS.map((s) => s.name))('%s is fully documented', (subgraph) => {
    expect(current.filter((c) => c.startsWith(`${subgraph}:`))).toEqual([]);
  });
});
