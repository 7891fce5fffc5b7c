/**
 * Issue 16's audit findings as rules on the texts people read, each with the words the texts
 * used before the fix (quoted from commit 5ab4bb4), which the rule must reject.
 */
import { at, everyMention, never, PLAN, type Rule, says } from './shown-texts.ts';

export const RULES: Record<string, Rule> = {
  'finding 2: transport home by land is written as a plan of the 2018-2022 programme': {
    finding: '2',
    check: everyMention(
      ['deportee_support'],
      {
        es: /traslado (por tierra|terrestre)|traslado a (tu lugar de origen|Durango)/i,
        en: /land transport|transport to (your home town|Durango)/i,
        ht: /transpò (pa wout tè|jis)/i,
      },
      PLAN,
    ),
    old: [
      at(
        'deportee_support',
        'es',
        'reply',
        'El programa del Instituto incluye apoyo para el traslado por tierra a tu lugar de origen en Durango.',
      ),
      at(
        'deportee_support',
        'ht',
        'reply',
        'Pwogram Enstiti a gen ladan l èd pou transpò pa wout tè jis nan kominote w nan Durango.',
      ),
    ],
  },
  'finding 2: free medical care on return is written as a plan': {
    finding: '2',
    check: everyMention(
      ['reintegration'],
      { es: /atención médica gratuita/i, en: /free medical care/i, ht: /swen medikal gratis/i },
      PLAN,
    ),
    old: [
      at(
        'reintegration',
        'es',
        'reply',
        'También ayuda con trámites y reposición de documentos de estudios, y su programa incluye facilitar atención médica gratuita para ti y tu familia.',
      ),
      at(
        'reintegration',
        'en',
        'facet eligibility',
        'The free medical care the Institute seeks to arrange also includes their families.',
      ),
    ],
  },
  'finding 2: the Jornadas Migrantes are said to be paused, never running': {
    finding: '2',
    check: (texts) => [
      ...everyMention(
        null,
        { es: /Jornadas Migrantes/, en: /Jornadas Migrantes/, ht: /Jornadas Migrantes/ },
        // Paused as of the study (about 2021), with no word of a restart: "estaban en pausa, y las
        // fuentes no dicen si volvieron" says it as well as "están en pausa".
        {
          es: /(están|hoy) en pausa|estaban en pausa[^.]*no dicen si/,
          en: /(are|now) paused|were paused[^.]*not say if/,
          ht: /(?<!te )kanpe|te kanpe[^.]*pa di si/,
        },
      )(texts),
      ...never(null, {
        es: /Jornadas Migrantes[^.]*\b(lleva|viene|puede participar)\b|\b(lleva|viene|puede participar)\b[^.]*Jornadas Migrantes/,
        en: /Jornadas Migrantes[^.]*\b(brings|come|may take part)\b|\b(brings|come|may take part)\b[^.]*Jornadas Migrantes/,
      })(texts),
    ],
    old: [
      at(
        'dual_nationality',
        'es',
        'details',
        'En las Jornadas Migrantes, el Instituto lleva trámites registrales a los municipios. El estudio de 2021 dice que las Jornadas estaban en pausa por el COVID-19.',
      ),
      at(
        'us_pension',
        'ht',
        'facet where',
        'Pafwa moun konsila a vini nan Jornadas Migrantes yo (yo te kanpe an 2021).',
      ),
      at(
        'us_visa_passport',
        'en',
        'facet where',
        'The US passport is handled at the US Consulate in Monterrey; that consulate may take part in the Jornadas Migrantes.',
      ),
    ],
  },
  'finding 3: the Regional Visitor Card keeps its limit to the southern border states': {
    finding: '3',
    check: everyMention(
      ['mx_status'],
      { es: /Visitante Regional/, en: /Regional Visitor/, ht: /Vizitè Rejyonal/i },
      { es: /frontera sur/i, en: /southern border/i, ht: /fwontyè sid/i },
      'sentence',
    ),
    old: [
      at(
        'mx_status',
        'es',
        'details',
        'Tarjetas de la frontera sur: la de Visitante Trabajador Fronterizo es para guatemaltecos y beliceños con oferta de trabajo. La de Visitante Regional (Guatemala, Belice, El Salvador y Honduras) dura 5 años, permite quedarse hasta 7 días cada vez y no permite trabajar con pago.',
      ),
    ],
  },
  // Paragraph, not sentence, since audit45 (finding 4 of audit-rules-45.ts): the 2018 rule gives
  // the temporary CURP to anyone with a case at the INM or COMAR, and the sentence after it says
  // that Nuevo León's Civil Registry, the only place named, gives it to refugee applicants only.
  'finding 3: the temporary CURP of Nuevo León is only for people asking for international protection': {
    finding: '3',
    check: everyMention(
      ['mx_status'],
      { es: /CURP temporal/i, en: /temporary CURP/i, ht: /CURP tanporè/i },
      { es: /protección internacional/i, en: /international protection/i, ht: /pwoteksyon entènasyonal/i },
      'paragraph',
    ),
    old: [
      at(
        'mx_status',
        'es',
        'details',
        'Quien ya inició su trámite ante el INM o la COMAR puede recibir una CURP temporal (hasta 180 o 365 días), que vale hasta la resolución final.',
      ),
      at(
        'mx_status',
        'ht',
        'details',
        'Moun ki deja kòmanse demach yo ak INM oswa COMAR ka jwenn yon CURP tanporè (jiska 180 oswa 365 jou), ki valab jiskaske gen yon desizyon final.',
      ),
    ],
  },
  'finding 3: temporary residence for an expired document keeps "mediante los supuestos que establece la normatividad"':
    {
      finding: '3',
      check: everyMention(
        ['mx_status'],
        // The expired-document path ("quedar como residente temporal"), not every kind of stay named.
        {
          es: /quedar como residente temporal/i,
          en: /become temporary residents?/i,
          ht: /(vin|tounen) rezidan tanporè/i,
        },
        {
          es: /supuestos que establece la normatividad/i,
          en: /cases set out in the migration rules/i,
          ht: /ka lalwa migrasyon an prevwa/i,
        },
      ),
      old: [
        at(
          'mx_status',
          'es',
          'details',
          '¿Tu documento migratorio está vencido? Ve a la oficina del INM más cercana a tu casa: hay un proceso para quedar como residente temporal.',
        ),
      ],
    },
  'finding 5: the humanitarian permit is not tied to a relative very ill or dead, only to "casos procedentes"':
    {
      finding: '5',
      check: (texts) => [
        ...never(['us_humanitarian_visa', 'us_visa_passport', 'mx_status'], {
          es: /muy grave|está grave|familiar grave|funeral|emergencia familiar/i,
          en: /very ill|has died|funeral|dying|family emergency/i,
          ht: /malad grav|malad anpil|fineray|ijans fanmi|ka fanmi/i,
        })(texts),
        ...never(null, { ht: /malad anpil oswa ki mouri|ijans fanmi/i })(
          texts.filter((t) => t.part === 'locale'),
        ),
        // What the sources do say: only "en los casos que sean procedentes" (000 L970).
        ...says('us_humanitarian_visa', 'reply', {
          es: [/casos que sean procedentes/],
          en: [/in the cases where it applies/],
          ht: [/nan ka ki valab yo/],
        })(texts),
      ],
      old: [
        at(
          'us_humanitarian_visa',
          'es',
          'title',
          'Permiso humanitario para entrar a EE. UU. (familiar grave o funeral)',
        ),
        at(
          'us_visa_passport',
          'en',
          'details',
          'If you need to enter the US urgently because a relative is very ill or has died, ask about permission for humanitarian reasons.',
        ),
        {
          where: '5ab4bb4 locales/ht/common.json',
          topic: '',
          lang: 'ht',
          part: 'locale',
          text: 'Èske w ap pale de pèmisyon ijan pou ANTRE OZETAZINI pou yon ijans fanmi (yon fanmi ki malad anpil oswa ki mouri), oswa kat vizitè pou rezon imanitè pou rete NAN MEKSIK?',
        },
      ],
    },
  'finding 6: Kreyòl never says "migran Durango" (it tells anyone else the service is not theirs)': {
    finding: '6',
    check: never(null, { ht: /migran Durango/i }),
    old: [
      at(
        'psych_support',
        'ht',
        'reply',
        'Si w santi w tris, enkyete oswa estrese akoz migrasyon an, Enstiti a bay sipò sikolojik pou migran Durango yo ak fanmi yo.',
      ),
    ],
  },
  'finding 6: psychological support says it is for people from Durango and where others go': {
    finding: '6',
    check: says('psych_support', 'reply', {
      es: [/de Durango/, /CONASAMA/],
      en: [/from Durango/, /CONASAMA/],
      ht: [/soti Durango/, /CONASAMA/],
    }),
    old: [
      at(
        'psych_support',
        'es',
        'reply',
        'Si te sientes triste, con ansiedad o estrés por la migración, el Instituto da atención psicológica a migrantes de Durango y sus familias: en persona, por teléfono o a distancia por aplicaciones y redes sociales. Tu expediente es confidencial.',
      ),
    ],
  },
  'finding 6: the suicide line offers the Institute to people from Durango and CONASAMA to everyone': {
    finding: '6',
    check: says('emergency', 'case suicide', {
      es: [/Durango/, /CONASAMA/],
      en: [/Durango/, /CONASAMA/],
      ht: [/Durango/, /CONASAMA/],
    }),
    old: [
      at(
        'emergency',
        'es',
        'case suicide',
        'Si piensas en quitarte la vida, llama al 911 ahora o busca a alguien cerca de ti. No estás solo. La oficina da apoyo psicológico en persona, por teléfono o en línea.',
      ),
    ],
  },
  'finding 6: bringing a body home says the office does not send remains from Mexico to another country': {
    finding: '6',
    check: (texts) =>
      ['reply', 'facet eligibility'].flatMap((part) =>
        says('remains_repatriation', part, {
          es: [
            /no (envía|para enviar|enviarlos|para enviarlos) restos de México a otro país|no enviarlos de México a otro país/i,
          ],
          en: [/(does not send|not for sending|not sending) remains from Mexico to another country/i],
          ht: [/pa (voye|pou voye) kò soti Meksik/i],
        })(texts),
      ),
    old: [
      at(
        'remains_repatriation',
        'es',
        'reply',
        'Lamentamos mucho tu pérdida. El Instituto apoya a familias de Durango para traer a su localidad de origen los restos de un familiar que murió en el extranjero, y ayuda con los trámites de ese regreso.',
      ),
    ],
  },
  'finding 6: legal advice, the search for a detained relative and the office say whom the Institute serves':
    {
      finding: '6',
      check: (texts) => [
        ...says('legal_advice', 'reply', {
          es: [/de Durango/, /IFDP/],
          en: [/from Durango/, /IFDP/],
          ht: [/soti Durango/, /IFDP/],
        })(texts),
        ...says('locate_person', 'reply', { es: [/Durango/], en: [/Durango/], ht: [/Durango/] })(texts),
        ...says('office_info', 'facet eligibility', {
          es: [/Grupos Beta/, /COMAR/],
          en: [/Grupos Beta/, /COMAR/],
          ht: [/Grupos Beta/, /COMAR/],
        })(texts),
      ],
      old: [
        at(
          'legal_advice',
          'es',
          'reply',
          'El Instituto da asesoría jurídica y puede representar a migrantes y a sus familias en los asuntos que piden, también si viven en el extranjero.',
        ),
      ],
    },
};
