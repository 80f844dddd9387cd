import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** A URL-safe secret with 256 bits of entropy. */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Secrets are stored only as their SHA-256, so a database leak does not leak live tokens. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
