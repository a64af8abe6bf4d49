/**
 * The publishers an article may cite. Kept in one place so the schema, the
 * tests and the editorial policy page all agree on what "reputable" means here:
 * national health services and agencies, guideline bodies, systematic reviews,
 * peer-reviewed journals and major clinics. No blogs, sellers or content farms.
 *
 * A URL is allowed when its host is one of these domains or a subdomain of one.
 */
export const ALLOWED_SOURCE_DOMAINS: Readonly<Record<string, string>> = {
  'nhs.uk': 'NHS (UK National Health Service)',
  'nhs.wales': 'NHS Wales',
  'nhsinform.scot': 'NHS inform (Scotland)',
  'nidirect.gov.uk': 'nidirect (Northern Ireland Government)',
  'nice.org.uk': 'NICE (National Institute for Health and Care Excellence)',
  'hse.ie': 'HSE (Ireland Health Service Executive)',
  'nih.gov': 'US National Institutes of Health, including PubMed and PubMed Central',
  'medlineplus.gov': 'MedlinePlus (US National Library of Medicine)',
  'cdc.gov': 'US Centers for Disease Control and Prevention',
  'who.int': 'World Health Organization',
  'cochranelibrary.com': 'Cochrane Library (systematic reviews)',
  'bmj.com': 'The BMJ',
  'doi.org': 'Digital Object Identifier links to peer-reviewed papers',
  'mayoclinic.org': 'Mayo Clinic',
  'clevelandclinic.org': 'Cleveland Clinic',
  'aafp.org': 'American Academy of Family Physicians',
  'aao.org': 'American Academy of Ophthalmology',
  'apa.org': 'American Psychological Association',
  'healthdirect.gov.au': 'healthdirect (Australian Government)',
  'hscni.net': 'Health and Social Care Northern Ireland, including its trusts and formulary',
  'samaritans.org': 'Samaritans (crisis support charity for the UK and Ireland)',
  'mentalhealth.org.uk': 'Mental Health Foundation (UK charity)',
  'theros.org.uk': 'Royal Osteoporosis Society (specialist charity)',
  'biomedcentral.com': 'BioMed Central (peer-reviewed journals)',
  'ca.gov': 'State of California government departments',
  'dystonia.org.uk': 'Dystonia UK (specialist charity)',
  'youngscot.org': 'Young Scot (Scottish Government-funded youth information)',
  'msdmanuals.com': 'MSD Manuals (medical reference)',
  'fda.gov': 'US Food and Drug Administration',
  'nct.org.uk': 'NCT (UK charity for parents)',
  'iofbonehealth.org': 'International Osteoporosis Foundation',
  'newcastle-hospitals.org.uk': 'Newcastle upon Tyne Hospitals NHS Foundation Trust',
  'versusarthritis.org': 'Versus Arthritis (specialist charity)',
  'rcog.org.uk': 'Royal College of Obstetricians and Gynaecologists',
};

export const ALLOWED_SOURCE_DOMAIN_LIST = Object.keys(ALLOWED_SOURCE_DOMAINS);

/** Why a source URL is not acceptable, or null when it is. */
export function sourceUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw}" is not a valid URL`;
  }
  if (url.protocol !== 'https:') return `"${raw}" must use https`;
  const host = url.hostname.toLowerCase();
  const allowed = ALLOWED_SOURCE_DOMAIN_LIST.some((d) => host === d || host.endsWith(`.${d}`));
  if (!allowed) {
    return `"${host}" is not on the allow-list of reputable publishers in src/lib/content/sources.ts`;
  }
  return null;
}
