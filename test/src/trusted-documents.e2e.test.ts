/*
 * Trusted documents through the real gateway (docs/frontend.md): the front ends' registered operations run
 * by `documentId` from schema/operations/manifest.json with TRUSTED_DOCUMENTS=require, free-form
 * documents are refused unless the token carries ops:adhoc.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { testDialects } from '@union/kit';
import { OPERATIONS_DIR } from '@union/scripts';
import { startStack, type Stack } from './support/stack';

const manifest = JSON.parse(fs.readFileSync(path.join(OPERATIONS_DIR, 'manifest.json'), 'utf8')) as Record<
  string,
  string
>;
/** The id of the registered operation of that name. */
function idOf(name: string): string {
  const found = Object.entries(manifest).find(([, text]) =>
    new RegExp(`^(query|mutation) ${name}\\b`).test(text),
  );
  if (!found) throw new Error(`${name} is not in the manifest`);
  return found[0];
}

describe.each(testDialects())('trusted documents through the gateway on %s', (dialect) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ dialect, gatewayEnv: { TRUSTED_DOCUMENTS: 'require' } });
  });
  afterAll(() => stack?.close());

  const send = async (body: unknown, token?: string) => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
  };

  it('runs a registered operation by id: the public region tree and the integrator question', async () => {
    const tree = await send({ documentId: idOf('RegionTree'), variables: { code: '44' } });
    expect(tree.status).toBe(200);
    expect(tree.body.errors).toBeUndefined();
    expect(tree.body.data.region).toMatchObject({ code: '44', name: '广东省' });
    expect(tree.body.data.region.children).toHaveLength(21);

    const auditor = await stack.token({ role: 'AUDITOR', region: '44' });
    const across = await send(
      {
        documentId: idOf('UnionsAcrossDepartments'),
        operationName: 'UnionsAcrossDepartments',
        variables: { regionPrefix: '4401', regionCode: '4401', first: 3 },
      },
      auditor,
    );
    expect(across.body.errors).toBeUndefined();
    expect(across.body.data.organizations.nodes).toHaveLength(3);
    expect(across.body.data.region.memberStats.total).toBeGreaterThan(0);
  });

  it('runs a registered operation by id over GET', async () => {
    const params = new URLSearchParams({ documentId: idOf('RegionTree'), variables: '{"code":"4401"}' });
    const response = await fetch(`${stack.gatewayUrl}?${params}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    const body = (await response.json()) as any;
    expect(response.status).toBe(200);
    expect(body.data.region.code).toBe('4401');
  });

  it('answers an unknown id 404 TRUSTED_DOCUMENT_NOT_FOUND', async () => {
    const unknown = `sha256:${createHash('sha256').update('{ __typename }').digest('hex')}`;
    const res = await send({ documentId: unknown });
    expect(res.status).toBe(404);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_NOT_FOUND');
  });

  it('refuses free-form documents, even a staff token, unless it carries ops:adhoc', async () => {
    const query = '{ region(code: "44") { name } }';
    const anonymous = await send({ query });
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    const staff = await stack.token({ role: 'FEDERATION_ADMIN', region: '4401', perms: ['pii:read'] });
    expect((await send({ query }, staff)).body.errors?.[0]?.extensions?.code).toBe(
      'TRUSTED_DOCUMENT_REQUIRED',
    );
    const analyst = await stack.token({ role: 'AUDITOR', region: '44', perms: ['ops:adhoc'] });
    expect(await send({ query }, analyst)).toEqual({
      status: 200,
      body: { data: { region: { name: '广东省' } } },
    });
  });
});
