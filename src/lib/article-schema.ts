import { z } from 'astro/zod';
import { SYMPTOMS, SYMPTOM_IDS, type SymptomId } from './symptoms.ts';
import { sourceUrlProblem } from './sources.ts';

/**
 * The article frontmatter schema: the one definition of what an article must
 * carry. `src/content.config.ts` hands it to Astro; tests and scripts import it
 * directly, so there is no second list of fields anywhere.
 */

const date = (field: string) =>
  z.coerce.date({ error: `${field} must be a date written as YYYY-MM-DD` }).refine((d) => !Number.isNaN(d.getTime()), {
    message: `${field} must be a real date written as YYYY-MM-DD`,
  });

const trigger = z.string().trim().min(10, 'each care item must be a full, plain sentence the reader can check');

export const sourceSchema = z.object({
  title: z.string().trim().min(3),
  publisher: z.string().trim().min(2),
  url: z.string().superRefine((url, ctx) => {
    const problem = sourceUrlProblem(url);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  /** The day a member of the team last checked the source says what we cite it for. */
  checked: date('checked').optional(),
});

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
    title: z.string().trim().min(3).max(90),
    description: z.string().trim().min(40).max(160, 'description must be 160 characters or fewer (it is the search snippet)'),
    published: date('published'),
    reviewed: date('reviewed'),
    nextReview: date('nextReview'),
    symptoms: z
      .array(
        z.enum(SYMPTOM_IDS, {
          error: (issue) =>
            `unknown symptom "${String(issue.input)}": use one of the ids in src/lib/symptoms.ts or add it there`,
        }),
      )
      .min(1, 'symptoms needs at least one symptom from src/lib/symptoms.ts'),
    sources: z.array(sourceSchema).min(2, 'sources needs at least 2 reputable sources'),
    care: careSchema.optional(),
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
    const redFlags = a.symptoms.filter((id: SymptomId) => SYMPTOMS[id].redFlag);
    const hasUrgentAdvice = (a.care?.emergency?.length ?? 0) + (a.care?.urgent?.length ?? 0) > 0;
    if (redFlags.length > 0 && !hasUrgentAdvice) {
      ctx.addIssue({
        code: 'custom',
        path: ['care'],
        message: `articles tagged ${redFlags.join(', ')} must list when to get urgent help in care.emergency or care.urgent`,
      });
    }
  });

export type ArticleData = z.infer<typeof articleSchema>;
export type CareLevel = keyof NonNullable<ArticleData['care']>;
