import { z } from 'astro/zod';
import { sourceSchema } from './source.ts';
import { CARE_LEVEL_IDS } from '../care/care-levels.ts';

/**
 * The schema of a warning-sign set: one YAML file in content/warning-signs/
 * per topic. A sign is written once here and every article that includes the
 * set shows it, so fixing a sign fixes every page. The levels are the ones in
 * the fact base; src/lib/care/care-levels.ts says what each level tells the reader
 * to do.
 */

export { CARE_LEVEL_IDS, type CareLevel } from '../care/care-levels.ts';

const level = z.enum(CARE_LEVEL_IDS, {
  error: (issue) => `level "${String(issue.input)}" is not a level of urgency: use emergency, urgent or doctor`,
});

const slugId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens, like "numb-bottom"');

/** Ids of the set's own `sources` that back a sign or a contact. */
const NEEDS_SOURCE = "every sign needs at least one source: list keys from the set's sources, like sources: [nhs-back-pain]";
const sourceKeys = z.array(slugId, { error: NEEDS_SOURCE }).min(1, NEEDS_SOURCE);

export const warningSignSchema = z
  .object({
    /** Unique across all sets: the same id in two sets is the same sign. */
    id: slugId,
    level,
    /** A plain trigger the reader can check, as a full sentence: "You cannot control when you pee or poo." */
    text: z.string().trim().min(10, 'text must be a full, plain sentence the reader can check').max(300),
    sources: sourceKeys,
    /** What a reader with this sign might type into the search box, in their own words. */
    phrases: z.array(z.string().trim().toLowerCase().min(3)).min(1, 'give at least one phrase a reader might search with'),
  })
  .strict();

/** A crisis line or service, shown by the crisis help block. */
export const contactSchema = z
  .object({
    name: z.string().trim().min(2),
    /** The number to call or text, as a reader would dial it. */
    number: z.string().trim().regex(/^[0-9 ]+$/, 'number is digits and spaces only, as a reader dials it').optional(),
    /** Where it works: "UK and Ireland", "England and Wales", "US". */
    where: z.string().trim().min(2).optional(),
    /** One or two plain sentences: who it is for and what happens. */
    text: z.string().trim().min(10),
    sources: sourceKeys,
  })
  .strict();

export const warningSetSchema = z
  .object({
    title: z.string().trim().min(3),
    /** Sources the signs in this set cite, by a short key. Same rules as an article's sources. */
    sources: z.record(slugId, sourceSchema),
    signs: z.array(warningSignSchema).min(1),
    /** Only the mental-health crisis set has these: the lines to call. */
    contacts: z.array(contactSchema).optional(),
  })
  .strict()
  .superRefine((set, ctx) => {
    const check = (keys: string[], path: (string | number)[]) => {
      keys.forEach((key, i) => {
        if (!(key in set.sources)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'sources', i],
            message: `source "${key}" is not in this set's sources: add it there or use one of ${Object.keys(set.sources).join(', ')}`,
          });
        }
      });
    };
    const seen = new Set<string>();
    set.signs.forEach((sign, i) => {
      check(sign.sources, ['signs', i]);
      if (seen.has(sign.id)) ctx.addIssue({ code: 'custom', path: ['signs', i, 'id'], message: `sign id "${sign.id}" is used twice in this set` });
      seen.add(sign.id);
    });
    set.contacts?.forEach((c, i) => check(c.sources, ['contacts', i]));
  });

export type WarningSet = z.infer<typeof warningSetSchema>;
export type WarningSign = z.infer<typeof warningSignSchema>;
export type Contact = z.infer<typeof contactSchema>;
