import { PiiCipher as KitPiiCipher } from '@union/kit';

export type PiiKind = 'id' | 'phone';

/**
 * Members' ID numbers and phones at rest: the kit cipher (AES-256-GCM, HMAC-SHA256 blind index),
 * shared with labor relations' appeal callers (docs/architecture.md §4); kinds 'id' and 'phone'.
 */
export class PiiCipher extends KitPiiCipher<PiiKind> {}
