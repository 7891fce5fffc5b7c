/**
 * A form's answers read from free text: corrections at the summary or in the middle of the
 * questions ("perdón, fue el 9 de junio no el 8"; "the date is wrong, it was the 21st, and he is
 * from Gómez Palacio not Lerdo"), each clause to its field with the new value only, and values
 * a person gives before their question comes ("se llama Ramiro, salió de Nogales el 12"). A
 * clause goes to the field it names ("la fecha…"), else the field whose old answer it negates
 * ("…no el 8" is the field that said 8), else the field whose kind of value it holds. Pure.
 */
import type { DialogueContext } from '../core/types.ts';
import type { DialogueSignals, FieldKind } from '../knowledge/schema.ts';
import { fold } from './fold.ts';
import { clausesOf, fieldValue } from './form-values.ts';

export interface FieldValue {
  field: string;
  value: string;
}

/** Kinds of value taken for a later question from a form's answer: the hard ones to mistake. */
const EARLY_KINDS: readonly FieldKind[] = ['date', 'contact', 'origin', 'relation'];
/** Kinds taken from details told before the form starts (a place only when it is named). */
export const TOLD_KINDS: readonly FieldKind[] = ['name', 'place', 'date', 'contact', 'origin', 'relation'];
/**
 * Kinds kept from messages before any form is offered, offered back when the form asks them: a
 * date, who the person is to them, a relative's name told as theirs ("se llama Keila Mejía"), where
 * someone died ("murió en Dallas"). Other names and places are left to the form: said in passing
 * they were too often someone else's ("im in Matamoros with my mom").
 */
const BEFORE_KINDS: readonly FieldKind[] = ['date', 'relation', 'name', 'place'];
/** How a kind is read before any form: a place only where someone died, a name only as a relative's. */
const BEFORE_READS: Partial<Record<FieldKind, 'diedIn' | 'thirdName'>> = {
  place: 'diedIn',
  name: 'thirdName',
};
/** Told before the form, a place only when named; before any form, as BEFORE_READS says. */
const readAs = (kind: FieldKind, kinds: readonly FieldKind[]) =>
  kinds === TOLD_KINDS && kind === 'place'
    ? 'namedPlace'
    : kinds === BEFORE_KINDS
      ? (BEFORE_READS[kind] ?? kind)
      : kind;
/** Kinds tried on a clause that names no field, the surest first. */
const BY_PRECISION: readonly FieldKind[] = ['date', 'contact', 'origin', 'name', 'place', 'relation'];
/** A conjunction before a sentence that takes an answer back ("y perdón, …", "and sorry, …"). */
const AND = /^\s*(?:y|and|e|epi|also|tambien|también)\s+/iu;
/** A message that starts by taking back an answer: "perdón", "no,", "sorry", "wait", "m twonpe". */
// "no tenemos dinero pal camion", "no sabemos nada": a statement told, no answer taken back (sight92-a's mother had
// "tenemos dinero pal camion" put in the place's field).
const TAKES_BACK =
  /^\s*(?:ay\s+)?(?:no+\b(?!\s+(?:(?:tengo|tenemos|tiene|tienen|hay|traigo|traemos) (?:dinero|lana|feria|para|pa|nada|ni)|sabemos)\b)|nop|perd[oó]n|disculp\w*|me equivoqu[eé]|corrij\w*|sorry|oops|wait|my bad|actually|i mean|non\b(?!\s+(?:an|l|li)\s+(?:se|rele)\b(?!\s+pa\b))|eskize|padon|m twonpe|mwen twonpe)/iu;
