/**
 * The names of the dashboard's daily counters (src/core/ports/activity-store.ts), made in one
 * place so the engine that counts and the pages that read agree, and so a test can check
 * that no key names a person: every part is a fixed word, a channel, a language, a topic, a
 * facet or a bucket number. Durations are counted in buckets 10% wide (10 s · 1.1^i), so a
 * median or a 90th percentile read from them is within 10% above the true one, for any period.
 */
import type { CaseOutcome } from './case-status.ts';
import type { Lang, TopicId } from './types.ts';

/** Counters with a channel and a language, alone and together. */
export type Countable = 'turns' | 'people' | 'conversations';

export const activityKey = {
  /** A person's turns / conversations active that day (each once a day) / conversations started. */
  of: (what: Countable, dims: { channel?: string; lang?: Lang } = {}) =>
    [what, ...(dims.channel ? [`ch=${dims.channel}`] : []), ...(dims.lang ? [`lang=${dims.lang}`] : [])].join(
      '|',
    ),
  /** Typed messages, and those the assistant understood, by language. */
  text: (lang?: Lang) => (lang ? `text|lang=${lang}` : 'text'),
  understood: (lang?: Lang) => (lang ? `understood|lang=${lang}` : 'understood'),
  /** Typed messages not understood, out of scope, or that "did not help". */
  missed: (kind: 'unclear' | 'outOfScope' | 'notHelped') => `missed=${kind}`,
  /** Turns whose reply was about a topic; facets answered. */
  topic: (topic: TopicId | 'emergency') => `topic=${topic}`,
  facet: (topic: TopicId, facet: string) => `facet=${topic}.${facet}`,
  /** Conversations about a topic for the first time: people served per service. */
  served: (topic: TopicId | 'emergency') => `served=${topic}`,
  danger: (level: 'emergency' | 'possible') => `danger=${level}`,
  /** Tickets opened for staff, and those urgent. */
  handoff: (urgent = false) => (urgent ? 'handoff|urgent' : 'handoff'),
  /** Time from a ticket to staff's first answer, to its close; `urgent`: emergencies only. */
  firstResponse: (bucket: number, urgent = false) => `firstResponse${urgent ? '|urgent' : ''}|b=${bucket}`,
  resolution: (bucket: number) => `resolution|b=${bucket}`,
  rating: (helped: boolean) => `rating=${helped ? 'helped' : 'notHelped'}`,
  /** Follow-ups offered at a case's close and accepted or declined; the outcomes people gave. */
  followUp: (accepted: boolean) => `followUp=${accepted ? 'accepted' : 'declined'}`,
  outcome: (outcome: CaseOutcome) => `outcome=${outcome}`,
} as const;

/** Every key's shape: a test checks the counters hold nothing else (no ids, no words a person wrote). */
export const ACTIVITY_KEY_SHAPE =
  /^(?:(?:turns|people|conversations)(?:\|ch=[a-z][a-z0-9-]{0,19})?(?:\|lang=(?:es|en|ht))?|(?:text|understood)(?:\|lang=(?:es|en|ht))?|missed=(?:unclear|outOfScope|notHelped)|(?:topic|served)=[a-z_]{1,40}|facet=[a-z_]{1,40}\.[a-z_]{1,40}|danger=(?:emergency|possible)|handoff(?:\|urgent)?|firstResponse(?:\|urgent)?\|b=\d{1,3}|resolution\|b=\d{1,3}|rating=(?:helped|notHelped)|followUp=(?:accepted|declined)|outcome=(?:resolved|waiting|needHelp))$/;

const BASE_MS = 10_000;
const RATIO = 1.1;
/** The last bucket holds everything past about 100 days. */
export const LAST_BUCKET = 130;

/** The bucket of a duration: the first i with ms ≤ 10 s · 1.1^i. */
export function bucketOf(ms: number): number {
  if (ms <= BASE_MS) return 0;
  return Math.min(LAST_BUCKET, Math.ceil(Math.log(ms / BASE_MS) / Math.log(RATIO) - 1e-9));
}

/** A bucket's upper bound, in ms. */
export const bucketUpperMs = (bucket: number): number => BASE_MS * RATIO ** bucket;

/** The q-quantile (0.5: median) of a histogram {bucket: count}, as its bucket's upper bound; null when empty. */
export function quantileMs(histogram: ReadonlyMap<number, number>, q: number): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = Math.ceil(q * total);
  let seen = 0;
  for (const bucket of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(bucket) ?? 0;
    if (seen >= rank) return bucketUpperMs(bucket);
  }
  return bucketUpperMs(LAST_BUCKET);
}

/** The day a turn counts in: the office's (office-clock.ts). */
export { dayOf } from './office-clock.ts';
