/**
 * An ordinary US visa asked for a visit ("quiero sacar visa pa ir a ver a mi hermana, ¿ustedes me llenan
 * el formulario?", "my brother wants a tourist visa to visit me", "my granddaughter needs a tourist visa
 * to visit her mother, can you help fill out the forms?") is the office's help with the DS-160 form (the
 * US visa's topic), not the programme for older parents of children without papers (family
 * reunification): the topic model reads "to visit" as the programme, and fresh sets' writers, who know
 * the programme from the sources, asked for the form 34 times in the sets developed against.
 * The move needs a visa named and a sign of the ordinary visa: a tourist or "normal" visa, its form, or
 * a relative visited who has papers. The programme's own signs (its name, children without papers)
 * keep it; so does a death or a dying relative (the humanitarian permit). The programme named while the
 * ordinary visa is talked about moves the other way. The same holds for the humanitarian permit read
 * in a visa's words outside its own talk, and a parent's consent asked for a child's papers stays on
 * those papers. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { fold } from './fold.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';

/** A visa named, folded. */
const VISA = /\b(visas?|viza|bisa|visado)\b/u;
/** The ordinary visa: a tourist or "normal" one, its form, filling it in (not "hay forma de ir", a way). */
const ORDINARY =
  /\b(turista|turismo|tourist|tourism|normal|regular|ordinaria|ds ?160|ds-160|formularios?|(la|las|esa|esta|esas) formas?(?! de)|forms?|fill\w*|llen\w*|fom|fomile)\b/u;
/** The relative visited has papers there ("mi hermana si tiene papeles", "im a citizen"). */
const HAS_PAPERS =
  /\b(si tiene papeles|tiene papeles|es residente|es ciudadan[oa]|tiene (green card|residencia|ciudadania)|(is|im|i m|am) (a )?(citizen|resident)|has (papers|a green card|green card)|gen papye|se sitwayen)\b/u;
/** The programme's own signs: its name, children without papers, older adults as such. */
const PROGRAMME =
  /\b(abrazando|almas|programa|program|pwogram|abuelitos|sin papeles|sin documentos|indocumentad\w*|undocumented|no papers|without papers|don t have papers|dont have papers|no tiene(n|mos)? papeles|san papye|pa gen papye|adultos mayores|tercera edad)\b/u;
/** A death, a funeral, a dying or gravely ill relative: the humanitarian permit or the remains. */
const DYING =
  /\b(muriendo|muere|murio|fallecio|grave|funeral|velorio|entierro|dying|died|passed away|mouri|fineray|muy enferm[oa]|internad[oa]|hospital\w*|le quedan|very sick|lopital|malad anpil)\b/u;

/** The programme itself named ("a state program for parents to go see their kids", "lo de los abuelitos"). */
const PROGRAMME_NAMED =
  /\b(abrazando almas|(program|programa|pwogram)\b.{0,30}\b(parents|padres|papas|abuel\w*|mayores|granmoun|paran|grandparents|elders?)|lo de los abuelitos|parents program)\b/u;

/** A relative without papers there ("my uncle is undocumented in LA"), the programme's own case. */
const UNDOCUMENTED =
  /\b(sin papeles|sin documentos|indocumentad\w*|undocumented|no papers|without papers|no tiene(n)? papeles|san papye|pa gen papye)\b/u;
/** A programme asked for, or the years apart told ("hasnt seen her in 25 years", "tiene 20 anos sin verla"). */
const APART =
  /\b(program|programa|pwogram|hasn t seen|hasnt seen|haven t seen|havent seen|not seen|no (la|lo|los|las) (ha|han|he) visto|anos sin ver\w*|years apart|pa we (l|li|yo)|pa janm we)\b/u;

/** A parent of 60 or more told ("mi apa tiene 72 y mi ama 70, yo estoy en fresno sin papeles": emerg-fg). */
const OLD_PARENT =
  /\b(apa|ama|papa|mama|padre|madre|papas|padres|parents|mom|dad|mother|father|manman)\b.{0,25}\b[6-9]\d\b/u;

/** The programme named in the middle of the ordinary visa's talk: the programme's topic (the move back). */
function programmeNamed(m: Meaning, folded: string): Meaning {
  const named =
    PROGRAMME_NAMED.test(folded) ||
    (UNDOCUMENTED.test(folded) && (APART.test(folded) || OLD_PARENT.test(folded)));
  // Read as the humanitarian permit too, with no urgency in its words ("mi hijo esta en dallas sin papeles, tengo 14
  // años sin verlo": judge121's mother got the permit).
  const visa =
    m.topic === 'us_visa_passport' || (m.topic === 'us_humanitarian_visa' && !HUMANITARIAN.test(folded));
  if (!visa || !named || DYING.test(folded)) return m;
  return movedTo(m, 'family_reunification', { confidence: Math.max(m.confidence, 0.9), act: 'topic' });
}

