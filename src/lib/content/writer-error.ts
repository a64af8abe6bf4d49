import { AstroError } from 'astro/errors';

/**
 * An error for a writer to act on: the message already names the file, the
 * line and the field in plain words, so Astro is asked to print it with a
 * hint and without a stack trace (which points into our code and would bury
 * the one line that matters).
 */
export function writerError(message: string, hint = 'Fix the lines above, then build again. `npm run check:articles` runs the same checks without a build.'): Error {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}
