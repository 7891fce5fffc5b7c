/**
 * Settings from environment variables, validated with zod at start-up. A wrong value stops
 * the process with a message that names the variable and says what it expects.
 */
import { z } from 'zod';
import { publicUrlSetting } from '../channels/web/widget.ts';
import { limitSettingsShape } from '../http/limits/settings.ts';
import { DEFAULT_TURN_GATE } from '../http/limits/turn-gate.ts';
import { frameAncestorsSetting } from '../http/security/frame-ancestors.ts';

const configSchema = z
  .object({
    TELEGRAM_BOT_TOKEN: z
      .string()
      .regex(/^\d+:[\w-]{20,}$/, 'looks like 123456789:AA… (from @BotFather)')
      .optional(),
    TELEGRAM_API_ROOT: z.url('a URL such as https://api.telegram.org').default('https://api.telegram.org'),
    TELEGRAM_MODE: z.enum(['polling', 'webhook']).default('polling'),
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, "16–256 letters, digits, _ or - (Telegram's rule for secret_token)")
      .optional(),
    TELEGRAM_STAFF_CHAT_ID: z.coerce
      .number()
      .int()
      .negative('a supergroup id, negative, such as -1001234567890')
      .optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    IDLE_MINUTES: z.coerce.number().positive().default(30),
    SESSION_SECRET: z
      .string()
      .min(32, 'at least 32 random characters (e.g. `openssl rand -hex 32`)')
      .optional(),
    COOKIE_SECURE: z.enum(['true', 'false']).optional(),
    // Sites that may show the web chat in a frame (widget.js); its own origin only by default.
    WEB_CHAT_FRAME_ANCESTORS: frameAncestorsSetting,
    // The chat's address widget.js frames; without it, the address the browser loaded widget.js from.
    PUBLIC_URL: publicUrlSetting.optional(),
    KNOWLEDGE_DIR: z.string().min(1).default('knowledge'),
    STAFF_FILE: z.string().min(1).default('data/staff.json'),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379')
      .optional(),
    KEY_PREFIX: z
      .string()
      .regex(/^[\w.:-]{1,64}$/, 'letters, digits, and . : _ - (e.g. enlace:durango:)')
      .default('enlace:'),
    RETENTION_DAYS: z.coerce.number().positive().default(90),
    // The dashboard's daily counters (no personal data) outlive conversations: three years by default.
    ACTIVITY_RETENTION_DAYS: z.coerce.number().int().positive().default(1095),
    METRICS_TOKEN: z.string().min(16, 'at least 16 random characters (`openssl rand -hex 16`)').optional(),
    // The staff login's throttle (src/staff/login-throttle.ts): failures before a lockout, and its length.
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(3).max(100).default(10),
    LOGIN_LOCKOUT_MINUTES: z.coerce.number().positive().max(1440).default(15),
    MEMORY_MAX_CONVERSATIONS: z.coerce.number().int().min(100).default(50_000),
    REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
    // A burst past these is refused with 503 at the edge (src/http/limits/turn-gate.ts), not inside turns.
    MAX_TURNS_IN_FLIGHT: z.coerce.number().int().min(1).max(100_000).default(DEFAULT_TURN_GATE.inFlight),
    MAX_TURNS_WAITING: z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_TURN_GATE.waiting),
    // This instance's name in the intake's consumer group: the same across its restarts, so it
    // takes back what it had in hand (default: host name and port).
    INTAKE_CONSUMER: z
      .string()
      .regex(/^[\w.:-]{1,100}$/, 'letters, digits, and . : _ - (e.g. web-1)')
      .optional(),
    HANDOFF_ALERT_MINUTES: z.coerce.number().positive().default(10),
    // An emergency nobody took is alerted again this soon, and every period (src/engine/reminders.ts).
    URGENT_REALERT_MINUTES: z.coerce.number().min(0.5).max(60).default(3),
    WHATSAPP_ENABLED: z.enum(['true', 'false']).default('false'),
    WHATSAPP_DATA_DIR: z.string().min(1).default('data/whatsapp'),
    WHATSAPP_CHROMIUM_PATH: z.string().min(1).optional(),
    // WhatsApp bans numbers that act like bots: a person-like pace by default.
    WHATSAPP_CHAT_GAP_MS: z.coerce.number().int().min(0).max(60_000).default(1_200),
    WHATSAPP_PER_MINUTE: z.coerce.number().positive().max(600).default(40),
    // Rate limits (src/http/limits/settings.ts) and where the client's address is read.
    ...limitSettingsShape,
    CLIENT_IP_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,64}$/, 'the header your reverse proxy sets, such as x-forwarded-for')
      .optional(),
  })
  .refine((c) => c.TELEGRAM_MODE !== 'webhook' || c.TELEGRAM_WEBHOOK_SECRET, {
    message: 'TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_SECRET (the secret_token given to setWebhook)',
    path: ['TELEGRAM_WEBHOOK_SECRET'],
  });
export type Config = z.infer<typeof configSchema>;

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty variables count as unset, as they do in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || 'config'}: ${i.message}`);
    throw new Error(`Invalid settings (see docs/configuration.md):\n${lines.join('\n')}`);
  }
  return result.data;
}
