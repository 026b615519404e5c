import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alphaTypeDefs, BETA_TYPE_DEFS } from './test-subgraphs';

/*
 * The URLs composed in are deliberately wrong (port 9, discard): the gateway must reach the
 * subgraphs through its configured URLs, as it does with the committed supergraph.
 */
const COMPOSED_URL = 'http://127.0.0.1:9/graphql';

export function composeTestSupergraph(alphaVersion: 1 | 2 = 1): string {
  const result = composeServices([
    { name: 'alpha', typeDefs: parse(alphaTypeDefs(alphaVersion)), url: COMPOSED_URL },
    { name: 'beta', typeDefs: parse(BETA_TYPE_DEFS), url: COMPOSED_URL },
  ]);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

export interface SupergraphFile {
  path: string;
  /** Replaces the file the way compose tools do: write aside, then rename over it. */
  write(content: string): void;
  /** Deletes the file only, as a careless deploy might. */
  delete(): void;
  /** Deletes the file and its temporary directory. */
  remove(): void;
}

export function writeSupergraphFile(content: string): SupergraphFile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'union-gateway-'));
  const file = path.join(dir, 'supergraph.graphql');
  const write = (text: string) => {
    const aside = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(aside, text);
    fs.renameSync(aside, file);
  };
  write(content);
  return {
    path: file,
    write,
    delete: () => fs.rmSync(file, { force: true }),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
