/*
 * The generated client files (`npm run codegen`) are fresh, and they type-check: this file imports
 * them, so the e2e workspace's build (tsc) checks schema/client/graphql.ts with the repository's
 * strict settings, and the assertions below pin the scalar mapping front ends rely on.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { documentIdOf, loadRegistry, REPO_ROOT } from '@union/scripts';
import {
  documentIds,
  MeDocument,
  RegionLaborStatsDocument,
  type MeQuery,
  type MeQueryVariables,
  type RegionLaborStatsQuery,
  type ReportLaborDisputeMutationVariables,
  type UnionsAcrossDepartmentsQueryVariables,
} from '../../schema/client/graphql';
import { typePolicies } from '../../schema/client/type-policies';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(value: T) => value;

describe('generated client (schema/client/graphql.ts, schema/operations/manifest.json)', () => {
  // In a child process: the codegen plugins load an ES-module-only dependency jest cannot require.
  it('matches a fresh `npm run codegen` of the registry and schema/api.graphql', async () => {
    const codegen = path.join(REPO_ROOT, 'scripts/dist/schema/codegen.js');
    const run = await promisify(execFile)(process.execPath, [codegen, '--check']).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: `${error.stdout}${error.stderr}`,
      }),
    );
    expect(run).toEqual({ code: 0, output: 'schema/client and the manifest are up to date\n' });
  });

  it('maps scalars for front ends: Cents → number, Date/DateTime/ID → string', () => {
    type Stats = NonNullable<NonNullable<RegionLaborStatsQuery['region']>['laborStats']>;
    assertType<Equals<Stats['amountClaimedThisYearCents'], number>>(true);
    type Contract = NonNullable<NonNullable<MeQuery['me']>>;
    assertType<Equals<Contract['id'], string>>(true);
    assertType<Equals<Contract['history'][number]['at'], string>>(true);
    assertType<Equals<ReportLaborDisputeMutationVariables['input']['amountClaimedCents'], number>>(true);
    assertType<Equals<ReportLaborDisputeMutationVariables['input']['reportedOn'], string | null | undefined>>(
      true,
    );
    const variables: UnionsAcrossDepartmentsQueryVariables = { regionPrefix: '4401', regionCode: '4401' };
    expect(variables.first).toBeUndefined();
  });

  it('gives Apollo Client the type policies the graph needs: Region by code, id-less parts merged', () => {
    expect(typePolicies.Region).toEqual({ keyFields: ['code'] });
    for (const part of [
      'WorkerHome',
      'LaborRelations',
      'MemberStats',
      'ServiceStats',
      'LaborStats',
      'Verification',
    ])
      expect(typePolicies[part]).toEqual({ merge: true });
    expect(typePolicies.Organization).toBeUndefined(); // keyed by id: Apollo Client's default
  });

  it('gives every registered operation a typed document and the id of its manifest entry', () => {
    const typed: TypedDocumentNode<MeQuery, MeQueryVariables> = MeDocument;
    const registry = loadRegistry();
    const manifest = JSON.parse(fs.readFileSync(path.join(registry.dir, 'manifest.json'), 'utf8')) as Record<
      string,
      string
    >;
    expect(Object.keys(documentIds).sort()).toEqual(registry.operations.map((op) => op.name).sort());
    for (const op of registry.operations) {
      const id = documentIds[op.name as keyof typeof documentIds];
      expect(manifest[id]).toBe(op.text);
      expect(documentIdOf(manifest[id])).toBe(id);
    }
    // The generated documents are the ones the manifest stores (with __typename, as Apollo Client sends).
    expect(print(typed)).toBe(manifest[documentIds.Me]);
    expect(print(RegionLaborStatsDocument)).toBe(manifest[documentIds.RegionLaborStats]);
  });
});
