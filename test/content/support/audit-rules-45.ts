/**
 * The claims audit of issue 33's changes (audit45: 61 units, 227 claims, 1 invented and 20
 * misleading in 8 problems) as rules on the texts people read. Each rule quotes the words the
 * texts used at the audited commit (d9d08c4), which it must reject.
 */
import { facetHedged } from './audit-rules-33.ts';
import {
  everyMention,
  type Lang,
  never,
  quote,
  type Rule,
  type Shown,
  says,
  sentences,
} from './shown-texts.ts';

const AUDITED = 'd9d08c4';
const was = (topic: string, lang: Lang, part: string, text: string): Shown => ({
  where: `${AUDITED} topics/${topic}/${lang}.md (${part})`,
  topic,
  lang,
  part,
  text,
});

/** No sentence of `part` of `topic` says all of `forms` together (per language). */
function notTogether(topic: string, part: string, forms: Record<Lang, RegExp[]>) {
  return (texts: readonly Shown[]) =>
    texts
      .filter((t) => t.topic === topic && t.part === part)
      .flatMap((t) => sentences(t.text).map((s) => ({ ...t, text: s })))
      .filter((t) => forms[t.lang].every((form) => form.test(t.text)))
      .map(quote);
}

// The 80 % on the first visit is the INM's figure for migration documents, resident and
// visitor cards alike (003:932-946): never "residence documents" alone.
const EIGHTY = { es: /80 %/, en: /80%/, ht: /80 %/ };
const VISITOR = { es: /visitante/i, en: /visitor/i, ht: /vizitè/i };

