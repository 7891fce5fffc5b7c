/**
 * The replies of each decision of the dialogue policy (talk.ts) that keeps the person talking
 * with the assistant, and what the conversation's context becomes. Pure data: the engine
 * renders them.
 */
import type { Reply, TopicId } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import { formOfferedBy } from '../intake-forms.ts';
import type { ConversationContext } from './context.ts';
import type { Replies } from './replies.ts';
import { remember, signature, type Talk } from './talk.ts';
import { answerSigned, CARE_AT, NO_BED, shelterOf, shelterSaid } from './talk-shape.ts';

/** What a topic's answer and details end with: its form, else a person when it needs staff. */
const offerFor = (catalog: TopicCatalog, topic: TopicId) =>
  formOfferedBy(topic) ? 'intake' : catalog.topics[topic]?.handoff ? 'staff' : null;

/** Topics that are no procedure of their own: asked in between, the procedure stays the one under discussion. */
const ASIDE = new Set<TopicId>(['office_info']);
/** Not procedures: what an aside returns to only when one of these is not what was under discussion. */
const NOT_PROCEDURES = new Set<TopicId>(['none', 'office_info', 'human', 'emergency']);
/** A road answer that names only far places (Ciudad Juárez, Tamaulipas): after a town's silence, no "these are the ones". */
const NAMES_FAR = 'answer.care_without_papers';

/**
 * The topic under discussion after answering `topic`: the office's phone or address asked in the
 * middle of a pension leaves the pension under discussion ("¿y si yo me muero, mi señora la cobra?"
 * next was read as about the office, five turns in a row, in a fresh set).
 */
const underDiscussion = (ctx: ConversationContext, topic: TopicId): TopicId =>
  ASIDE.has(topic) && ctx.topic && !NOT_PROCEDURES.has(ctx.topic) ? ctx.topic : topic;

/** The replies of a decision that keeps the person talking with the assistant, and what the context becomes. */
export function talkReplies(
  ctx: ConversationContext,
  talk: Talk,
  r: Replies,
  catalog: TopicCatalog,
): { replies: Reply[]; patch: Partial<ConversationContext> } {
  const told = farReplies(ctx, talk, r, catalog);
  if (talk.noBed === undefined) return told;
  return {
    ...told,
    patch: { ...told.patch, said: remember(told.patch.said ?? ctx.said, `${NO_BED}${talk.noBed}`) },
  };
}

/** The replies of a decision, after the sources' silence on the town told when there is one. */
function farReplies(
  ctx: ConversationContext,
  talk: Talk,
  r: Replies,
  catalog: TopicCatalog,
): { replies: Reply[]; patch: Partial<ConversationContext> } {
  const said = repliesFor(ctx, talk, r, catalog);
  if (!talk.far) return said;
  // The same town said again after the sources' silence on it (judge93's mother: "m nan TORREON pa juarez. kote ki
  // gen klinik isit la"): that silence said plainly, with staff to look for one, before the places they do name.
  // The road's shelters there: only that none is named there, before the far ones.
  // Asked for again after them, that silence alone, staff offered.
  const shelter = shelterOf(talk);
  if (shelter && shelterSaid(ctx.said, shelter))
    return { replies: r.withOffer(r.shelterFarAgain(talk.far), 'staff'), patch: said.patch };
  if (shelter) return { replies: [r.shelterFar(talk.far), ...said.replies], patch: said.patch };
  const farSaid = `far:${talk.far.toLowerCase()}`;
  const again = ctx.said.includes(farSaid);
  // Care sought there again ("torreon m ye. pa gen lopital la?"): the silence, staff and 911, without the far towns'
  // list a second time (judge95's pregnant woman in Torreón got it twice word for word).
  if (again && talk.do === 'care')
    return { replies: r.withOffer(r.careFarOnlyAgain(talk.far), 'staff'), patch: said.patch };
  // An answer that names only far places (care without papers): the silence alone leads, no "these are the ones".
  const placeless = 'passage' in talk && talk.passage === NAMES_FAR;
  const lead = placeless
    ? (again ? r.careFarOnlyAgain : r.careFarOnly)(talk.far)
    : (again ? r.careFarAgain : r.careFar)(talk.far);
  const patch = again ? said.patch : { ...said.patch, said: remember(said.patch.said ?? ctx.said, farSaid) };
  return { replies: [lead, ...said.replies], patch };
}

