import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { createLogger, createSubgraphServer, type GraphqlHttpServer } from '@union/kit';
import { readSubgraphSdls } from '@union/scripts';
import { parse } from 'graphql';
import { startStack, SUBGRAPH_SECRET, type Stack } from './support/stack';

/* A department's subgraph that hangs: it extends Region with a field that never answers in time. */
const SLOW_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
  type Region @key(fields: "code") { code: ID! "Answers after 30 s." slowFigure: Int }
`;

describe('a hanging subgraph', () => {
  let stack: Stack;
  let slow: GraphqlHttpServer;
  let dir: string;
  beforeAll(async () => {
    slow = await createSubgraphServer({
      name: 'slow',
      typeDefs: parse(SLOW_SDL),
      resolvers: {
        Region: {
          __resolveReference: (ref: { code: string }) => ref,
          slowFigure: () => new Promise((resolve) => setTimeout(() => resolve(1), 30_000).unref()),
        },
      },
      publicFields: ['Region'],
      subgraphSecret: SUBGRAPH_SECRET,
      logger: createLogger('slow', 'silent'),
      introspection: false,
      createContext: (base) => base,
      ready: async () => true,
    });
    const slowUrl = await slow.listen(0);
    const sdls = readSubgraphSdls().map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) }));
    const composed = composeServices([...sdls, { name: 'slow', url: slowUrl, typeDefs: parse(SLOW_SDL) }]);
    if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'union-slow-'));
    const supergraphPath = path.join(dir, 'supergraph.graphql');
    fs.writeFileSync(supergraphPath, composed.supergraphSdl);
    stack = await startStack({
      dialect: 'sqlite',
      supergraphPath,
      extraSubgraphUrls: { slow: slowUrl },
      subgraphTimeoutMs: 500,
    });
  });
  afterAll(async () => {
    await stack?.close();
    await slow?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is cut off by the timeout while the rest of the response still arrives', async () => {
    const started = Date.now();
    const result = await stack.gql(null, '{ region(code: "4401") { name children { code } slowFigure } }');
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(3000);
    expect(result.data.region.name).toBe('广州市');
    expect(result.data.region.children.length).toBeGreaterThan(5);
    expect(result.data.region.slowFigure).toBeNull();
    const error = result.errors![0]!;
    expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    // The client learns which part is missing (before, the error of a failed fetch had no path).
    expect(error.path).toEqual(['region', 'slowFigure']);
    expect(result.errors).toHaveLength(1);
    expect(JSON.stringify(result.errors)).not.toMatch(/127\.0\.0\.1|http:|localhost/);
  });
});