export const RULES_45: Record<string, Rule> = {
  'audit45, problem 1: "do not pay anyone" always says "to do it for you" (the procedures have official fees)':
    {
      finding: '1',
      check: (texts) => [
        ...everyMention(
          null,
          { es: /no le pagues a nadie/i, en: /do not pay anyone/i, ht: /pa peye pèsonn/i },
          { es: /para que lo haga por ti/, en: /to do it for you/, ht: /pou fè .{0,15}pou ou/ },
          'sentence',
        )(texts),
        ...says('mx_status', 'reply', {
          es: [/no le pagues a nadie para que lo haga por ti/],
          en: [/do not pay anyone to do it for you/],
          ht: [/pa peye pèsonn pou fè l pou ou/],
        })(texts),
      ],
      old: [
        was('mx_status', 'es', 'reply', 'Hazlo tú mismo, sin intermediarios: no le pagues a nadie.'),
        was('mx_status', 'en', 'reply', 'Apply yourself, without middlemen: do not pay anyone.'),
      ],
    },
  'audit45, problem 2: the time facet gives the 80 % for resident and visitor cards, and no "not given for the humanitarian card"':
    {
      finding: '2',
      check: (texts) => [
        ...facetHedged('mx_status', 'facet time', EIGHTY, VISITOR)(texts),
        ...never(['mx_status'], {
          es: /documentos de residencia|no lo dan para la tarjeta humanitaria/i,
          en: /residence documents|it is not given for the humanitarian card/i,
          ht: /papye rezidans|dokiman rezidans/i,
        })(texts),
      ],
      old: [
        was(
          'mx_status',
          'es',
          'facet time',
          'El INM lleva el trámite por razones humanitarias en un sistema electrónico, y se resuelve en promedio en 15 a 20 minutos, según SEGOB (2023). La tarjeta te la dan en la oficina del INM. El 80 % de entregas en la primera visita es de documentos de residencia; no lo dan para la tarjeta humanitaria.',
        ),
        was(
          'mx_status',
          'ht',
          'facet time',
          'INM fè demach pou rezon imanitè a nan yon sistèm elektwonik, e li pran an mwayèn 15 a 20 minit, dapre SEGOB (2023). Se nan biwo INM yo ba w kat la. Chif 80 % moun ki resevwa papye yo depi premye vizit la se pou papye rezidans; sous la pa bay chif sa a pou kat imanitè a.',
        ),
      ],
    },
  'audit45, problem 3: card_first_visit gives the 80 % for resident and visitor cards, and 155,987 "on a later day"':
    {
      finding: '3',
      check: (texts) => [
        ...facetHedged('mx_status', 'answer card_first_visit', EIGHTY, VISITOR)(texts),
        ...everyMention(
          null,
          { es: /155,987/, en: /155,987/, ht: /155\s987/ },
          { es: /en un día posterior/, en: /on a later day/, ht: /yon lòt jou pita/ },
          'sentence',
        )(texts),
      ],
      old: [
        was(
          'mx_status',
          'es',
          'answer card_first_visit',
          'El INM toma tus datos biométricos para resolver el trámite al momento y, si se puede, darte la tarjeta en la primera visita. Tiene 79 puntos de impresión de tarjetas en el país. Para documentos de residencia, con los papeles completos, el 80 % sale en la primera visita. De 526,698 personas atendidas con su nuevo modelo, 315,433 tuvieron su trámite resuelto al momento y 155,987 al día siguiente.',
        ),
        was(
          'mx_status',
          'ht',
          'answer card_first_visit',
          'INM pran done byometrik ou pou l rezoud demach la menm lè a e, si l kapab, ba w kat la depi premye vizit la. Li gen 79 pwen kote yo enprime kat nan peyi a. Pou dokiman rezidans, si papye yo konplè, 80 % soti depi premye vizit la. Sou 526\u00a0698 moun li resevwa nan nouvo modèl li a, 315\u00a0433 te jwenn repons menm lè a, e 155\u00a0987 landemen.',
        ),
      ],
    },
  'audit45, problem 4: the temporary CURP is for anyone with a case at the INM or COMAR; refugee applicants only is Nuevo León; an accredited representative':
    {
      finding: '4',
      check: (texts) => [
        // The 2018 rule in a sentence of its own, apart from Nuevo León's Civil Registry.
        ...says('mx_status', 'answer curp_foreigner', {
          es: [/CURP temporal[^.;]*INM o la COMAR/, /representante acreditado/],
          en: [/temporary CURP[^.;]*INM or COMAR/, /accredited representative/],
          ht: [/CURP tanporè[^.;]*INM oswa COMAR/, /reprezantan ki gen otorizasyon/],
        })(texts),
        ...notTogether('mx_status', 'answer curp_foreigner', {
          es: [/CURP temporal/, /Nuevo León/, /INM o la COMAR/],
          en: [/temporary CURP/, /Nuevo León/, /INM or COMAR/],
          ht: [/CURP tanporè/, /Nuevo León/, /INM oswa COMAR/],
        })(texts),
      ],
      old: [
        was(
          'mx_status',
          'es',
          'answer curp_foreigner',
          'El INM da de alta y corrige la CURP de personas extranjeras, si la pides tú o un representante acreditado. También hay una CURP temporal, de hasta 180 o 365 días, que en Nuevo León da el Registro Civil solo a quien pide protección internacional (refugio) y ya inició su trámite ante el INM o la COMAR (Comisión Mexicana de Ayuda a Refugiados). Vale hasta la respuesta final.',
        ),
        was(
          'mx_status',
          'en',
          'answer curp_foreigner',
          'The INM issues and corrects the CURP for foreigners who ask (or their representative). There is also a temporary CURP, for up to 180 or 365 days, which in Nuevo León the Civil Registry gives only to people asking for international protection (refuge) who have started their case with the INM or COMAR (Mexican Commission for Refugee Assistance). It is valid until the final decision.',
        ),
      ],
    },
  'audit45, problem 5: the eligibility facet keeps the Regional Visitor card\'s "up to 7 days" and "up to Yucatán"':
    {
      finding: '5',
      check: (texts) => [
        ...facetHedged(
          'mx_status',
          'facet eligibility',
          { es: /Visitante Regional/, en: /Regional Visitor/, ht: /Vizitè Rejyonal/ },
          { es: /7 días/, en: /7 days/, ht: /7 jou/ },
        )(texts),
        ...facetHedged(
          'mx_status',
          'facet eligibility',
          { es: /Visitante Regional/, en: /Regional Visitor/, ht: /Vizitè Rejyonal/ },
          { es: /Yucatán/, en: /Yucatán/, ht: /Yucatán/ },
        )(texts),
      ],
      old: [
        was(
          'mx_status',
          'es',
          'facet eligibility',
          'Trabajador Fronterizo: guatemaltecos y beliceños con oferta de empleo en Campeche, Chiapas, Quintana Roo o Tabasco. La Visitante Regional (Guatemala, Belice, El Salvador y Honduras) vale solo en la frontera sur, sin trabajo pagado, y no sirve para regularizarte.',
        ),
        was(
          'mx_status',
          'ht',
          'facet eligibility',
          'Kat Travayè Fwontyè: moun Gwatemala ak Beliz ki gen òf travay nan Campeche, Chiapas, Quintana Roo oswa Tabasco. Kat Vizitè Rejyonal la (Gwatemala, Beliz, Salvadò ak Ondiras) valab sèlman nan eta fwontyè sid yo, san travay pou lajan, e li pa pou mete papye w an règ.',
        ),
      ],
    },
  "audit45, problem 6: Nuevo León's Inclusion Space gives guidance on migration procedures, it does not do them":
    {
      finding: '6',
      check: everyMention(
        null,
        { es: /88 ?%/, en: /88 ?%/, ht: /88 ?%/ },
        { es: /orientación para trámites/, en: /guidance on/, ht: /(gid|èd) pou demach/ },
        'sentence',
      ),
      old: [
        was(
          'legal_advice',
          'es',
          'answer nuevo_leon_inclusion_space',
          'De agosto de 2022 a junio de 2023, el 88% de sus atenciones fueron asesoría legal y trámites migratorios.',
        ),
        was(
          'legal_advice',
          'en',
          'answer nuevo_leon_inclusion_space',
          'From August 2022 to June 2023, 88% of its services were legal advice and immigration paperwork.',
        ),
      ],
    },
  "audit45, problem 7: Tamaulipas's licence programme is for migrants from Tamaulipas": {
    finding: '7',
    check: everyMention(
      null,
      {
        es: /renueva la licencia de manejo/i,
        en: /renews driver's licences/i,
        ht: /renouvle lisans/i,
      },
      { es: /tamaulipecos/, en: /from Tamaulipas/, ht: /soti Tamaulipas/ },
      'sentence',
    ),
    old: [
      was(
        'state_documents',
        'es',
        'answer driving_licence',
        'En Tamaulipas, un programa que se hace tres veces al año renueva la licencia de manejo de migrantes que viven en EE. UU. (SEGOB, 2023).',
      ),
      was(
        'state_documents',
        'en',
        'answer driving_licence',
        "In Tamaulipas, a programme held three times a year renews driver's licences for migrants living in the US (SEGOB, 2023).",
      ),
      was(
        'state_documents',
        'ht',
        'answer driving_licence',
        'Nan Tamaulipas, yon pwogram ki fèt twa fwa pa ane renouvle lisans migran k ap viv Ozetazini (SEGOB, 2023).',
      ),
    ],
  },
  'audit45, problem 8: "Ayudemos a nuestro amigo migrante" is never said to be run by the municipality': {
    finding: '8',
    check: (texts) =>
      texts
        .filter((t) => /Ayudemos a nuestro amigo migrante/i.test(t.text))
        .flatMap((t) => sentences(t.text).map((s) => ({ ...t, text: s })))
        .filter((t) => /Ayudemos/i.test(t.text) && /\b(municipal|minisipal)\b/i.test(t.text))
        .map(quote),
    old: [
      was(
        'transit_safety',
        'es',
        'answer arriaga_help',
        'En Arriaga (Chiapas), el programa municipal «Ayudemos a nuestro amigo migrante» da atención básica de salud y apoyo con otras necesidades a personas migrantes que pasan por el municipio.',
      ),
      was(
        'transit_safety',
        'en',
        'answer arriaga_help',
        'In Arriaga (Chiapas), the municipal programme "Ayudemos a nuestro amigo migrante" gives basic health care and help with other needs to migrants passing through.',
      ),
      was(
        'transit_safety',
        'ht',
        'answer arriaga_help',
        'Nan Arriaga (Chiapas), pwogram minisipal «Ayudemos a nuestro amigo migrante» bay migran k ap pase nan komin nan swen sante debaz ak èd pou lòt bezwen yo genyen.',
      ),
    ],
  },
  // The re-audit of the fixes (reaudit45): 2 more problems, 5 misleading lines, fixed in session 45.
  "reaudit45: Puebla's US offices handle papers for migrants from Puebla": {
    finding: 'reaudit-2',
    check: everyMention(
      null,
      {
        es: /gestiona gratis licencias de manejo/i,
        en: /handle driver's licences and other papers/i,
        ht: /okipe lisans ak lòt papye/i,
      },
      { es: /poblanos/, en: /from Puebla/, ht: /soti Puebla/ },
      'sentence',
    ),
    old: [
      was(
        'state_documents',
        'es',
        'answer driving_licence',
        'En Puebla, sus oficinas en EE. UU. gestionan gratis licencias de manejo y otros papeles (hacia 2021).',
      ),
      was(
        'state_documents',
        'en',
        'answer driving_licence',
        "In Puebla, its US offices handle driver's licences and other papers for free (around 2021).",
      ),
      was(
        'state_documents',
        'ht',
        'answer driving_licence',
        'Nan Puebla, biwo yo Ozetazini okipe lisans ak lòt papye gratis (anviwon 2021).',
      ),
    ],
  },
  'reaudit45: most people from Durango in the US live in Texas, the state, not in Dallas': {
    finding: 'reaudit-1',
    check: never(null, {
      es: /porque ahí vive el mayor número de duranguenses/,
      en: /because Dallas has the most/i,
      ht: /paske se Dallas ki gen plis moun/,
    }),
    old: [
      was(
        'office_info',
        'es',
        'answer dallas_office',
        'en Dallas, Texas, porque ahí vive el mayor número de duranguenses en EE. UU.',
      ),
      was(
        'office_info',
        'ht',
        'answer dallas_office',
        'nan Dallas, Teksas, paske se Dallas ki gen plis moun Durango Ozetazini.',
      ),
    ],
  },
};
