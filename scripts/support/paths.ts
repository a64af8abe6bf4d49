import { fileURLToPath } from 'node:url';

/** The project root, and the built site in it. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