/**
 * Town lines the "as I said, only IMSS-Bienestar's point there" recall does not fit: Ciudad Juárez's, whose centre's free
 * care is what the line is for; Monterrey's, a state programme's.
 */
const NOT_AN_IMSS_POINT = new Set(['health_juarez', 'health_monterrey']);

/** A town's care case named for people: health_tuxtla → Tuxtla. */
const townOf = (at: string) => at.replace(/^health_/, '').replace(/^\w/, (c) => c.toUpperCase());

function repliesFor(
  ctx: ConversationContext,
  talk: Talk,
  r: Replies,
  catalog: TopicCatalog,
): { replies: Reply[]; patch: Partial<ConversationContext> } {
  const sig = signature(talk);
  // A passage sent with an aspect's answer is said too: the next turn must not send it alone again
  // ("a cual clinica voy" got the clinic paragraph that came with "¿consulta gratis?"). Not one sent
  // with a first answer: asked again alone, it is the answer to what was asked.
  // One sent with a first answer is remembered apart (`with:`, only the last, so `said` keeps room for the replies):
  // coming back to that topic, it is not sent alone again.
  const withPassage =
    talk.do === 'facets' && talk.passage
      ? remember(ctx.said, signature({ do: 'passage', topic: talk.topic, passage: talk.passage }))
      : talk.do === 'answer' && talk.passage
        ? remember(
            ctx.said.filter((s) => !s.startsWith('with:')),
            `with:${talk.topic}:${talk.passage}`,
          )
        : ctx.said;
  // A first answer with a named one remembers which (view.ts tells understanding: named-aspect.ts).
  const last = talk.do === 'answer' && talk.passage ? `${sig}:${talk.passage}` : sig;
  const seen = { lastReply: last, said: remember(withPassage, sig) };
  switch (talk.do) {
    case 'answer': {
      // An aspect asked with the topic is a short answer like any other: it ends with the offer.
      const offer =
        talk.facets?.length || talk.passage
          ? formOfferedBy(talk.topic)
            ? 'intake'
            : 'staff'
          : offerFor(catalog, talk.topic);
      return {
        replies: r.answer(talk.topic, offer, talk.facets, talk.passage),
        patch: { ...seen, topic: underDiscussion(ctx, talk.topic), offer, misses: 0 },
      };
    }
    case 'details': {
      // The details of a topic that needs staff end with the same offer as its answer.
      const offer = offerFor(catalog, talk.topic);
      return { replies: r.details(talk.topic, offer), patch: { ...seen, offer, misses: 0 } };
    }
    case 'facets': {
      // A short answer ends with what reaches staff: the topic's form, else a person.
      const offer = formOfferedBy(talk.topic) ? 'intake' : 'staff';
      return {
        replies: r.facets(talk.topic, talk.facets, offer, talk.passage),
        patch: { ...seen, topic: underDiscussion(ctx, talk.topic), offer, misses: 0 },
      };
    }
    case 'facts':
    case 'noted':
    case 'other': {
      const offer = formOfferedBy(talk.topic) ? 'intake' : 'staff';
      const answer: Reply =
        talk.do === 'facts'
          ? {
              kind: 'facts',
              topic: talk.topic,
              ...(talk.age !== undefined ? { age: talk.age } : {}),
              ...(talk.years !== undefined ? { years: talk.years } : {}),
            }
          : talk.do === 'other'
            ? {
                kind: 'excerpt',
                topic: talk.topic,
                question: talk.question,
                ...(talk.facet ? { facet: talk.facet } : {}),
                ...(talk.within ? { within: talk.within } : {}),
              }
            : r.noted(talk.said);
      // An age or years told is set against the sources with who may claim it, unless that was said
      // already (a fresh set's "tiene 71" got the two ages alone, not the ten years or Ciudad Juárez).
      const whoMay =
        talk.do === 'facts' &&
        !ctx.said.some((s) => s.startsWith(`facets:${talk.topic}:`) && s.includes('eligibility'))
          ? [{ kind: 'facet', topic: talk.topic, facets: ['eligibility'] } as Reply]
          : [];
      const [first, ...rest] = r.withOffer(answer, offer);
      return {
        replies: first ? [first, ...whoMay, ...rest] : rest,
        patch: { ...seen, topic: underDiscussion(ctx, talk.topic), offer, misses: 0 },
      };
    }
    case 'passage': {
      const offer = formOfferedBy(talk.topic) ? 'intake' : 'staff';
      const answer: Reply = {
        kind: 'passage',
        topic: talk.topic,
        passage: talk.passage,
        ...(talk.facet ? { facet: talk.facet } : {}),
      };
      return {
        replies: r.withOffer(answer, offer),
        patch: { ...seen, topic: underDiscussion(ctx, talk.topic), offer, misses: 0 },
      };
    }
    case 'worse': {
      // In the road's care, the line to call if it gets worse serves that care, not an emergency (emerg-de).
      const line = r.emergencyLine('medical');
      const served =
        line.kind === 'case' && ctx.topic === 'transit_safety' ? { ...line, about: ctx.topic } : line;
      return {
        replies: r.withOffer(served, 'staff'),
        patch: { ...seen, offer: 'staff', misses: 0 },
      };
    }
    case 'care':
      // The town told before asked for again (emerg-ea's grandson in Matamoros; care-far-talk.ts recalls it only right
      // after the care): said so, not the line word for word; only of a town whose line is an IMSS-Bienestar point.
      if (talk.recalled && talk.at && !NOT_AN_IMSS_POINT.has(talk.at))
        return {
          replies: r.withOffer(r.careTownAgain(townOf(talk.at)), 'staff'),
          patch: { ...seen, offer: 'staff' },
        };
      return {
        replies: [
          // Where it is asked after the line: the sources give no street, said first, so the line is no bare repeat.
          ...(talk.whereAgain ? [r.careWhereAgain()] : []),
          ...r.withOffer({ kind: 'case', topic: 'transit_safety', name: talk.at ?? 'health' }, 'staff'),
        ],
        // The town's line is remembered: care asked again with no town named is that town's (care-far-talk.ts).
        patch: {
          ...seen,
          ...(talk.at && { said: remember(seen.said, `${CARE_AT}${talk.at}`) }),
          topic: 'transit_safety',
          offer: 'staff',
          misses: 0,
        },
      };
    case 'languages':
      return { replies: [r.languagesSpoken(), r.languages()], patch: { ...seen, offer: null } };
    case 'language': {
      // Said again in the language asked for: the last answer (it was read in a language the person reads less
      // well: sight61-a's Haitian asking for Spanish got the road's summary instead of the clinic just given),
      // else the topic's, else the menu.
      const last = answerSigned(ctx.lastReply);
      if (last && 'topic' in last && catalog.topics[last.topic]) {
        const again = talkReplies(ctx, last, r, catalog);
        return { replies: [r.languageNow(), ...again.replies], patch: again.patch };
      }
      if (ctx.topic && catalog.topics[ctx.topic]) {
        const offer = offerFor(catalog, ctx.topic);
        return { replies: [r.languageNow(), ...r.answer(ctx.topic, offer)], patch: { ...seen, offer } };
      }
      return { replies: r.languageChanged(), patch: { ...seen, offer: null } };
    }
    case 'offerStaff':
      return {
        replies: [r.offerStaff(talk.why, ctx.topic)],
        patch: { ...seen, offer: 'staff', misses: ctx.misses + 1 },
      };
    case 'declined':
      return { replies: [r.declined(ctx.topic)], patch: { ...seen, offer: null } };
    case 'ambiguous':
      return { replies: [r.ambiguous(talk.first, talk.second)], patch: { ...seen, offer: null } };
    case 'menu':
      return { replies: [r.menu('main')], patch: { ...seen, offer: null, misses: 0 } };
    case 'thanks':
      return { replies: [r.thanks()], patch: { ...seen, offer: null, misses: 0 } };
    case 'self':
      return { replies: [r.self()], patch: { ...seen, topic: 'office_info', offer: null } };
    case 'askIt':
      return { replies: [r.askIt()], patch: { ...seen, offer: null, misses: 0 } };
    case 'outOfScope':
      return { replies: [r.outOfScope()], patch: { ...seen, offer: 'staff', misses: ctx.misses + 1 } };
    case 'clarify': {
      // Only topics the assistant has are offered as buttons.
      const known = talk.candidates.filter((topic) => catalog.topics[topic] !== undefined);
      return { replies: [r.clarify(known)], patch: { ...seen, offer: null, misses: ctx.misses + 1 } };
    }
    default:
      // emergency, queue and startIntake leave the talking state: the machine handles them.
      return { replies: [], patch: {} };
  }
}
