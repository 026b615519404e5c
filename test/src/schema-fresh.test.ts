import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph, CompositionError, readSubgraphSdls, schemaFiles } from '@union/scripts';

describe('committed schema/', () => {
  it('matches a fresh composition of the subgraph SDLs (run `npm run compose` when this fails)', () => {
    for (const { file, content } of schemaFiles(composeSupergraph())) {
      const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '(missing)';
      // Compare per file so a failure names the stale one.
      expect({ file: path.basename(file), content: committed }).toEqual({
        file: path.basename(file),
        content,
      });
    }
  });

  it('reports a subgraph whose SDL does not compose, by name', () => {
    const subgraphs = readSubgraphSdls().map((s) =>
      s.name === 'organizations' ? { ...s, sdl: `${s.sdl}\nextend type Query { broken: NoSuchType }\n` } : s,
    );
    expect(() => composeSupergraph(subgraphs)).toThrow(CompositionError);
    expect(() => composeSupergraph(subgraphs)).toThrow(/subgraph organizations: .*NoSuchType/);
  });

  it('reports a subgraph whose SDL does not parse, by name and position', () => {
    const subgraphs = readSubgraphSdls().map((s) =>
      s.name === 'organizations' ? { ...s, sdl: 'type Query {' } : s,
    );
    expect(() => composeSupergraph(subgraphs)).toThrow(
      /subgraph organizations: schema\.graphql does not parse at line 1/,
    );
  });

  it('names both subgraphs when they disagree on a shared type', () => {
    const clash = {
      name: 'clashing',
      url: 'http://localhost:4999/graphql',
      sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
            type Organization @key(fields: "id") { id: ID! name: Int }`,
    };
    expect(() => composeSupergraph([...readSubgraphSdls(), clash])).toThrow(
      /subgraph (clashing, organizations|organizations, clashing): Type of field "Organization.name" is incompatible/,
    );
  });
});
