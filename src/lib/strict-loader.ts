import type { Loader } from 'astro/loaders';

/**
 * Astro's glob loader logs an error when an entry fails to render (for
 * example when our remark checks reject it) and carries on, leaving an empty
 * page. Here a failed render fails the build, and the broken entry is dropped
 * from the content cache so the next build renders it again.
 */
export function strictLoader(inner: Loader): Loader {
  return {
    ...inner,
    name: `strict-${inner.name}`,
    load: async (context) => {
      const errors: string[] = [];
      const logger = Object.create(context.logger, {
        error: {
          value: (message: string) => {
            errors.push(message);
            context.logger.error(message);
          },
        },
      });
      await inner.load({ ...context, logger });
      for (const entry of context.store.values()) {
        if (!entry.rendered && !entry.deferredRender) context.store.delete(entry.id);
      }
      if (errors.length) {
        throw new Error(`Some articles could not be built:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
      }
    },
  };
}
