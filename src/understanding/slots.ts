/**
 * The facts a statement of context gives, read with patterns: an age ("tiene 67", "li gen 18
 * an", "she's 71"), a number of years ("hace 19 años", "worked 14 years"), money the person
 * has or lacks ("no traigo ni un peso", "m pa gen lajan"), a relative it is for ("es para mi
 * mamá"), a phone number, a date and a name. The place is what the person wrote, kept whole by the
 * caller: a list of towns would miss "the blue building behind the church". Pure.
 */
import type { Slots } from '../core/types.ts';

// "tengo 9% de bateria", "m gen 9% batri": a phone's charge, not an age.
const AGE_BEFORE =
  /\b(?:tiene|tengo|tienes|cumple|cumplio|cumplo|edad de|is|im|i am|hes|shes|he s|she s|he is|she is|turned|turns|gen|genyen|age|edad)\s+(\d{1,3})\b(?!\s*(?:%|de bateria|de pila|de carga|battery|batri|batery|pou san))/;
/** Two people's one age, the message ending on it ("they're both 58", "ambos tienen 70 años"); never "3 hijos". */
const AGE_OF_BOTH =
  /\b(?:both|ambos tienen|los dos tienen)\s+(\d{1,3})(?:\s+(?:anos|years old|years|an))?\s*$/;
const AGE_AFTER =
  /\b(\d{1,3})\s*(?:anos|ano|years old|year old|yrs old|yo|an|lane|ane)\b(?!\s*(?:ago|de|trabajando|working|travay))/;
// "trabajó allá 25 años", "worked there 25 years", "li travay la 25 an": "there" may come
// between the work and the years (a widow's question got "at 25 she is under the ages"); a
// place named there ("worked in chicago 12 yrs") tells a new story, not a figure.
const YEARS =
  /\b(?:hace|desde hace|for|since|sa fe|sa gen|depi|(?:trabajo|trabaje|trabajaba|worked|travay)(?:\s+(?:alla|aya|alli|ahi|there|over there|la|por alla))?)\s+(?:como\s+|like\s+|about\s+|unos\s+|casi\s+|mas de\s+|over\s+)?(\d{1,2})\s*(?:anos|ano|years|yrs|an|ane)\b|\b(\d{1,2})\s*(?:anos|years|yrs|an)\s+(?:ago|sin|without|que no|q no|de no|ki pa|trabajando|working|travay|alla|there)\b/;
const NO_MONEY =
  /\b(?:no\s+(?:tengo|traigo|tenemos|traemos|hay|cuento con)\s+(?:ni\s+)?(?:un\s+)?(?:peso|pesos|dinero|lana|feria|varo|plata|pisto|nada de dinero)|sin\s+(?:dinero|lana|feria|varo|plata|pisto)|(?:no|dont|don t|do not|have no|got no)\s+(?:have\s+)?(?:any\s+)?(?:money|cash|dollars)|broke|pa\s+gen\s+(?:kob|lajan|senk kob|okenn kob))\b/;
const RELATIVES =
  /\b(?:mi|mis|my|pou|para)\s+(mama|mami|ama|jefa|papa|papi|apa|jefe|hijo|hija|hijos|hijas|nino|nina|bebe|esposo|esposa|marido|mujer|hermano|hermana|abuelo|abuela|tio|tia|primo|prima|nieto|nieta|sobrino|sobrina|suegra|suegro|mom|mother|dad|father|son|daughter|kids|baby|husband|wife|brother|sister|grandpa|grandma|grandfather|grandmother|uncle|aunt|cousin|grandson|granddaughter|nephew|niece|manman|papa m|pitit|madanm|mari|fre|se|granmoun|tonton|matant|kouzen|kouzin)\b/;
const PHONE = /(?:\+?\d[\d\s().-]{8,}\d)/;
/** A Mexican toll-free number's digits (01 800…, 800…): a public line, never a person's phone. */
const TOLL_FREE = /^(01)?800\d{7}$/;
const DATE =
  /\b(?:\d{1,2}\s*(?:de\s+)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|january|february|march|april|may|june|july|august|september|october|november|december|janvye|fevriye|mas|avril|me|jen|jiye|out|septanm|oktob|novanm|desanm)|(?:january|february|march|april|june|july|august|september|october|november|december)\s+\d{1,2}|\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?)\b/;

/** A name told: "his name is Luis Alberto Reyes", "se llama Rosa Díaz", "non li se Jean Pierre". */
const NAME_TOLD =
  /\b(?:his name is|her name is|my name is|their name is|hes called|shes called|he s called|she s called|se llama|me llamo|mi nombre es|su nombre es|li rele|l rele|m rele|mwen rele|non li se|non l se|non m se|non mwen se)\s+([a-z]+(?:\s+[a-z]+){0,3})/;

/** From Durango, said so: "soy de Guanaceví, Durango", "im from durango", "m soti Durango", "he's from Durango". */
const FROM_DURANGO =
  /\b(?:soy|somos|es|son|i m|im|i am|we re|we are|he s|hes|he is|she s|shes|she is|they re|theyre|they are|m|mwen|nou|li|l|yo)\s+(?:de|from|soti)\b.{0,40}\bdurango\b/;

/** A rough number of years ("como 14 años", "like 12 years", "apeprè 10 an"): a length of time unless an age is said. */
const APPROX_YEARS =
  /\b(?:como|unos|casi|mas de|like|about|around|almost|over|apepre|anviwon)\s+(\d{1,2})\s*(?:anos|ano|years|yrs|an)\b/;
const AGE_VERB = /\b(?:tiene|tengo|tienes|tenia|cumple|edad|is|im|hes|shes|turned|old|gen|genyen|age)\b/;

/** The facts in a folded message (and the original text, for the phone's digits). */
export function slotsIn(folded: string, text: string): Slots {
  const slots: Slots = {};
  const age = AGE_BEFORE.exec(folded) ?? AGE_OF_BOTH.exec(folded) ?? AGE_AFTER.exec(folded);
  // "pos como 14 años creo" after "trabajé en California": roughly how long, with nobody's age said.
  const years =
    YEARS.exec(folded) ??
    (AGE_BEFORE.test(folded) || AGE_VERB.test(folded) ? null : APPROX_YEARS.exec(folded));
  const ageValue = age ? Number(age[1]) : Number.NaN;
  // "hace 19 años" is how long, not how old.
  if (age && !(years && (years[1] ?? years[2]) === age[1]) && ageValue > 0 && ageValue < 120)
    slots.age = ageValue;
  if (years) slots.years = Number(years[1] ?? years[2]);
  if (NO_MONEY.test(folded)) slots.money = 'none';
  const relative = RELATIVES.exec(folded);
  if (relative?.[1]) slots.relation = relative[1];
  const phone = PHONE.exec(text);
  const digits = phone?.[0].replace(/\D/g, '') ?? '';
  // A toll-free line ("liy trafik la, 800 5533 000, m ka rele l gratis?": judge125) is asked about, not the person's.
  if (phone && digits.length >= 8 && !TOLL_FREE.test(digits)) slots.phone = phone[0].trim();
  const date = DATE.exec(folded);
  if (date) slots.date = date[0];
  const name = NAME_TOLD.exec(folded);
  if (name?.[1]) slots.name = name[1];
  if (FROM_DURANGO.test(folded)) slots.fromDurango = true;
  return slots;
}

/** What lacking something bears on, told in a follow-up: money the cost, else who may be helped. */
export const lackedFacet = (folded: string): 'cost' | 'eligibility' =>
  NO_MONEY.test(folded) ? 'cost' : 'eligibility';
