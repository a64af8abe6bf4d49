/**
 * The controlled symptom vocabulary: the single source of truth for what an
 * article may be tagged with, how a symptom is shown, and which everyday words
 * (lay names, misspellings, related phrases) should find it in search.
 *
 * `warningSigns` names the warning-sign sets an article tagged with the
 * symptom must include (see the article schema).
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
  /**
   * Warning-sign sets (file names in content/warning-signs/) that every article
   * tagged with this symptom must include, so its readers see the signs that
   * need fast help.
   */
  warningSigns: readonly string[];
}

export const SYMPTOMS = {
  'muscle-cramp': {
    name: 'Muscle cramps',
    summary: 'A muscle suddenly tightens and will not let go.',
    lay: ['cramp', 'cramps', 'cramping', 'charley horse', 'muscle seized up', 'muscle locked'],
    misspellings: ['cramsp', 'crmap', 'cramping muscels'],
    warningSigns: ['cramps-and-swollen-leg'],
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
    warningSigns: ['cramps-and-swollen-leg'],
  },
  'muscle-spasm': {
    name: 'Muscle spasms',
    summary: 'A muscle tightens or jerks without you choosing to move it.',
    lay: ['spasm', 'spasms', 'muscle tightening', 'muscle jerking', 'muscle knot'],
    misspellings: ['spasam', 'spazm', 'spasim', 'spams'],
    warningSigns: ['cramps-and-swollen-leg'],
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
    warningSigns: ['back-pain'],
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
    warningSigns: ['eyelid-and-face', 'stroke'],
  },
  'muscle-twitch': {
    name: 'Muscle twitching',
    summary: 'Small flickers or jumps under the skin, often in the legs or arms.',
    lay: ['twitching muscles', 'muscles jumping', 'body twitching', 'twitches', 'fasciculations'],
    misspellings: ['twiching', 'twitchs', 'muscle twiches'],
    warningSigns: ['twitching'],
  },
  'hypnic-jerk': {
    name: 'Jerks as you fall asleep',
    summary: 'A sudden jump of the body just as you drift off.',
    lay: ['hypnic jerk', 'sleep start', 'jerk awake', 'falling feeling in sleep', 'jump when falling asleep'],
    misspellings: ['hypnik jerk', 'hipnic jerk'],
    warningSigns: [],
  },
  'back-pain': {
    name: 'Back pain',
    summary: 'Pain or stiffness anywhere in the back, most often low down.',
    lay: ['backache', 'sore back', 'bad back', 'lower back pain', 'lumbago', 'back ache'],
    misspellings: ['back pian', 'bak pain', 'backpain'],
    warningSigns: ['back-pain'],
  },
  sciatica: {
    name: 'Sciatica',
    summary: 'Pain, tingling or numbness that runs from the bottom down the leg.',
    lay: ['shooting pain down my leg', 'pain down back of leg', 'trapped nerve', 'sciatic nerve', 'nerve pain in leg'],
    misspellings: ['siatica', 'sciatia', 'sciatca', 'sciattica'],
    warningSigns: ['back-pain'],
  },
  numbness: {
    name: 'Numbness',
    summary: 'Part of the body feels dull, dead or hard to feel.',
    lay: ['numb', 'cant feel', 'dead feeling', 'loss of feeling'],
    misspellings: ['numbnes', 'numness'],
    warningSigns: ['back-pain'],
  },
  'saddle-numbness': {
    name: 'Numbness around the bottom or genitals',
    summary: 'Loss of feeling in the area you would sit on a saddle with.',
    lay: ['numb bottom', 'cant feel my bottom', 'numb between legs', 'numb genitals', 'cauda equina'],
    misspellings: ['cauda equina syndrom', 'cordia equina'],
    warningSigns: ['back-pain'],
  },
  tingling: {
    name: 'Tingling or pins and needles',
    summary: 'A prickly, buzzing or fizzing feeling in the skin.',
    lay: ['pins and needles', 'tingly', 'prickling', 'buzzing feeling'],
    misspellings: ['tingeling', 'pins and needels'],
    warningSigns: ['back-pain'],
  },
  weakness: {
    name: 'Muscle weakness',
    summary: 'A muscle will not work as hard as it should, or a limb gives way.',
    lay: ['weak legs', 'leg gives way', 'foot drop', 'weak muscles', 'cant lift my foot'],
    misspellings: ['weekness', 'weak mussels'],
    warningSigns: ['back-pain'],
  },
  'bladder-bowel-problems': {
    name: 'Bladder or bowel control problems',
    summary: 'Trouble peeing, or leaking pee or poo without meaning to.',
    lay: ['cant control bladder', 'cant pee', 'wetting myself', 'incontinence', 'cant hold poo', 'leaking urine'],
    misspellings: ['incontinance', 'bladdder'],
    warningSigns: ['back-pain'],
  },
  stress: {
    name: 'Stress',
    summary: 'Feeling under pressure, with effects on the mind and the body.',
    lay: ['stressed', 'under pressure', 'burnout', 'overwhelmed', 'frazzled', 'stressed out'],
    misspellings: ['stres', 'stess', 'stresed'],
    warningSigns: [],
  },
  anxiety: {
    name: 'Anxiety',
    summary: 'Worry or fear that is hard to control and can be felt in the body.',
    lay: ['anxious', 'worry', 'worried all the time', 'nervous', 'always on edge', 'panic', 'generalised anxiety disorder'],
    misspellings: ['axiety', 'anxiaty', 'anxeity', 'anxity'],
    warningSigns: ['mental-health-crisis'],
  },
  'racing-heart': {
    name: 'Racing heart',
    summary: 'Your heart beats fast, hard or unevenly.',
    lay: ['heart pounding', 'palpitations', 'fast heartbeat', 'heart racing', 'heart fluttering'],
    misspellings: ['palpatations', 'palpitaions'],
    warningSigns: ['chest-pain'],
  },
  'neck-shoulder-pain': {
    name: 'Neck and shoulder pain',
    summary: 'A stiff, sore or tight neck and shoulders.',
    lay: ['stiff neck', 'tight shoulders', 'crick in neck', 'sore neck', 'knots in shoulders'],
    misspellings: ['stif neck', 'sholder pain', 'shoulder pian'],
    warningSigns: ['headache-and-neck', 'stroke'],
  },
  'tension-headache': {
    name: 'Tension headache',
    summary: 'A dull, tight ache, like a band around the head.',
    lay: ['headache band around head', 'stress headache', 'pressure headache', 'tight head', 'head ache'],
    misspellings: ['headach', 'hedache', 'tension headach'],
    warningSigns: ['headache-and-neck', 'stroke'],
  },
  'muscle-tension': {
    name: 'Muscle tension',
    summary: 'Muscles that feel tight, stiff or clenched.',
    lay: ['tight muscles', 'tense', 'clenched jaw', 'stiff muscles', 'cant relax'],
    misspellings: ['muscel tension', 'tenshion'],
    warningSigns: [],
  },
  'tummy-cramps': {
    name: 'Tummy cramps and bowel spasms',
    summary: 'Cramping pain in the belly, often with changes in your poo.',
    lay: ['stomach cramps', 'belly cramps', 'colon spasm', 'bowel spasm', 'gut spasms', 'ibs', 'irritable bowel', 'diarrhoea', 'constipation'],
    misspellings: ['stomache cramps', 'tummy crams', 'diarrhea'],
    warningSigns: ['bowel'],
  },
  bloating: {
    name: 'Bloating',
    summary: 'Your tummy feels full, swollen or tight.',
    lay: ['bloated', 'swollen tummy', 'wind', 'gas', 'trapped wind'],
    misspellings: ['bloting', 'bloatting'],
    warningSigns: ['bowel'],
  },
  'poor-sleep': {
    name: 'Sleep problems',
    summary: 'Trouble getting to sleep, staying asleep or feeling rested.',
    lay: ['cant sleep', 'insomnia', 'waking up at night', 'tired all the time', 'trouble sleeping'],
    misspellings: ['insomnea', 'cant slepe'],
    warningSigns: ['mental-health-crisis'],
  },
  'long-term-pain': {
    name: 'Long-term pain',
    summary: 'Pain that lasts or keeps coming back for more than 3 months.',
    lay: ['chronic pain', 'pain that wont go away', 'constant pain', 'pain for months', 'central sensitisation', 'nociplastic pain'],
    misspellings: ['cronic pain', 'chronic pian'],
    warningSigns: ['mental-health-crisis'],
  },
  'face-twitch': {
    name: 'Face twitching',
    summary: 'Muscles on one side of the face twitch or pull without you choosing to move them.',
    lay: ['one side of my face twitching', 'face twitching', 'cheek twitching', 'mouth twitching', 'hemifacial spasm', 'face spasm'],
    misspellings: ['hemifacial spasam', 'face twiching', 'hemi facial spasm'],
    warningSigns: ['eyelid-and-face', 'stroke'],
  },
  'pelvic-pain': {
    name: 'Pelvic pain in pregnancy',
    summary: 'Pain at the front or back of the pelvis, hips or groin while pregnant.',
    lay: ['pelvic girdle pain', 'pgp', 'spd', 'symphysis pubis dysfunction', 'pubic bone pain pregnant', 'hip pain pregnant', 'pregnancy back pain'],
    misspellings: ['pelvic pian', 'pregancy back pain', 'pregnacy pelvic pain'],
    warningSigns: ['pregnancy'],
  },
  'restless-legs': {
    name: 'Restless legs',
    summary: 'An urge to move your legs, often with an odd feeling, worse in the evening and at night.',
    lay: ['restless legs syndrome', 'rls', 'legs wont keep still', 'creepy crawly legs', 'urge to move legs at night', 'willis ekbom'],
    misspellings: ['restles legs', 'restless leggs', 'resltess legs'],
    warningSigns: [],
  },
  'widespread-pain': {
    name: 'Pain all over',
    summary: 'Pain in many parts of the body, often with tiredness and poor sleep.',
    lay: ['fibromyalgia', 'hurt all over', 'aching everywhere', 'widespread pain', 'fibro', 'body aches all the time'],
    misspellings: ['fibromyalga', 'fibromialgia', 'fybromyalgia'],
    warningSigns: ['mental-health-crisis'],
  },
  'morning-stiffness': {
    name: 'Morning back stiffness',
    summary: 'A stiff back in the morning that eases as you move, sometimes with pain that wakes you at night.',
    lay: ['stiff back in the morning', 'back stiffness morning', 'ankylosing spondylitis', 'axial spondyloarthritis', 'inflammatory back pain', 'back pain wakes me at night'],
    misspellings: ['ankylosing spondilitis', 'spondyloarthritis', 'ankylosing spondylitus'],
    warningSigns: ['back-pain'],
  },
  'side-pain': {
    name: 'Side or kidney pain',
    summary: 'Pain in the side or the back just under the ribs, where the kidneys are.',
    lay: ['kidney pain', 'pain in my side', 'flank pain', 'kidney infection', 'kidney stones', 'pain under ribs at the back'],
    misspellings: ['kidny pain', 'kidney stoens', 'kidney infecton'],
    warningSigns: ['kidney'],
  },
  panic: {
    name: 'Panic attacks',
    summary: 'Sudden, intense fear with a racing heart, breathlessness or feeling faint.',
    lay: ['panic attack', 'panic attacks', 'sudden fear', 'feel like i am dying', 'cant breathe anxiety', 'heart pounding fear'],
    misspellings: ['panick attack', 'panic atack', 'pannic attack'],
    warningSigns: ['mental-health-crisis', 'chest-pain'],
  },
  'health-worry': {
    name: 'Worrying about your health',
    summary: 'Worrying a lot that you are ill, checking your body and searching for symptoms.',
    lay: ['health anxiety', 'hypochondria', 'scared i have als', 'worried about mnd', 'fear of illness', 'checking symptoms online', 'cyberchondria'],
    misspellings: ['hypocondria', 'health anxity', 'hypochondriac'],
    warningSigns: ['mental-health-crisis'],
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
