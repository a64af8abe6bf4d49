/**
 * The controlled symptom vocabulary: the single source of truth for what an
 * article may be tagged with, how a symptom is shown, and which everyday words
 * (lay names, misspellings, related phrases) should find it in search.
 *
 * `redFlag` marks symptoms that can be a sign of something serious; an article
 * tagged with one must tell readers when to get urgent help (see the schema).
 */
export interface Symptom {
  /** Name shown on the site. */
  name: string;
  /** One plain sentence for the symptom A-Z. */
  summary: string;
  /** What readers call it: everyday names, phrases, medical terms. */
  lay: readonly string[];
  /** Common misspellings seen in search boxes. */
  misspellings: readonly string[];
  redFlag: boolean;
}

export const SYMPTOMS = {
  'muscle-cramp': {
    name: 'Muscle cramps',
    summary: 'A muscle suddenly tightens and will not let go.',
    lay: ['cramp', 'cramps', 'cramping', 'charley horse', 'muscle seized up', 'muscle locked'],
    misspellings: ['cramsp', 'crmap', 'cramping muscels'],
    redFlag: false,
  },
  'leg-cramp': {
    name: 'Leg and calf cramps',
    summary: 'Cramps in the calf, foot or thigh, often at night.',
    lay: [
      'calf cramp',
      'cramp in my calf',
      'night cramps',
      'leg cramps at night',
      'calf seized up',
      'foot cramp',
      'nocturnal leg cramps',
    ],
    misspellings: ['calf cramp nite', 'leg cramps nite', 'charlie horse'],
    redFlag: false,
  },
  'muscle-spasm': {
    name: 'Muscle spasms',
    summary: 'A muscle tightens or jerks without you choosing to move it.',
    lay: ['spasm', 'spasms', 'muscle tightening', 'muscle jerking', 'muscle knot'],
    misspellings: ['spasam', 'spazm', 'spasim', 'spams'],
    redFlag: false,
  },
  'back-spasm': {
    name: 'Back spasms',
    summary: 'The muscles of the back tighten suddenly and painfully.',
    lay: [
      'back seized up',
      'back locked',
      'lower back spasm',
      'put my back out',
      'back went',
      'back muscle spasm',
    ],
    misspellings: ['back spasam', 'back spazm'],
    redFlag: true,
  },
  'eyelid-twitch': {
    name: 'Eyelid twitching',
    summary: 'Small, repeated flickers of the upper or lower eyelid.',
    lay: [
      'eye twitch',
      'twitchy eyelid',
      'eye flickering',
      'flickering eyelid',
      'eye jumping',
      'eyelid spasm',
      'myokymia',
    ],
    misspellings: ['eye twich', 'eyelid twiching', 'eye lid twitch'],
    redFlag: false,
  },
  'muscle-twitch': {
    name: 'Muscle twitching',
    summary: 'Small flickers or jumps under the skin, often in the legs or arms.',
    lay: ['twitching muscles', 'muscles jumping', 'body twitching', 'twitches', 'fasciculations'],
    misspellings: ['twiching', 'twitchs', 'muscle twiches'],
    redFlag: false,
  },
  'hypnic-jerk': {
    name: 'Jerks as you fall asleep',
    summary: 'A sudden jump of the body just as you drift off.',
    lay: ['hypnic jerk', 'sleep start', 'jerk awake', 'falling feeling in sleep', 'jump when falling asleep'],
    misspellings: ['hypnik jerk', 'hipnic jerk'],
    redFlag: false,
  },
  'back-pain': {
    name: 'Back pain',
    summary: 'Pain or stiffness anywhere in the back, most often low down.',
    lay: ['backache', 'sore back', 'bad back', 'lower back pain', 'lumbago', 'back ache'],
    misspellings: ['back pian', 'bak pain', 'backpain'],
    redFlag: true,
  },
  sciatica: {
    name: 'Sciatica',
    summary: 'Pain, tingling or numbness that runs from the bottom down the leg.',
    lay: ['shooting pain down my leg', 'pain down back of leg', 'trapped nerve', 'sciatic nerve', 'nerve pain in leg'],
    misspellings: ['siatica', 'sciatia', 'sciatca', 'sciattica'],
    redFlag: true,
  },
  numbness: {
    name: 'Numbness',
    summary: 'Part of the body feels dull, dead or hard to feel.',
    lay: ['numb', 'cant feel', 'dead feeling', 'loss of feeling'],
    misspellings: ['numbnes', 'numness'],
    redFlag: true,
  },
  'saddle-numbness': {
    name: 'Numbness around the bottom or genitals',
    summary: 'Loss of feeling in the area you would sit on a saddle with.',
    lay: ['numb bottom', 'cant feel my bottom', 'numb between legs', 'numb genitals', 'cauda equina'],
    misspellings: ['cauda equina syndrom', 'cordia equina'],
    redFlag: true,
  },
  tingling: {
    name: 'Tingling or pins and needles',
    summary: 'A prickly, buzzing or fizzing feeling in the skin.',
    lay: ['pins and needles', 'tingly', 'prickling', 'buzzing feeling'],
    misspellings: ['tingeling', 'pins and needels'],
    redFlag: true,
  },
  weakness: {
    name: 'Muscle weakness',
    summary: 'A muscle will not work as hard as it should, or a limb gives way.',
    lay: ['weak legs', 'leg gives way', 'foot drop', 'weak muscles', 'cant lift my foot'],
    misspellings: ['weekness', 'weak mussels'],
    redFlag: true,
  },
  'bladder-bowel-problems': {
    name: 'Bladder or bowel control problems',
    summary: 'Trouble peeing, or leaking pee or poo without meaning to.',
    lay: ['cant control bladder', 'cant pee', 'wetting myself', 'incontinence', 'cant hold poo', 'leaking urine'],
    misspellings: ['incontinance', 'bladdder'],
    redFlag: true,
  },
  stress: {
    name: 'Stress',
    summary: 'Feeling under pressure, with effects on the mind and the body.',
    lay: ['stressed', 'under pressure', 'burnout', 'overwhelmed', 'frazzled', 'stressed out'],
    misspellings: ['stres', 'stess', 'stresed'],
    redFlag: false,
  },
  anxiety: {
    name: 'Anxiety',
    summary: 'Worry or fear that is hard to control and can be felt in the body.',
    lay: ['anxious', 'worry', 'worried all the time', 'nervous', 'always on edge', 'panic', 'generalised anxiety disorder'],
    misspellings: ['axiety', 'anxiaty', 'anxeity', 'anxity'],
    redFlag: false,
  },
  'racing-heart': {
    name: 'Racing heart',
    summary: 'Your heart beats fast, hard or unevenly.',
    lay: ['heart pounding', 'palpitations', 'fast heartbeat', 'heart racing', 'heart fluttering'],
    misspellings: ['palpatations', 'palpitaions'],
    redFlag: true,
  },
  'neck-shoulder-pain': {
    name: 'Neck and shoulder pain',
    summary: 'A stiff, sore or tight neck and shoulders.',
    lay: ['stiff neck', 'tight shoulders', 'crick in neck', 'sore neck', 'knots in shoulders'],
    misspellings: ['stif neck', 'sholder pain', 'shoulder pian'],
    redFlag: false,
  },
  'tension-headache': {
    name: 'Tension headache',
    summary: 'A dull, tight ache, like a band around the head.',
    lay: ['headache band around head', 'stress headache', 'pressure headache', 'tight head', 'head ache'],
    misspellings: ['headach', 'hedache', 'tension headach'],
    redFlag: false,
  },
  'muscle-tension': {
    name: 'Muscle tension',
    summary: 'Muscles that feel tight, stiff or clenched.',
    lay: ['tight muscles', 'tense', 'clenched jaw', 'stiff muscles', 'cant relax'],
    misspellings: ['muscel tension', 'tenshion'],
    redFlag: false,
  },
  'tummy-cramps': {
    name: 'Tummy cramps and bowel spasms',
    summary: 'Cramping pain in the belly, often with changes in your poo.',
    lay: ['stomach cramps', 'belly cramps', 'colon spasm', 'bowel spasm', 'gut spasms', 'ibs', 'irritable bowel', 'diarrhoea', 'constipation'],
    misspellings: ['stomache cramps', 'tummy crams', 'diarrhea'],
    redFlag: true,
  },
  bloating: {
    name: 'Bloating',
    summary: 'Your tummy feels full, swollen or tight.',
    lay: ['bloated', 'swollen tummy', 'wind', 'gas', 'trapped wind'],
    misspellings: ['bloting', 'bloatting'],
    redFlag: false,
  },
  'poor-sleep': {
    name: 'Sleep problems',
    summary: 'Trouble getting to sleep, staying asleep or feeling rested.',
    lay: ['cant sleep', 'insomnia', 'waking up at night', 'tired all the time', 'trouble sleeping'],
    misspellings: ['insomnea', 'cant slepe'],
    redFlag: false,
  },
  'long-term-pain': {
    name: 'Long-term pain',
    summary: 'Pain that lasts or keeps coming back for more than 3 months.',
    lay: ['chronic pain', 'pain that wont go away', 'constant pain', 'pain for months', 'central sensitisation', 'nociplastic pain'],
    misspellings: ['cronic pain', 'chronic pian'],
    redFlag: false,
  },
} as const satisfies Record<string, Symptom>;

export type SymptomId = keyof typeof SYMPTOMS;

/** Every symptom id, for `z.enum` and for building pages. */
export const SYMPTOM_IDS = Object.keys(SYMPTOMS) as [SymptomId, ...SymptomId[]];

/** All the words that should find a symptom: its name, lay names and misspellings. */
export function searchTermsFor(id: SymptomId): string[] {
  const s: Symptom = SYMPTOMS[id];
  return [s.name, ...s.lay, ...s.misspellings];
}

/** Symptoms sorted A-Z by display name, as the symptom index lists them. */
export function symptomsAtoZ(): { id: SymptomId; symptom: Symptom }[] {
  return SYMPTOM_IDS.map((id) => ({ id, symptom: SYMPTOMS[id] as Symptom })).sort((a, b) =>
    a.symptom.name.localeCompare(b.symptom.name, 'en'),
  );
}
