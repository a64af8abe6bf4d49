/**
 * The levels of urgency, most urgent first. Plain data with no imports: the
 * search code that runs in the browser uses it, so it must not pull in the
 * schema library.
 */
export const CARE_LEVEL_IDS = ['emergency', 'urgent', 'doctor'] as const;
export type CareLevel = (typeof CARE_LEVEL_IDS)[number];

/**
 * What each level of urgency tells the reader to do. The one home of this
 * wording: the care cards, the search callout and any other page that shows a
 * warning sign take it from here. The emergency lead is 20 words or fewer.
 */
export interface CareLevelWording {
  /** Short label shown above the card heading. */
  label: string;
  heading: string;
  /** The instruction; the signs follow it as a list. */
  lead: string;
}

/** The emergency numbers readers are told to call, worded for any country. */
export const EMERGENCY_NUMBERS = '999 UK, 911 US, 112 EU';

export const CARE_LEVELS: Readonly<Record<CareLevel, CareLevelWording>> = {
  emergency: {
    label: 'Emergency',
    heading: 'Call an emergency number now',
    lead: `Call your local emergency number (${EMERGENCY_NUMBERS}) or go to an emergency department now if:`,
  },
  urgent: {
    label: 'Urgent',
    heading: 'Get help from a doctor today',
    lead: 'Get an urgent appointment with a doctor, or call a non-emergency health line (111 in the UK), today if:',
  },
  doctor: {
    label: 'Non-urgent',
    heading: 'See a doctor soon',
    lead: 'Book an appointment with a doctor if:',
  },
};

/** Most urgent first. */
export const CARE_LEVEL_ORDER: readonly CareLevel[] = CARE_LEVEL_IDS;

/** A level's lead as a sentence of its own, where no list of signs follows: "... now." */
export function leadAsSentence(level: CareLevel): string {
  return CARE_LEVELS[level].lead.replace(/ if:$/, '.');
}