const NEGATION =
  /\b(?:no|not|pa|non|instead of|en vez de|en lugar de)\s+(?:(?:el|la|the|le|en|in)\s+)?([\p{L}\d][\p{L}\d\s'-]{0,30})/iu;
// "non l se Marie" ("her name is Marie") names; it takes nothing back.
const LEADING_NO =
  /^\s*(?:ay\s+)?(?:no+|nop|nope|non(?!\s+(?:an|l|li)\s+(?:se|rele)\b(?!\s+pa\b))|not|nah)\b[\s,.:;!-]*/iu;
/** A clause that only says what is wrong: "se pa 12 out", "not Lerdo", "no el 8", "pa Tuxtla". */
// Kreyòl "non an se…" is "the name is…", not "no".
const ONLY_NEGATED =
  /^\s*(?:(?:it|its|it['’]s|that|thats|that['’]s|se|es|era|fue|was|is|c'est)\s+)?(?:no|not|pa|non(?!\s+(?:an|a|la|li|l|m|mwen|moun|pitit|fre|frè|se)\b)|(?:was|is|were)n['’]?t|instead of|en vez de|en lugar de)\s+\S/iu;
/** The one word a clause takes back at its end: "es Ruiz no Reyes", "its Ruiz not Reyes", "se Ruiz pa Reyes". */
const NOT_THIS = /\b(?:no|not|pa|non)\s+(\p{L}+)\s*[.!]*\s*$/u;
/** Words of apology or a pause, shared by the clause that is only that and the clause that opens with it. */
const APOLOGY = 'perd[oó]n|disculpa\\w*|sorry|oops|wait|espera|espere|padon|eskize|ay|ah|oh|my bad';
/**
 * A clause that is only an apology, a pause or "I was wrong" ("perdón", "sorry", "wait", "non m
 * te twonpe m", "no no me equivoqué", "my bad"): no value.
 */
const FILLER = new RegExp(
  `^\\s*(?:(?:no+|non|nop|nope)\\s+)*(?:(?:${APOLOGY}|esperame|me equivoqu[eé]|me confund[ií]|i was wrong|i made a mistake|(?:m|mwen)(?: te)? twonpe(?: m| mwen)?)[\\s,.!]*)+$`,
  'iu',
);
/**
 * A clause that says a field's answer is wrong without the new one: "la fecha está mal", "the date
 * is wrong", "sorry i got his name wrong" (the judge saw "Name: wrong" kept), "puse mal el apellido".
 */
const SAID_WRONG =
  /\b(?:esta mal|estan mal|esta equivocad[oa]|is wrong|are wrong|was wrong|is not right|isn t right|pa bon|pa korek|(?:got|wrote|put|spelled|typed) (?:his|her|the|their|my) [a-z ]{2,20} wrong|(?:puse|escribi|anote) mal (?:el|la|su|sus) [a-z ]{2,20})\s*[.!]*\s*$/u;
/** "no fue en Laredo, fue en Eagle Pass" in one clause: what was wrong, then the new value. */
const WRONG_THEN_NEW =
  /^(\s*(?:no|not|pa)\s+(?:fue|es|era|was|is|se|te)?\s*[\p{L}\d' -]+?)\s+((?:sino|but|fue|es|era|it was|was|se|te)\s+.+)$/iu;
/** An apology or a pause opening a clause ("perdón no fue el 14…", "sorry it was…"): not part of its value. */
const FILLER_LEAD = new RegExp(`^\\s*(?:(?:${APOLOGY})\\b[\\s,.!]*)+`, 'iu');
/** A value that is only joining words ("pero", "and then", "epi"): nothing to put in a field. */
const EMPTY_VALUE =
  /^(?:\s*\b(?:pero|y|e|o|que|q|entonces|pues|bueno|and|but|or|so|then|well|men|epi|ou|alo|ok|okay)\b[\s,.;:!?]*)+$/;
/** Durango towns whose names hold a field's word ("el pueblo es Vicente Guerrero, no Nombre de Dios"). */
const PLACES_NAMING_FIELDS = /\bnombre de dios\b/g;
/** Capitalised words in a row: a place's name ("Tapachula", "Ciudad Hidalgo"). */
const CAPITALISED_WORDS = /\p{Lu}[\p{Ll}'-]+(?:\s+(?:de\s+)?\p{Lu}[\p{Ll}'-]+)*/u;

export function createFormReading(signals: DialogueSignals) {
  const fields = new Map(Object.entries(signals.fields));
  const names = new Map(
    [...fields].map(([field, cue]) => [
      field,
      cue.names.map((n) => new RegExp(`(?:^|[^\\p{L}])${fold(n).split(' ').join('\\W+')}(?![\\p{L}])`, 'u')),
    ]),
  );
  const kindOf = (field: string): FieldKind | undefined => fields.get(field)?.kind;
  const languages = new Set(Object.values(signals.languageNames).flat().map(fold));
  const named = (clause: string, form: readonly string[]) => {
    const folded = fold(clause).replace(PLACES_NAMING_FIELDS, ' ');
    return form.find((field) => names.get(field)?.some((re) => re.test(folded)));
  };
  /** The field whose current answer holds what the clause negates ("no el 8": the one that said 8). */
  const negated = (clause: string, form: readonly string[], answers: Record<string, string>) => {
    const old = NEGATION.exec(clause)?.[1];
    if (!old) return undefined;
    const key = fold(old).split(' ')[0] ?? '';
    return key
      ? form.find((f) =>
          fold(answers[f] ?? '')
            .split(' ')
            .includes(key),
        )
      : undefined;
  };
  const byKind = (clause: string, form: readonly string[]) =>
    BY_PRECISION.map((kind) => form.find((f) => kindOf(f) === kind && fieldValue(kind, clause))).find(
      (f) => f !== undefined,
    );

  /** Every field a message corrects, with its new value; empty when it names or negates none. */
  function corrections(
    text: string,
    form: NonNullable<DialogueContext['form']>,
    answers: Record<string, string>,
  ): FieldValue[] {
    const out: FieldValue[] = [];
    // "Please keep it in English", "sigue en español por favor": a language asked for is no
    // place or name ("Place: English").
    // "si envielo. pero no me contesto lo del dinero": "pero" alone is no phone (judge54: the
    // family's WhatsApp number was replaced by it).
    const add = (field: string, value: string | null) => {
      if (value && EMPTY_VALUE.test(fold(value))) return;
      if (value && !languages.has(fold(value).split(' ')[0] ?? '') && !out.some((c) => c.field === field))
        out.push({ field, value });
    };
    // "se pa 12 out, se 21 out", "Tapachula, pa Tuxtla": a clause that only says what was wrong
    // names the field; the new value is in the clause next to it.
    let wrong: string | undefined;
    let loose: string | undefined;
    const clauses = clausesOf(text.replace(LEADING_NO, '')).flatMap((whole) => {
      const clause = whole.replace(FILLER_LEAD, '') || whole;
      const split = WRONG_THEN_NEW.exec(clause.replace(AND, ''));
      return split ? [split[1] as string, split[2] as string] : [clause];
    });
    for (const clause of clauses) {
      if (FILLER.test(clause)) continue;
      const onlyWrong = ONLY_NEGATED.test(clause) || SAID_WRONG.test(fold(clause));
      const field =
        named(clause, form.fields) ?? negated(clause, form.fields, answers) ?? byKind(clause, form.fields);
      if (onlyWrong) {
        // The clause before says the new value only when it holds one of the field's kind: "perdón
        // no fue el 14 fue el 21" is no place before "no fue en Odessa" (a fresh set saw "Lugar: perdon").
        const told = field && loose ? typedValue(field, loose) : null;
        if (field && told) {
          add(field, told);
          loose = undefined;
        } else wrong = field;
        continue;
      }
      if (!field && !wrong) {
        loose = clause;
        continue;
      }
      const target = field ?? (wrong as string);
      add(target, mendedName(target, clause, answers[target]) ?? valueFor(target, clause));
      wrong = undefined;
    }
    // What is left answers the question on screen ("…e se Tapachula yo arete l, pa Tuxtla" while
    // the form asks where he was last).
    const current = form.current;
    if (loose && current && answers[current] === undefined) add(current, valueFor(current, loose));
    return out;
  }

  /**
   * A name put right in part ("es Carrillo Ruiz no Reyes" for "Efrain Carrillo Reyes"): the word
   * taken back is replaced in the name kept, so the first name stays (a fresh set's mother saw
   * "Nombre: Carrillo Ruiz"). Null when the words taken back are not in the name.
   */
  function mendedName(field: string, clause: string, kept: string | undefined): string | null {
    const wrong = kindOf(field) === 'name' && kept ? NOT_THIS.exec(clause)?.[1] : undefined;
    const value = wrong ? valueFor(field, clause) : null;
    const keptWords = new Set(kept ? fold(kept).split(' ') : []);
    if (!kept || !wrong || !value || !keptWords.has(fold(wrong))) return null;
    const added = value.split(/\s+/).filter((w) => !keptWords.has(fold(w)));
    return added.length ? kept.replace(new RegExp(`\\b${wrong}\\b`, 'iu'), added.join(' ')) : null;
  }

  /** A field's new value in a clause: of its kind when the clause has one, else its words. */
  function valueFor(field: string, clause: string): string | null {
    return typedValue(field, clause) ?? (cleanValue(clause, field) || null);
  }

  /** A value of the field's kind in the clause; a place told without "in" ("se Tapachula yo arete l"): its capitalised words. */
  function typedValue(field: string, clause: string): string | null {
    const kind = kindOf(field);
    const typed = kind ? fieldValue(kind, clause) : null;
    if (typed) return typed;
    return kind === 'place' || kind === 'origin' ? (CAPITALISED_WORDS.exec(clause)?.[0] ?? null) : null;
  }

  /** "el lugar es X", "the date was X": the words naming the field and joining it go, the value stays. */
  function cleanValue(clause: string, field: string): string {
    let rest = clause;
    for (const re of names.get(field) ?? []) {
      const match = re.exec(fold(rest));
      if (match) rest = rest.slice(match.index + match[0].length);
    }
    return rest
      .replace(/^[\s,:=-]*(?:(?:a|la|an|el|the)\s+)?(?:(?:es|era|fue|is|was|se|te|sete)\b)?[\s,:=-]*/i, '')
      .replace(/[\s,;]+(?:no|not|pa|non)\s+.*$/iu, '')
      .trim();
  }

  /**
   * Values for fields not asked yet, given with the answer to the current one: only the kinds
   * that are hard to mistake (a date, a phone, a name said as a name, where someone is from).
   */
  function extras(
    text: string,
    form: Pick<NonNullable<DialogueContext['form']>, 'fields'>,
    current: string,
    answered: readonly string[],
    /** Before the form starts, a name and a place told count too ("se llama Ramiro, está en Nogales"). */
    kinds: readonly FieldKind[] = EARLY_KINDS,
    /** fieldValue, or the same remembering its answers for this text (toldFor reads it for every form). */
    valueIn: typeof fieldValue = fieldValue,
  ) {
    const out: FieldValue[] = [];
    for (const field of form.fields) {
      if (field === current || answered.includes(field)) continue;
      const kind = kindOf(field);
      if (!kind || !kinds.includes(kind)) continue;
      // The current question's own kind of value is its answer, not another field's.
      if (kind === kindOf(current)) continue;
      // Told before the form, "in the fields" is no place: only a named one ("en Nogales").
      const value = valueIn(readAs(kind, kinds), text);
      if (value) out.push({ field, value });
    }
    // "He died on October 3rd at a hospital in Houston" answers where with a date in it: the
    // place alone answers the question, so a later "it was the 5th" corrects the date.
    const rest = out.reduce((left, v) => left.replace(v.value, ' '), text);
    const own = out.length && kindOf(current) === 'place' ? fieldValue('place', rest) : null;
    return own ? [{ field: current, value: own }, ...out] : out;
  }

  return {
    corrections,
    /** What each form would ask that a message tells before any form is offered (BEFORE_KINDS). */
    toldFor(text: string, forms: NonNullable<DialogueContext['forms']>) {
      // Every form asks a date and a relative: each kind is looked for in the text once.
      const found = new Map<string, string | null>();
      const valueIn: typeof fieldValue = (kind, within) => {
        const known = found.get(kind);
        if (known !== undefined) return known;
        const value = fieldValue(kind, within);
        found.set(kind, value);
        return value;
      };
      return forms.flatMap((form) =>
        extras(text, form, '', [], BEFORE_KINDS, valueIn).map((v) => ({ form: form.kind, ...v })),
      );
    },
    /** The message takes back an earlier answer ("perdón, fue el 9 no el 8"), or says one is wrong ("dat la pa bon, se 19 jen"). */
    takesBack: (text: string) =>
      TAKES_BACK.test(text) || clausesOf(text).some((c) => SAID_WRONG.test(fold(c))),
    /**
     * An answer followed by an earlier answer taken back ("es mi hijo. y perdón, no fue el 3,
     * fue el 5"): the answer, and the sentences from the one that takes back; null when none does.
     */
    answerThenFix(text: string): { answer: string; fix: string } | null {
      const sentences = text.trim().split(/(?<=[.!?;])\s+/u);
      const at = sentences.findIndex((s, i) => i > 0 && TAKES_BACK.test(s.replace(AND, '')));
      if (at < 1) return null;
      return {
        answer: sentences.slice(0, at).join(' '),
        fix: sentences.slice(at).join(' ').replace(AND, ''),
      };
    },
    extras,
  };
}

export type FormReading = ReturnType<typeof createFormReading>;
