import { z } from 'astro/zod';
import { SYMPTOMS, SYMPTOM_IDS } from '../symptoms/symptoms.ts';
import { warningSetIds } from '../content/warning-set-files.ts';
import { dateField as date, sourceSchema } from './source.ts';

/**
 * The article frontmatter schema: the one definition of what an article must
 * carry. `src/content.config.ts` hands it to Astro; tests and scripts import it
 * directly, so there is no second list of fields anywhere.
 */

const trigger = z.string().trim().min(10, 'each care item must be a full, plain sentence the reader can check');

export const careSchema = z
  .object({
    /** Call an emergency number or go to an emergency department now. */
    emergency: z.array(trigger).optional(),
    /** An urgent appointment or a non-emergency health line today. */
    urgent: z.array(trigger).optional(),
    /** See a doctor, pharmacist or physiotherapist soon. */
    doctor: z.array(trigger).optional(),
  })
  .strict();

export const articleSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, 'title is missing words: write the question or topic a reader searches for')
      .max(90, { error: (iss) => `title is ${String(iss.input).length} characters: keep it to 90 or fewer` }),
    description: z
      .string()
      .trim()
      .min(40, { error: (iss) => `description is ${String(iss.input).length} characters: write at least 40, a sentence or two that answers the title` })
      .max(160, { error: (iss) => `description is ${String(iss.input).length} characters: keep it to 160 or fewer (it is the snippet in search results)` }),
    published: date('published'),
    reviewed: date('reviewed'),
    nextReview: date('nextReview'),
    symptoms: z
      .array(
        z.enum(SYMPTOM_IDS, {
          error: (issue) =>
            `unknown symptom "${String(issue.input)}": use one of the ids in src/lib/symptoms/symptoms.ts or add it there`,
        }),
      )
      .min(1, 'symptoms needs at least one symptom from src/lib/symptoms/symptoms.ts'),
    sources: z.array(sourceSchema).min(2, 'sources needs at least 2 reputable sources'),
    /** Warning-sign sets (file names in content/warning-signs/) shown in this article's care cards. */
    warningSigns: z.array(z.string()).default([]),
    /** Signs that belong to this article alone; shared signs come from warningSigns. */
    care: careSchema.optional(),
    /**
     * Extra words a reader might type to find this page that its symptoms'
     * lay names do not cover ("elderly" for a page on older adults). Indexed
     * for search, never shown.
     */
    searchTerms: z.array(z.string().trim().min(2)).max(12, 'searchTerms: 12 at most; the symptom vocabulary carries the rest').default([]),
    /** Who the page is written for: adults unless it is a page for parents or for pregnancy. */
    audience: z.enum(['adults', 'parents', 'pregnancy']).default('adults'),
    draft: z.boolean().default(false),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.nextReview.getTime() <= a.reviewed.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['nextReview'], message: 'nextReview must be after reviewed' });
    }
    if (a.reviewed.getTime() < a.published.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['reviewed'], message: 'reviewed cannot be before published' });
    }
    const known = warningSetIds();
    a.warningSigns.forEach((id, i) => {
      if (!known.includes(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['warningSigns', i],
          message: `there is no warning-sign set called "${id}": use one of ${known.join(', ')} (the files in content/warning-signs/)`,
        });
      }
    });
    for (const symptom of a.symptoms) {
      for (const set of SYMPTOMS[symptom].warningSigns) {
        if (!a.warningSigns.includes(set)) {
          ctx.addIssue({
            code: 'custom',
            path: ['warningSigns'],
            message: `articles tagged "${symptom}" must show the "${set}" warning signs: add ${set} to warningSigns`,
          });
        }
      }
    }
  });

export type ArticleData = z.infer<typeof articleSchema>;
export type { CareLevel } from './warning-sign.ts';
