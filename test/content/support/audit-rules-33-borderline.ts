/**
 * Issue 33's five borderline wordings (claims-audit-3's watch-list) as rules on the texts people
 * read, each with the words the texts used at the audited commit (7740a45), which it must reject.
 */
import { facetHedged, was } from './audit-rules-33.ts';
import { everyMention, never, type Rule } from './shown-texts.ts';

export const BORDERLINE_33: Record<string, Rule> = {
  'issue 33, borderline 1: "45 or 90 days" is an indicator being prepared, not a COMAR deadline': {
    finding: 'borderline 1',
    check: everyMention(
      null,
      { es: /45 o 90 días/, en: /45 or 90 days/, ht: /45 oswa 90 jou/ },
      { es: /indicador/, en: /statistic|indicator/, ht: /endikatè/ },
    ),
    old: [
      was(
        'asylum',
        'es',
        'facet time',
        'Nuestras fuentes no dicen cuánto tarda la COMAR en la práctica. Un informe de SEGOB (2023) habla de resolver las solicitudes de refugio «en tiempo», en 45 o 90 días. El personal puede confirmártelo.',
      ),
    ],
  },
  'issue 33, borderline 2: living outside a migration station while asylum is decided says only 4 people had it':
    {
      finding: 'borderline 2',
      check: everyMention(
        ['asylum'],
        { es: /vivir fuera/, en: /live outside/, ht: /viv deyò/ },
        { es: /4 personas/, en: /4 people/, ht: /4 moun/ },
      ),
      old: [
        was(
          'asylum',
          'es',
          'details',
          'Si estás en una estación migratoria y pediste refugio, el INM, después de consultar con la COMAR, puede dejarte vivir fuera de la estación si tu situación es muy vulnerable.',
        ),
      ],
    },
  'issue 33, borderline 3: the 80 % on the first visit is said of residence documents, not the TVRH': {
    finding: 'borderline 3',
    check: everyMention(
      null,
      { es: /80 %/, en: /80%/, ht: /80 %/ },
      { es: /residen/, en: /residen/, ht: /rezidan|rezidans/ },
      'sentence',
    ),
    old: [
      was(
        'mx_status',
        'es',
        'facet time',
        'El trámite electrónico por razones humanitarias se resuelve en promedio en 15 a 20 minutos, según SEGOB (2023). Con los papeles completos, en el 80 % de los casos te dan la tarjeta en la primera visita.',
      ),
    ],
  },
  'issue 33, borderline 4: the Institute advises on the US pension; "handles it with the consulate" is only a plan line':
    {
      finding: 'borderline 4',
      check: never(['us_pension'], {
        es: /hace (las )?gestiones/i,
        en: /handles the procedure/i,
        ht: /fè demach yo devan konsila/i,
      }),
      old: [
        was(
          'us_pension',
          'en',
          'facet where',
          'The procedure is with the US Consulate General in Ciudad Juárez; the Institute advises you and handles the procedure with that consulate.',
        ),
      ],
    },
  'issue 33, borderline 5: support "in money or in kind" never reads as paying for the transfer of remains': {
    finding: 'borderline 5',
    check: (texts) => [
      ...everyMention(
        ['remains_repatriation'],
        { es: /dinero o en especie/, en: /money or in[ -]kind/, ht: /lajan oswa an nati/ },
        { es: /no dicen (si|cuánto)/, en: /do not say (whether|how much)/, ht: /pa di (si|konbyen)/ },
        'sentence',
      )(texts),
      ...facetHedged(
        'remains_repatriation',
        'facet cost',
        { es: /especie/, en: /in[ -]kind/, ht: /an nati/ },
        { es: /no dicen si alguno cubre/, en: /whether any of it covers/, ht: /si youn ladan yo peye/ },
      )(texts),
    ],
    old: [
      was(
        'remains_repatriation',
        'es',
        'facet cost',
        'Nuestras fuentes no dicen si el Instituto paga el traslado, cuánto cubre ni cuánto cuesta. Dicen que apoya y ayuda con los trámites, y que sus oficinas en Los Ángeles y Chicago gestionan apoyos en dinero o en especie para familias de migrantes. El personal puede confirmarte qué apoyo hay para tu caso.',
      ),
    ],
  },
};
