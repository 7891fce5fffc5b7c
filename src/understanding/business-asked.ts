/**
 * A small business of one's own asked about ("tambien queria poner un puestito de tacos, hay apoyo pa eso", "can i get
 * help to start a small food stand", "m vle louvri yon ti biznis"), which the topic model, not knowing the stall's
 * word, left on the help on return (sight65-a got "our sources do not say exactly that"): productive projects, which
 * answer it. Only from topics such a message is mistaken for. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';

/** Setting up a stall, a shop or a business of one's own, folded. */
const BUSINESS =
  /\b((poner|pongo|pongamos|abrir|abro|abrimos|empezar|empiezo|iniciar|inicio|montar|monto|emprender|emprendo) (un|una|mi|mi propio|mi propia) (puestito|puesto|changarro|tiendita|tienda|negocito|negocio|tallercito|taller|loncheria|taqueria|tortilleria|panaderia|carrito|cocina economica|estetica)|(start|open|set up) (a|my|my own|our own) (small |little )?(business|shop|store|stand|food stand|food truck|taco stand|restaurant|taller|taller mecanico|mechanic shop|repair shop|garage|workshop|tortilleria|bakery|panaderia)|(money|funding|loan|apoyo|dinero|prestamo|lana) (for|para|pa) (a |un |una |my |mi )?(little |small |pequeno )?(taco stand|food stand|business|shop|puesto|puestito|negocio|negocito|taqueria)|(louvri|kreye|fe|komanse) (yon|pwop) (ti )?(biznis|komes|boutik|machann))\b/u;
/** Help asked for it ("hay apoyo pa eso", "can i get help", "eske gen ed"), or a question ("y si mejor pongo un taller
 * mecanico?", sight83-a). */
const ASKS =
  /\b(y si mejor|what if i|and if i|e si m|apoyo|ayuda|ayudan|apoyan|help|support|loan|prestamo|credito|ed|sipo|kijan|como|how|hay|is there|are there|can|grants?|funding|subsidios?)\b/u;
/** A job asked for too ("ocupo trabajo o un préstamo…", "i need work or a loan"), folded. */
const JOB = /\b(trabajo|chamba|empleo|jale|job|work|travay)\b/u;
/** Health care or its insurance named, folded. */
const HEALTH =
  /\b(seguro medico|seguro de salud|seguro popular|imss|salud|clinica|hospital|doctor|medico|medica|health|insurance|sante|swen sante|dokte|lopital)\b/u;
/**
 * A migrants' club's works for its hometown ("our club of Durango people in Denver wants to build something for our
 * town", sight88-a got a state's documents), folded: the Institute promotes such initiatives (productive projects).
 */
const CLUB_WORKS =
  /\b(club|clubs|federacion|federation|hometown association|asociacion de migrantes|klib)\b.{0,60}\b(build|construir|obra|obras|project|projects|proyecto|proyectos|pwoje|for (our|the) (town|community|hometown|village)|para (el|nuestro|mi) (pueblo|rancho|comunidad|municipio))\b/u;
/** What such a message was read as by mistake. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'reintegration',
  'deportee_support',
  'none',
  'legal_advice',
  'human',
  'office_info',
  'mx_status',
  'paisano',
  // "Other question, I want to open a tortilleria in my rancho" after a pension's answer (judge109).
  'us_pension',
]);

export function businessAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (m.emergency || busyWithQuestion(dialogue)) return m;
  // "y mi esposa y mis hijos pueden tener seguro medico?" after the business: the help on return, which names health.
  // Read as care on the road too ("y tmb hay doctor gratis pa mi familia? mi señora esta enferma", sight72-a).
  const health = m.topic === 'productive_projects' || m.topic === 'transit_safety';
  if (health && dialogue?.topic === 'productive_projects' && HEALTH.test(folded))
    return askedAs(m, 'reintegration');
  if (CLUB_WORKS.test(folded) && (MISREAD.has(m.topic) || m.topic === 'state_documents'))
    return askedAs(m, 'productive_projects');
  if (!MISREAD.has(m.topic)) return m;
  // "ocupo trabajo o un préstamo para poner un tallercito": a job asked too is the help on return, which names both.
  if (!BUSINESS.test(folded) || !ASKS.test(folded) || JOB.test(folded)) return m;
  return askedAs(m, 'productive_projects');
}
