/**
 * The WhatsApp Cloud API channel's settings, read from environment variables and validated
 * with zod: the access token, the phone number id, the app secret (to check webhook
 * signatures), the verify token (to answer Meta's webhook verification), the Graph API root
 * (overridable so that tests talk to a local stub) and version, and how long a call may take;
 * the re-engagement template for the 24-hour window, the number's throughput and the largest
 * webhook body read. A wrong value is refused with a message that names the variable and
 * says where to find the right one.
 */
import { z } from 'zod';
import { LANGS, type Lang } from '../../core/types.ts';
import { GRAPH_TIMEOUT_MS } from './graph-client.ts';
import { WHATSAPP_CLOUD_MAX_BODY } from './webhook.ts';

/**
 * The newest Graph API version Meta lists (developers.facebook.com/docs/graph-api/changelog/
 * versions: v26.0, released July 29, 2026). Meta retires each version about two years after
 * the next one comes out (v21.0 in January 2027): move this on when Meta lists a newer one.
 */
export const GRAPH_VERSION = 'v26.0';
const VERSION = /^v\d{1,3}\.\d$/;
/** A root written with its version at the end, as this setting used to be ("…/v21.0"). */
const VERSIONED_ROOT = /\/(v\d{1,3}\.\d)$/;

/** "es=es_MX,en=en_US": our language = the template's approved language code. */
const languagesSchema = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const pairs: Array<[Lang, string]> = [];
    for (const part of text
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const [ours, code] = part.split('=').map((p) => p.trim());
      if (!LANGS.includes(ours as Lang) || !code || !/^[a-z]{2,3}(_[A-Z]{2})?$/.test(code)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${part}" is not LANG=CODE (LANG one of ${LANGS.join(', ')}, CODE as approved in WhatsApp Manager, e.g. es=es_MX,en=en_US)`,
        });
        return z.NEVER;
      }
      pairs.push([ours as Lang, code]);
    }
    if (pairs.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'list at least one language, e.g. es=es_MX' });
      return z.NEVER;
    }
    return pairs;
  });

export const whatsappCloudSettingsSchema = z.object({
  WHATSAPP_CLOUD_ACCESS_TOKEN: z
    .string({
      error: 'missing: a system user access token (Meta Business Settings → System users → Generate token)',
    })
    .trim()
    .regex(
      /^[A-Za-z0-9_.-]{20,1024}$/,
      'a system user access token from Meta Business Settings → System users (letters and digits, usually starting with EAA)',
    ),
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: z
    .string({ error: 'missing: the phone number id (WhatsApp Manager → API Setup → Phone number ID)' })
    .trim()
    .regex(
      /^\d{5,30}$/,
      'the phone number id, digits only (WhatsApp Manager → API Setup), not the phone number itself',
    ),
  WHATSAPP_CLOUD_APP_SECRET: z
    .string({
      error:
        'missing: the app secret (developers.facebook.com → your app → App settings → Basic → App secret)',
    })
    .trim()
    .regex(/^[A-Za-z0-9]{16,128}$/, 'the app secret from App settings → Basic (32 hexadecimal characters)'),
  WHATSAPP_CLOUD_VERIFY_TOKEN: z
    .string({
      error:
        'missing: a verify token you choose (`openssl rand -hex 16`), also typed in the webhook settings',
    })
    .regex(
      /^[\x21-\x7e]{16,256}$/,
      "at least 16 characters without spaces (`openssl rand -hex 16`); the same value goes in the app's webhook settings",
    ),
  WHATSAPP_CLOUD_GRAPH_ROOT: z
    .url('a URL such as https://graph.facebook.com')
    .default('https://graph.facebook.com')
    .transform((url) => url.replace(/\/+$/, '')),
  WHATSAPP_CLOUD_GRAPH_VERSION: z
    .string()
    .trim()
    .regex(VERSION, `a Graph API version such as ${GRAPH_VERSION} (Meta's changelog lists the current ones)`)
    .optional(),
  WHATSAPP_CLOUD_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1_000, 'at least 1000 (one second): Meta often takes a few hundred milliseconds')
    .max(120_000, "at most 120000 (two minutes): a longer wait holds the person's later replies")
    .default(GRAPH_TIMEOUT_MS),
  WHATSAPP_CLOUD_REENGAGE_TEMPLATE: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9_]{1,512}$/,
      'the template name exactly as approved in WhatsApp Manager (lowercase, digits, _)',
    )
    .optional(),
  WHATSAPP_CLOUD_REENGAGE_LANGUAGES: languagesSchema.default([['es', 'es_MX']]),
  WHATSAPP_CLOUD_PER_SECOND: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000, 'at most 1000, the highest throughput Meta gives a number; 80 unless Meta raised yours')
    .default(80),
  WHATSAPP_CLOUD_MAX_BODY_KB: z.coerce
    .number()
    .int()
    .min(64, 'at least 64 (KiB): one delivery of the longest text must fit')
    .max(3072, "at most 3072 (KiB), Meta's largest webhook")
    .default(WHATSAPP_CLOUD_MAX_BODY / 1024),
});
export type WhatsAppCloudSettingsInput = z.input<typeof whatsappCloudSettingsSchema>;

export interface WhatsAppCloudSettings {
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
  /** With the version, without a trailing slash: `${graphRoot}/${phoneNumberId}/messages`. */
  graphRoot: string;
  /** The Graph API version in graphRoot ("v26.0"). */
  graphVersion: string;
  /** Longest wait for one Graph API call, ms. */
  timeoutMs: number;
  /** The approved re-engagement template, when the office made one. */
  reengagement?: { name: string; languages: Array<[Lang, string]> };
  /** Messages a second for the whole number. */
  perSecond: number;
  /** The largest webhook body read, in bytes. */
  maxBody: number;
}

/** Reads the settings from an environment (Node's, or a Worker's env); throws one error naming every wrong variable. */
export function readWhatsAppCloudSettings(env: Record<string, unknown>): WhatsAppCloudSettings {
  const parsed = whatsappCloudSettingsSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`WhatsApp Cloud API settings are not right:\n${lines.join('\n')}`);
  }
  const s = parsed.data;
  // A version given on its own wins; else the one an older root carries; else the current one.
  const rootVersion = VERSIONED_ROOT.exec(s.WHATSAPP_CLOUD_GRAPH_ROOT)?.[1];
  const graphVersion = s.WHATSAPP_CLOUD_GRAPH_VERSION ?? rootVersion ?? GRAPH_VERSION;
  const root = s.WHATSAPP_CLOUD_GRAPH_ROOT.replace(VERSIONED_ROOT, '');
  return {
    accessToken: s.WHATSAPP_CLOUD_ACCESS_TOKEN,
    phoneNumberId: s.WHATSAPP_CLOUD_PHONE_NUMBER_ID,
    appSecret: s.WHATSAPP_CLOUD_APP_SECRET,
    verifyToken: s.WHATSAPP_CLOUD_VERIFY_TOKEN,
    graphRoot: `${root}/${graphVersion}`,
    graphVersion,
    timeoutMs: s.WHATSAPP_CLOUD_TIMEOUT_MS,
    ...(s.WHATSAPP_CLOUD_REENGAGE_TEMPLATE
      ? {
          reengagement: {
            name: s.WHATSAPP_CLOUD_REENGAGE_TEMPLATE,
            languages: s.WHATSAPP_CLOUD_REENGAGE_LANGUAGES,
          },
        }
      : {}),
    perSecond: s.WHATSAPP_CLOUD_PER_SECOND,
    maxBody: s.WHATSAPP_CLOUD_MAX_BODY_KB * 1024,
  };
}
