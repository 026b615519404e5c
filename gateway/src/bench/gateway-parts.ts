import { signContextToken, type ContextClaims } from '@union/kit';
import type { BearerVerifier } from '../auth/bearer';

/**
 * The parts of the gateway `npm run bench:gateway-cost` switches off one at a time, to measure what
 * each costs per request (docs/bench-gateway-cost.md). Only a bench passes them, through
 * `createGateway({ benchOnlyOff })`: no configuration or environment variable reaches them, and
 * createGateway refuses them under NODE_ENV=production.
 */
export const GATEWAY_PARTS = ['jwt', 'signing', 'masking', 'limits'] as const;
export type GatewayPart = (typeof GATEWAY_PARTS)[number];

/** Signs a context token; the gateway signs one per client request (docs/architecture.md §3.3). */
export type ContextSigner = (claims: ContextClaims, secret: string) => Promise<string>;

/**
 * Bench only ('jwt' off): each distinct Authorization header is verified once and its outcome reused,
 * so the per-request cost of the check disappears while callers keep their identity.
 */
export function verifiedOnce(bearer: BearerVerifier): BearerVerifier {
  const outcomes = new Map<string, ReturnType<BearerVerifier['verify']>>();
  return {
    verify(authorization) {
      const key = authorization ?? '';
      let outcome = outcomes.get(key);
      if (!outcome) {
        outcome = bearer.verify(authorization);
        outcomes.set(key, outcome);
      }
      return outcome;
    },
  };
}

/**
 * Bench only ('signing' off): one token per caller, re-signed every 30 s (a context token lives 60 s),
 * instead of one per client request. Subgraphs then see a stale request id, which the bench ignores.
 */
export function signedEvery30Seconds(): ContextSigner {
  const tokens = new Map<string, { token: Promise<string>; at: number }>();
  return (claims, secret) => {
    const key = JSON.stringify(claims.identity);
    const cached = tokens.get(key);
    if (cached && Date.now() - cached.at < 30_000) return cached.token;
    const token = signContextToken(claims, secret);
    tokens.set(key, { token, at: Date.now() });
    return token;
  };
}