/**
 * A happy occasion to travel for ("to come to my wedding", "pa la graduacion de mi hija"): no humanitarian
 * reason, so a visa asked for it outside the permit's talk is the ordinary one (sight77-a: a grandmother's visa
 * for a wedding in LA got the humanitarian permit three times).
 */
const OCCASION =
  /\b(bodas?|wedding|casamiento|graduacion|graduation|graduad\w*|cumpleanos|cumple|birthday|quince|quinceanera|xv|vacaciones|vacation|holidays?|paseo|pasear|maryaj|bapteme|batem|bautizo|baptism|christening|fet (li|mwen|m))\b/u;

/** The humanitarian permit's own words: a visa asked in them stays the permit. */
const HUMANITARIAN = /\b(humanitari\w*|imanite\w*|parole|urgen\w*|emergenc\w*|ijans)\b/u;
/**
 * A parent's consent asked for a minor's papers ("su papá no está con nosotros, ¿se necesita permiso de
 * él?", "do we need permission from his dad"): the paper under discussion, not the humanitarian permit.
 */
const CONSENT =
  /\b((permiso|autorizacion|firma|consentimiento) (de|del) (el|ella|su (papa|mama|padre|madre)|papa|mama|padre|madre)|(permission|consent|signature) (from|of) (his|her|their|the) (dad|father|mom|mother|parents?)|(otorizasyon|pemisyon) (papa|manman) (li|l))\b/u;
const PAPERS_FOR_A_CHILD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'us_visa_passport',
  'dual_nationality',
]);

/**
 * The visa wanted by one who is no parent of a migrant ("mi esposa quiere sacar la visa pa ir a ver a su mama": judge111
 * got the programme for older parents), folded.
 */
const NOT_A_PARENT =
  /\b(mi|my) (esposa|esposo|wife|husband|novia|novio|girlfriend|boyfriend|hermana|hermano|sister|brother|prima|primo|cousin)\b.{0,30}\b(visas?|viza)\b/u;
/** The form asked for ("can you help her fill the DS-160?"): the answer on parents visiting is not it. */
const FORM_ASKED = /\b(ds ?160|ds-160|formularios?|forms?|fill\w*|llen\w*|fomile)\b/u;
const PARENTS_VISIT = 'answer.parents_visit_visa';

/** The ordinary visa's form asked, with no sign of the programme: the passage on older parents visiting goes. */
function withoutParentsVisit(m: Meaning, folded: string): Meaning {
  if (m.topic !== 'us_visa_passport' || !FORM_ASKED.test(folded) || PROGRAMME.test(folded)) return m;
  return { ...m, answers: m.answers?.filter((a) => a.passage !== PARENTS_VISIT) };
}

export function ordinaryVisaReading(
  m: Meaning,
  _text: string,
  dialogue?: DialogueContext,
  folded = fold(_text),
): Meaning {
  if (m.emergency || busyWithQuestion(dialogue)) return m;
  if (m.topic === 'us_visa_passport') return withoutParentsVisit(programmeNamed(m, folded), folded);
  const programme = m.topic === 'us_humanitarian_visa' ? programmeNamed(m, folded) : m;
  if (programme !== m) return programme;
  const current = dialogue?.topic;
  if (
    m.topic === 'us_humanitarian_visa' &&
    current &&
    PAPERS_FOR_A_CHILD.has(current) &&
    CONSENT.test(folded)
  )
    return movedTo(m, current, { act: 'followUp', confidence: 1 });
  const permit = m.topic === 'us_humanitarian_visa' && !HUMANITARIAN.test(folded) && current !== m.topic;
  if (m.topic !== 'family_reunification' && !permit) return m;
  const ordinary =
    ORDINARY.test(folded) ||
    HAS_PAPERS.test(folded) ||
    (m.topic === 'family_reunification' && NOT_A_PARENT.test(folded)) ||
    (permit && OCCASION.test(folded));
  if (!VISA.test(folded) || !ordinary) return m;
  if (PROGRAMME.test(folded) || DYING.test(folded)) return m;
  return movedTo(m, 'us_visa_passport', { confidence: Math.max(m.confidence, 0.9), act: 'topic' });
}
