import { createHmac } from 'node:crypto';

/*
 * Signs an HS256 JWT with any claims at all — what an attacker holding a secret (or a leaked header)
 * could produce — so tests can show the platform refuses what the dev token CLI would never mint.
 */
export function forgeHs256(claims: Record<string, unknown>, secret: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);
