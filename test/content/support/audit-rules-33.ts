/**
 * Issue 33's claims audits (claims-audit-3: the facets of ten topics and the whole base) as rules
 * on the texts people read: the eleven misleading claims and the five borderline wordings. Each
 * rule quotes the words the texts used at the audited commit (7740a45), which it must reject.
 */
import { everyMention, type Lang, never, quote, type Rule, type Shown, says } from './shown-texts.ts';

const AUDITED = '7740a45';
export const was = (topic: string, lang: Lang, part: string, text: string): Shown => ({
  where: `${AUDITED} topics/${topic}/${lang}.md (${part})`,
  topic,
  lang,
  part,
  text,
});
const wasLocale = (lang: Lang, text: string): Shown => ({
  where: `${AUDITED} locales/${lang}/common.json`,
  topic: '',
  lang,
  part: 'locale',
  text,
});
const all = (form: RegExp): Record<Lang, RegExp> => ({ es: form, en: form, ht: form });

/** The facet `part` of `topic`, joined per language, must say `hedge` wherever it says `subject`. */
export function facetHedged(
  topic: string,
  part: string,
  subject: Record<Lang, RegExp>,
  hedge: Record<Lang, RegExp>,
) {
  return (texts: readonly Shown[]) =>
    (['es', 'en', 'ht'] as const).flatMap((lang) => {
      const text = texts
        .filter((t) => t.topic === topic && t.lang === lang && t.part === part)
        .map((t) => t.text)
        .join('\n');
      return subject[lang].test(text) && !hedge[lang].test(text)
        ? [`topics/${topic}/${lang}.md (${part}) says ${subject[lang]} without ${hedge[lang]}`]
        : [];
    });
}

