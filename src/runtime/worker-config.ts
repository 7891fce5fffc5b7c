/**
 * The Worker's settings: `vars` in wrangler.toml and secrets set with `wrangler secret put`,
 * validated with zod on the first request. A wrong or missing value answers every request
 * with a message naming the setting and how to fix it, instead of failing at random later.
 */
import { z } from 'zod';
import { publicUrlSetting } from '../channels/web/widget.ts';
import { limitSettingsShape } from '../http/limits/settings.ts';
import { frameAncestorsSetting } from '../http/security/frame-ancestors.ts';

const flag = z.enum(['true', 'false']);

export const workerConfigSchema = z.object({
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/, 'looks like 123456789:AA… (from @BotFather)')
    .optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "16–256 letters, digits, _ or - (Telegram's rule for secret_token)")
    .optional(),
  TELEGRAM_API_ROOT: z.url('a URL such as https://api.telegram.org').default('https://api.telegram.org'),
  SESSION_SECRET: z.string().min(32, 'at least 32 random characters (`openssl rand -hex 32`)'),
  /** The JSON that `npm run staff` writes to data/staff.json. */
  STAFF_ACCOUNTS: z.string().default('{"accounts":[]}'),
  COOKIE_SECURE: flag.default('true'),
  WEB_CHAT_FRAME_ANCESTORS: frameAncestorsSetting,
  // The chat's address widget.js frames; without it, the address the browser loaded widget.js from.
  PUBLIC_URL: publicUrlSetting.optional(),
  IDLE_MINUTES: z.coerce.number().positive().default(30),
  RETENTION_DAYS: z.coerce.number().positive().default(90),
  // The dashboard's daily counters (no personal data) outlive conversations: three years by default.
  ACTIVITY_RETENTION_DAYS: z.coerce.number().int().positive().default(1095),
  METRICS_TOKEN: z.string().min(16, 'at least 16 random characters (`openssl rand -hex 16`)').optional(),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(3).max(100).default(10),
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().positive().max(1440).default(15),
  HANDOFF_ALERT_MINUTES: z.coerce.number().positive().default(10),
  // An emergency nobody took is alerted again this soon, and every period (src/engine/reminders.ts).
  URGENT_REALERT_MINUTES: z.coerce.number().min(0.5).max(60).default(3),
  // Rate limits (src/http/limits/settings.ts); the client's address is Cloudflare's cf-connecting-ip.
  ...limitSettingsShape,
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;

export function readWorkerConfig(env: Record<string, unknown>): WorkerConfig {
  const strings = Object.fromEntries(
    Object.entries(env).filter(([, v]) => typeof v === 'string' && v !== ''),
  );
  const parsed = workerConfigSchema.safeParse(strings);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(
      `Invalid Worker settings (vars in wrangler.toml; secrets with \`npx wrangler secret put NAME\`):\n${lines.join('\n')}`,
    );
  }
  const config = parsed.data;
  if (config.TELEGRAM_BOT_TOKEN && !config.TELEGRAM_WEBHOOK_SECRET)
    throw new Error(
      'TELEGRAM_BOT_TOKEN is set but TELEGRAM_WEBHOOK_SECRET is not: set it with `npx wrangler secret put TELEGRAM_WEBHOOK_SECRET` and give the same value to setWebhook.',
    );
  return config;
}
