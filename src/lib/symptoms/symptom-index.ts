import { symptomsAtoZ, type Symptom, type SymptomId } from './symptoms.ts';

/** The symptom A-Z: every symptom with the articles tagged with it. */
export interface SymptomEntry<A> {
  id: SymptomId;
  symptom: Symptom;
  articles: A[];
}

export function symptomIndex<A extends { data: { symptoms: readonly string[] } }>(articles: readonly A[]): SymptomEntry<A>[] {
  return symptomsAtoZ().map(({ id, symptom }) => ({
    id,
    symptom,
    articles: articles.filter((a) => a.data.symptoms.includes(id)),
  }));
}

/** Everyday names to show beside a symptom (the misspellings stay in search only). */
export function alsoCalled(symptom: Symptom, max = 4): string[] {
  return symptom.lay.filter((l) => l.toLowerCase() !== symptom.name.toLowerCase()).slice(0, max);
}
