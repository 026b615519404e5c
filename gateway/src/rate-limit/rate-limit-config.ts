/** Per-caller budgets at the gateway (docs/security.md). Each budget is a count per fixed window. */
export interface RateLimitConfig {
  /** Off only when RATE_LIMIT=off (e.g. a load test behind the gateway's own limits). */
  enabled: boolean;
  windowMs: number;
  /** Requests per window for a caller with a verified token, counted by its subject. */
  authenticatedMax: number;
  /** Requests per window for anonymous callers, counted by client address. */
  anonymousMax: number;
  /** Uses per window of the public form fields by one anonymous address, on top of the above. */
  formMax: number;
  formWindowMs: number;
  /** Root fields that anonymous callers reach through public forms (applications, appeals). */
  formFields: string[];
  /** Budgets live in Redis when set, so that every gateway replica draws on the same ones. */
  redisUrl?: string;
  /** Key prefix in Redis (one per deployment, or per test). */
  redisPrefix: string;
}
