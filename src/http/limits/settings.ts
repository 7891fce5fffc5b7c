/**
 * The rate-limit settings both servers read (config.node.ts, worker-config.ts), as zod
 * fields with their defaults: a rate is written "COUNT/WINDOW" ("20/1m", "120/30s", "30/1h").
 * The per-address defaults leave room for the many people behind one address (a shelter's
 * Wi-Fi, a mobile carrier's shared address: 60 people starting a chat in 10 minutes all get
 * in) and lean on the per-conversation and office-wide budgets to stop a script.
 */
import { z } from 'zod';

export interface Rate {
  points: number;
  seconds: number;
}

const UNIT_SECONDS = { s: 1, m: 60, h: 3600 } as const;

/** A "COUNT/WINDOW" setting, e.g. "20/1m"; the window is whole seconds, minutes or hours. */
export const rateSchema = z
  .string()
  .regex(/^\d{1,6}\/\d{1,4}[smh]$/, 'COUNT/WINDOW, such as 20/1m, 120/30s or 30/1h')
  .transform((text): Rate => {
    const [count = '0', window = '1m'] = text.split('/');
    const unit = window.slice(-1) as keyof typeof UNIT_SECONDS;
    return { points: Number(count), seconds: Number(window.slice(0, -1)) * UNIT_SECONDS[unit] };
  })
  .refine((rate) => rate.points > 0 && rate.seconds > 0, 'a count and a window above 0');

/** The settings' fields, spread into each server's own schema. */
export const limitSettingsShape = {
  /** "off" turns every rate limit off (a benchmark, a trusted network); body limits stay. */
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  /** Web chat messages from one address (every conversation on it together). */
  RATE_LIMIT_ADDRESS: rateSchema.default({ points: 600, seconds: 60 }),
  /** Messages in one conversation: a web chat, a Telegram or WhatsApp chat. */
  RATE_LIMIT_CONVERSATION: rateSchema.default({ points: 20, seconds: 60 }),
  /** New web chat conversations started from one address. */
  RATE_LIMIT_NEW_CONVERSATIONS: rateSchema.default({ points: 100, seconds: 600 }),
  /** New web chat conversations started from all addresses together: the office-wide budget. */
  RATE_LIMIT_NEW_CONVERSATIONS_ALL: rateSchema.default({ points: 600, seconds: 600 }),
  /** Urgent alerts for conversations started from one address within this many minutes ring once. */
  URGENT_GROUP_MINUTES: z.coerce.number().positive().max(1440).default(10),
};

const settingsSchema = z.object(limitSettingsShape);
export type LimitSettings = z.infer<typeof settingsSchema>;

/** The defaults, for tests and tools that build a server without reading settings. */
export const defaultLimitSettings = (): LimitSettings => settingsSchema.parse({});
