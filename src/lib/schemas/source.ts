import { z } from 'astro/zod';
import { sourceUrlProblem } from '../content/sources.ts';

/** Schema parts shared by articles and warning-sign sets. */

export const dateField = (field: string) =>
  z.coerce.date({ error: `${field} must be a date written as YYYY-MM-DD` }).refine((d) => !Number.isNaN(d.getTime()), {
    message: `${field} must be a real date written as YYYY-MM-DD`,
  });

export const sourceSchema = z
  .object({
    title: z.string().trim().min(3),
    publisher: z.string().trim().min(2),
    url: z.string().superRefine((url, ctx) => {
      const problem = sourceUrlProblem(url);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    /** The day a member of the team last checked the source says what we cite it for. */
    checked: dateField('checked').optional(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
