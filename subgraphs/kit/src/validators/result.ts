/**
 * Outcome of checking untrusted input. Validators return this instead of throwing so callers can
 * map a refusal onto their own error shape (GraphQL user error, import report line, ...).
 *
 * `reason` is shown to users and may reach logs, so it must never echo the input: most inputs
 * checked here are personal information (docs/architecture.md §4).
 */
export type Validation<T> = { ok: true; value: T } | { ok: false; reason: string };

export function valid<T>(value: T): Validation<T> {
  return { ok: true, value };
}

// Typed as Validation<never> so one refusal is assignable to a Validation of any value type.
export function invalid(reason: string): Validation<never> {
  return { ok: false, reason };
}
