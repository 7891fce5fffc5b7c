/**
 * Who writes when: the demo's conversations planned before any turn runs, each from its own
 * seeded stream (random.ts). Days weigh more on weekdays and a little more as the months go
 * by; most people write during office hours, some in the evening; channels and languages in
 * the office's proportions (Spanish for most); and what each person came for.
 */
import type { Channel } from '../core/ports/channel.ts';
import type { Lang } from '../core/types.ts';
import { addDays, localDay, localInstant } from './office-time.ts';
import { createRandom, type Random } from './random.ts';

/** What a person came for: see people.ts for what each does. */
export type Purpose =
  | 'ask'
  | 'browse'
  | 'unclear'
  | 'human'
  | 'remains'
  | 'locate'
  | 'emergency'
  | 'pastDanger';

export interface PlannedConversation {
  /** 0-based number in the run. */
  n: number;
  channel: string;
  chatId: string;
  lang: Lang;
  purpose: Purpose;
  /** Epoch ms of the first message. */
  start: number;
  /** The conversation's own stream (what the person does and when). */
  random: Random;
}

export interface PlanOptions {
  seed: number;
  conversations: number;
  days: number;
  /** Epoch ms of local midnight of the first day (any instant of that day will do). */
  start: number;
  timeZone: string;
}

/**
 * The channels the demo's people write on, as the engine must know them: no delivery (nobody
 * reads the demo's replies), and how each shows choices, as the real channels do.
 */
export const DEMO_CHANNELS: readonly Channel[] = [
  { name: 'whatsapp-cloud', choices: 'buttons' },
  { name: 'web', choices: 'buttons' },
  { name: 'telegram', choices: 'buttons' },
];

const CHANNEL_WEIGHTS = { 'whatsapp-cloud': 50, web: 30, telegram: 20 } as const;
const LANG_WEIGHTS: Record<Lang, number> = { es: 85, en: 8, ht: 7 };
const PURPOSE_WEIGHTS: Record<Purpose, number> = {
  ask: 44,
  browse: 20,
  unclear: 9,
  human: 8,
  remains: 4,
  locate: 5,
  emergency: 3,
  pastDanger: 2,
};
/** Sunday … Saturday. */
const WEEKDAY_WEIGHTS = [0.35, 1, 1, 1, 1, 0.95, 0.5];

/** A chat id no real person has: the run's seed and the conversation's number. */
export const demoChatId = (seed: number, n: number) => `demo-${seed}-${String(n).padStart(5, '0')}`;

export function planConversations(options: PlanOptions): PlannedConversation[] {
  const { seed, days, timeZone } = options;
  const firstDay = localDay(options.start, timeZone);
  const calendar = Array.from({ length: days }, (_, i) => {
    const day = addDays(firstDay, i);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    // A little busier as the months go by.
    return { day, weight: (WEEKDAY_WEIGHTS[weekday] ?? 1) * (1 + (0.25 * i) / Math.max(1, days)) };
  });
  const total = calendar.reduce((sum, d) => sum + d.weight, 0);
  const planned: PlannedConversation[] = [];
  for (let n = 0; n < options.conversations; n++) {
    const random = createRandom(seed, n + 1);
    const day = dayAt(calendar, random.next() * total) ?? firstDay;
    const start = localInstant(day, minuteOfDay(random), timeZone) + random.int(0, 59) * 1000;
    const channel = random.weighted(CHANNEL_WEIGHTS);
    // Haitian people mostly write on WhatsApp, as the office sees them.
    const lang =
      channel === 'web' ? random.weighted({ es: 90, en: 8, ht: 2 }) : random.weighted(LANG_WEIGHTS);
    planned.push({
      n,
      channel,
      chatId: demoChatId(seed, n),
      lang,
      purpose: random.weighted(PURPOSE_WEIGHTS),
      start,
      random,
    });
  }
  return planned.sort((a, b) => a.start - b.start || a.n - b.n);
}

/** The day a roll in [0, total weight) falls on. */
function dayAt(calendar: readonly { day: string; weight: number }[], roll: number): string | undefined {
  let left = roll;
  for (const { day, weight } of calendar) {
    left -= weight;
    if (left < 0) return day;
  }
  return calendar.at(-1)?.day;
}

/** Most people write during office hours (9–17); some early or in the evening. */
function minuteOfDay(random: Random): number {
  const when = random.weighted({ office: 68, early: 7, evening: 22, night: 3 });
  if (when === 'office') return random.int(9 * 60, 17 * 60 - 1);
  if (when === 'early') return random.int(7 * 60, 9 * 60 - 1);
  if (when === 'evening') return random.int(17 * 60, 22 * 60 - 1);
  return random.int(22 * 60, 24 * 60 - 1);
}
