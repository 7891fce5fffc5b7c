/**
 * A language asked for in an emergency to read the last answer in ("can you answer in english? my husband wants to
 * read it", "escríbemelo en español pa mandárselo a mi mamá"): that answer again, in the new language, not the next
 * line of the rotation (emerg-ee's sister got "All right, I will go on in English. Keep writing here…" after COMAR's
 * answer). The last answer is found among the lines said: a procedure's, a passage, a kind's own line. Pure.
 */
import type { Facet, Meaning, Reply, TopicId } from '../../src/core/types.ts';
import type { TopicCatalog } from '../flow.ts';
import { entryAndFacets } from './emergency-aspect.ts';
import { passageReply } from './emergency-lines.ts';
import type { Fit } from './emergency-told.ts';
import type { Replies } from './replies.ts';

/** The replies a remembered key says, or null when it names no answer (a rotation's line, a note, a quote). */
function repliesOf(key: string, catalog: TopicCatalog, r: Replies): Reply[] | null {
  const [head, topic, rest] = key.split(':');
  if (head === 'passage' && topic && rest) return [passageReply(catalog, topic as TopicId, rest)];
  if (head === 'topic' && topic && catalog.topics[topic as TopicId]) {
    return entryAndFacets(topic as TopicId, (rest ?? '').split('+').filter(Boolean) as Facet[]);
  }
  if (key.startsWith('answer.') && catalog.emergencyAnswers?.has(key))
    return [passageReply(catalog, 'emergency', key)];
  return catalog.emergencyCases.has(key) ? [r.emergencyLine(key)] : null;
}

/** The last answer said in this emergency, again, when a language is asked for. */
export function replayed(
  m: Meaning | null,
  said: readonly string[],
  catalog: TopicCatalog,
  r: Replies,
): Fit | null {
  if (m?.act !== 'language') return null;
  for (const key of [...said].reverse()) {
    // A replay said before names the answer it said again.
    const name = key.replace(/^replay:/, '');
    const replies = repliesOf(name, catalog, r);
    if (replies) return { replies, key: `replay:${name}`, closesWithLines: true };
  }
  return null;
}
