/**
 * A death told with the body or ashes to bring home ("pitit gason m mouri Phoenix semèn pase, nou
 * vle mennen l Durango", "my brother died in Dallas, how do we bring him home") asks about bringing
 * the remains home, whatever the topic model leans to: it read that Kreyòl opener as dual
 * nationality, a place in the US pulling it there (session 57). Only from topics such a message
 * may be mistaken for; a death in a danger or a question about a pension stays as read. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { fold } from './fold.ts';
import { busyWithQuestion, movedTo } from './in-context-shapes.ts';
import { asksSomething } from './question.ts';

/** A death told, folded ("murió", "falleció", "died", "passed away", "mouri"). */
const DIED =
  /\b(murio|murieron|fallecio|fallecieron|died|passed away|mouri|te mouri|fin mouri|perdio la vida|lost (his|her) life)\b/u;
/** The body, the ashes or bringing them home. */
const BRING_HOME =
  /\b(traer\w*|traemos|traigamos|traen|trasladar\w*|llevar(lo|la|los)?|mandar(lo|la|los)|enviar(lo|la|los)|send (him|her|them|the body) (home|back)|voye (l|li|ko a)|llevamos|repatriar\w*|cuerpo|restos|cenizas|bring (him|her|them|the body|it) (home|back)|bring \w+ home|body|remains|ashes|mennen (l|li|yo|ko a)|pote (l|li|ko a)|ko (a|li)|sann)\b/u;
/** What the topic model may take such a message for. */
const MISTAKEN: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'dual_nationality',
  'state_documents',
  'apostille',
  'us_visa_passport',
  'none',
]);

/**
 * A death supposed, with bringing home asked ("y si fallece, ¿ayudan pa traerlo?", "if he dies how do we bring
 * him home", "si li mouri, eske nou ka mennen l?"), in any procedure's conversation: the remains (sight64-a's
 * daughter with a father very ill in Chicago got the humanitarian visa's eligibility again); "y si mi hija fallece alla"
 * names who (sight76-a).
 */
const DIES_IF =
  /\b(si|y si|if|and if|what if|e si) (\S+ ){0,2}?(fallece|muere|se muere|se nos muere|llega a fallecer|llegara a fallecer|dies|passes away|doesn t make it|doesnt make it|mouri)\b/u;

/** Who helps or how, asked with no question mark ("si se muere quien nos ayuda a mandarlo"), folded. */
const WHO_HELPS = /\b(quien|quienes|who|kiyes|ki moun|como|how|kijan)\b/u;

export function remainsReading(
  m: Meaning,
  text: string,
  dialogue?: DialogueContext,
  folded = fold(text),
): Meaning {
  // In a danger, only a death supposed with the body to send home ("si se muere quien nos ayuda a mandarlo a durango":
  // emerg-eu's was noted as what the person said).
  const inDanger = dialogue?.emergency === true && dialogue.asked !== 'field';
  const diesIf = DIES_IF.test(folded);
  const asks = asksSomething(text) || (inDanger && WHO_HELPS.test(folded));
  const busy = busyWithQuestion(dialogue) && !(inDanger && diesIf && asks);
  // A death supposed in a danger already told is no new danger ("y si se muere…": the one hurt is still alive).
  const dangerAgain = Boolean(m.emergency) && !(inDanger && diesIf);
  if (dangerAgain || busy || !BRING_HOME.test(folded)) return m;
  const supposed = m.topic !== 'remains_repatriation' && asks && diesIf;
  const mistaken = MISTAKEN.has(m.topic) && (m.act === 'topic' || m.act === 'unclear') && DIED.test(folded);
  // Read so already, in another procedure's talk ("my dad passed away last night. can you help bring his body to
  // durango? who pays for it?" in a visa's: judge128 got that visa's answer on a relative who died): its own answers.
  const elsewhere = dialogue?.topic && dialogue.topic !== 'remains_repatriation';
  if (m.topic === 'remains_repatriation' && elsewhere && DIED.test(folded))
    return { ...m, answers: (m.answers ?? []).filter((a) => a.topic === 'remains_repatriation') };
  if (!supposed && !mistaken) return m;
  // In a danger, who brings the body home, not the condolences a death told gets: no one has died yet.
  const aspect = { question: true as const, act: 'followUp' as const, facets: ['eligibility' as const] };
  const more = {
    confidence: Math.max(m.confidence, 0.9),
    ...(inDanger ? aspect : { act: 'topic' as const }),
  };
  return { ...movedTo(m, 'remains_repatriation', more), emergency: null };
}
