/*
 * The browser side of the gateway's IDE. esbuild bundles this file, GraphiQL, React and Monaco
 * (with its workers) into dist/graphiql at build time, so the page never loads anything from
 * another host: union networks are often air-gapped and public CDNs are unreachable from many.
 * tsc does not compile this file (the gateway's tsconfig includes *.ts only).
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';

interface IdeConfig {
  title: string;
  /** Worker scripts by Monaco label, relative to the page. */
  workers: { editor: string; json: string; graphql: string };
  tabs: { query: string; variables?: string; headers?: string }[];
  shouldPersistHeaders: boolean;
}

const config = JSON.parse(document.getElementById('graphiql-config')!.textContent!) as IdeConfig;

(globalThis as any).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    const script =
      label === 'json'
        ? config.workers.json
        : label === 'graphql'
          ? config.workers.graphql
          : config.workers.editor;
    return new Worker(new URL(script, location.href));
  },
};

// The page is served at the GraphQL endpoint itself, behind whatever path prefix a proxy adds.
const fetcher = createGraphiQLFetcher({ url: new URL(location.pathname, location.origin).toString() });

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={config.tabs}
    defaultEditorToolsVisibility="headers"
    isHeadersEditorEnabled
    shouldPersistHeaders={config.shouldPersistHeaders}
  >
    <GraphiQL.Logo>{config.title}</GraphiQL.Logo>
  </GraphiQL>,
);
