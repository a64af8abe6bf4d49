/**
 * When a page is due for its next review. A page past its date still says
 * what it said, but the reader is told plainly that it is due for review, the
 * build lists it, and `npm run check:reviews` fails for a scheduled job.
 */
export const DUE_SOON_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

export type ReviewStatus = 'overdue' | 'due-soon' | 'current';

export function reviewStatus(nextReview: Date, today: Date = new Date()): ReviewStatus {
  const days = (nextReview.getTime() - today.getTime()) / DAY;
  if (days < 0) return 'overdue';
  if (days <= DUE_SOON_DAYS) return 'due-soon';
  return 'current';
}
