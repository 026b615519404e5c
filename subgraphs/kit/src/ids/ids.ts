import { v7 as uuidv7, validate, version } from 'uuid';

/** Application-generated, time-sortable identifiers (UUIDv7): no auto-increment anywhere (docs/architecture.md §7). */
export function newId(): string {
  return uuidv7();
}

export function isId(value: string): boolean {
  return validate(value) && version(value) === 7;
}