export const RULES_33: Record<string, Rule> = {
  'issue 33, items 1 and 9: the Jornadas Migrantes are never "paused today", only as of the 2021 study': {
    finding: '1, 9',
    check: never(null, { es: /hoy en pausa/i, en: /now paused/i, ht: /kanpe kounye a/i }),
    old: [
      was(
        'us_pension',
        'es',
        'facet where',
        'El trámite es ante el Consulado General de Estados Unidos en Ciudad Juárez; el Instituto te asesora y hace las gestiones ante ese consulado. El Instituto está en {{office.address}}. A las Jornadas Migrantes, hoy en pausa, a veces venía personal del consulado.',
      ),
      was(
        'us_visa_passport',
        'en',
        'facet where',
        'The US passport is handled at the US Consulate in Monterrey; that consulate took part in the Jornadas Migrantes, now paused.',
      ),
      was(
        'us_visa_passport',
        'ht',
        'facet where',
        'Paspò ameriken an fèt nan Konsila Ozetazini nan Monterrey; konsila sa a te patisipe nan Jornadas Migrantes yo, ki kanpe kounye a.',
      ),
    ],
  },
  'issue 33, item 2: the Los Angeles and Chicago offices link families with organisations, they do not help them themselves':
    {
      finding: '2',
      check: everyMention(
        ['remains_repatriation'],
        { es: /intentar entrar/i, en: /trying to enter/i, ht: /eseye antre/i },
        { es: /enlaza|enlace/i, en: /\blink/i, ht: /fè lyen/i },
        'sentence',
      ),
      old: [
        was(
          'remains_repatriation',
          'es',
          'facet eligibility',
          'Las oficinas de Los Ángeles y Chicago apoyan también a familias de quien murió al intentar entrar a otro país.',
        ),
        was(
          'remains_repatriation',
          'ht',
          'facet eligibility',
          'Biwo Los Angeles ak Chicago yo ede tou fanmi moun ki mouri pandan l t ap eseye antre nan yon lòt peyi.',
        ),
      ],
    },
  'issue 33, item 3: the CNB searches for migrants missing in Mexican territory only': {
    finding: '3',
    check: everyMention(
      ['locate_person'],
      {
        es: /al llegar (al país )?o al regresar/i,
        en: /on arrival[^.]*on the way back/i,
        ht: /lè yo rive[^.]*lè y ap retounen/i,
      },
      { es: /territorio mexicano/i, en: /Mexican territory/i, ht: /sou tè Meksik/i },
    ),
    old: [
      was(
        'locate_person',
        'es',
        'facet eligibility',
        'El Instituto atiende a familias de Durango con un migrante detenido en el extranjero. La CNB busca a migrantes mexicanos y extranjeros que perdieron contacto con su familia en la ruta, al llegar o al regresar.',
      ),
      was(
        'locate_person',
        'en',
        'details',
        'The CNB has a Directorate for the Search for Migrants. It searches for migrants, Mexican and foreign, who lost contact with their families on the way to the US, on arrival or on the way back, using the cases in the National Register of Missing Persons (RNPDNO).',
      ),
    ],
  },
  'issue 33, item 4: the Border Worker card is for work in the southern border region only': {
    finding: '4',
    check: everyMention(
      ['mx_status'],
      { es: /Trabajador Fronterizo/, en: /Border Worker/, ht: /Travayè Fwontyè/ },
      {
        es: /trabajar (solo )?en (la frontera sur|Campeche)|empleo,? (solo )?en Campeche|con empleo en Campeche|trabajo en la frontera sur/,
        en: /work (only )?in (the southern border|Campeche)|job( offer)?,? (only )?(in|on) (Campeche|the southern border)/,
        ht: /travay (sèlman )?nan (rejyon fwontyè sid|Campeche|fwontyè sid)/,
      },
    ),
    old: [
      was(
        'mx_status',
        'es',
        'details',
        'Tarjetas de la frontera sur: la de Visitante Trabajador Fronterizo es para guatemaltecos y beliceños con oferta de trabajo. La de Visitante Regional es para personas de Guatemala, Belice, El Salvador y Honduras y solo vale en los estados de la frontera sur, hasta Yucatán: dura 5 años, permite quedarse hasta 7 días cada vez y no permite trabajar con pago.',
      ),
    ],
  },
  'issue 33, item 5: the Regional Visitor card is said not to be a way to regularise': {
    finding: '5',
    check: everyMention(
      ['mx_status'],
      { es: /Visitante Regional/, en: /Regional Visitor/, ht: /Vizitè Rejyonal/ },
      {
        es: /no sirve para regularizarte|ni sirve para regularizarte/i,
        en: /not a way to regularise|does not regularise|not for regularising/,
        ht: /pa pou mete papye w an règ/,
      },
    ),
    old: [
      was(
        'mx_status',
        'en',
        'facet eligibility',
        'Border Worker card: people from Guatemala and Belize with a job offer, for work only in Campeche, Chiapas, Quintana Roo and Tabasco. The Regional Visitor card, for Guatemala, Belize, El Salvador and Honduras, is only for southern border states, up to 7 days, no paid work.',
      ),
    ],
  },
  'issue 33, item 6: a health point at the Estación Siglo XXI is always named as an INM migration station': {
    finding: '6',
    check: (texts) => [
      ...everyMention(null, all(/Siglo XXI/), {
        es: /estación migratoria/i,
        en: /migration station/i,
        ht: /estasyon migrasyon/i,
      })(texts),
      ...facetHedged('transit_safety', 'facet steps', all(/IMSS-Bienestar/), all(/Siglo XXI/))(texts),
    ],
    old: [
      was(
        'transit_safety',
        'es',
        'facet steps',
        '3. Para atención médica, ve a un punto de IMSS-Bienestar o, en Ciudad Juárez, al Centro de Salud “Todos Somos Mexicanos”.',
      ),
      was(
        'transit_safety',
        'es',
        'facet where',
        'Salud: IMSS-Bienestar da consultas a migrantes en 8 puntos: Tijuana, Mexicali, Tapachula (Estación Siglo XXI y albergue de la colonia Raymundo Enríquez), unidades móviles en Tuxtla Gutiérrez y Palenque, Ciudad Juárez y Matamoros.',
      ),
    ],
  },
  "issue 33, item 7: the SRE consulting lawyers' free first consultation is for Mexicans": {
    finding: '7',
    check: everyMention(
      null,
      { es: /Abogados Consultores/, en: /Consulting Lawyers/, ht: /Avoka Konsiltan/ },
      { es: /mexican[oa]s?/i, en: /Mexicans?\b/, ht: /Meksiken/ },
    ),
    old: [
      was(
        'legal_advice',
        'es',
        'details',
        'Si vives fuera de México: con el programa de Abogados Consultores de la SRE, la primera asesoría es gratis; si contratas al abogado, pagas una tarifa preferencial.',
      ),
      was(
        'legal_advice',
        'en',
        'facet cost',
        "Free options they do mention: IFDP advisers give free services to migrants, and with the SRE's Consulting Lawyers the first consultation is free.",
      ),
      was(
        'legal_advice',
        'ht',
        'facet cost',
        'Men opsyon gratis yo mansyone: konseye IFDP yo bay migran sèvis gratis, epi ak Avoka Konsiltan SRE yo, premye konsèy la gratis.',
      ),
    ],
  },
  "issue 33, item 8: reintegration's steps call school and health a plan, not a referral": {
    finding: '8',
    check: facetHedged(
      'reintegration',
      'facet steps',
      { es: /salud|escuela/i, en: /health|school/i, ht: /sante|lekòl/i },
      { es: /se lo proponía/i, en: /set out to/i, ht: /planifye/i },
    ),
    old: [
      was(
        'reintegration',
        'es',
        'facet steps',
        '1. Dile al Instituto qué necesitas: trabajo, escuela o salud.\n2. El Instituto te canaliza a la oficina de gobierno que ve ese tema, como el SNE para el empleo.',
      ),
    ],
  },
  'issue 33, item 10: what the office does is said for Durango, with what the sources say for others': {
    finding: '10',
    check: (texts) => [
      ...never(null, {
        es: /apoyo al regresar o en el camino|y la situación migratoria en México/i,
        en: /support after returning or on the road|and legal status in Mexico/i,
        ht: /retounen oswa sou wout la, ak sitiyasyon legal/i,
      })(texts),
      ...texts
        .filter(
          (t) => t.part === 'locale' && /^(Eso no lo hace|This office does not|Biwo sa a pa fè)/.test(t.text),
        )
        .filter((t) => !/Durango/.test(t.text))
        .map(quote),
    ],
    old: [
      wasLocale(
        'es',
        'Eso no lo hace esta oficina. Aquí ayudamos a migrantes y a sus familias con trámites: documentos y apostillas, doble nacionalidad, pensiones de Estados Unidos, visas, localizar a un familiar, traer los restos de un familiar, apoyo al regresar o en el camino, y la situación migratoria en México. ¿Quieres ver los temas o hablar con una persona?',
      ),
      wasLocale(
        'ht',
        'Biwo sa a pa fè sa. Nou ede migran ak fanmi yo ak demach: papye ak apostiy, doub nasyonalite, pansyon Etazini, viza, jwenn yon fanmi, fè retounen kò yon fanmi ki mouri, sipò lè w retounen oswa sou wout la, ak sitiyasyon legal nan Meksik. Èske w vle wè sijè yo oswa pale ak yon moun?',
      ),
    ],
  },
  'issue 33, item 11: the humanitarian procedure is electronic at the INM, not online; no one is paid to do it':
    {
      finding: '11',
      check: (texts) => [
        ...never(['mx_status'], { en: /\bonline\b/i, ht: /sou entènèt/i })(texts),
        ...never(['us_pension'], {
          en: /valid Social Security number/i,
          ht: /nimewo sekirite sosyal ki valab/i,
        })(texts),
        ...says('mx_status', 'reply', {
          es: [/sin intermediarios/, /no le pagues a nadie/],
          en: [/without middlemen/, /do not pay anyone/],
          ht: [/pa peye pèsonn/],
        })(texts),
      ],
      old: [
        was(
          'mx_status',
          'ht',
          'facet time',
          'Demach sou entènèt pou rezon imanitè a pran an mwayèn 15 a 20 minit, dapre SEGOB (2023).',
        ),
        was('mx_status', 'es', 'reply', 'Haz el trámite tú mismo, sin intermediarios.'),
      ],
    },
};
