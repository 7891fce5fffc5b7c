/**
 * The WhatsApp Cloud API channel's settings, read from environment variables and validated
 * with zod: the access token, the phone number id, the app secret (to check webhook
 * signatures), the verify token (to answer Meta's webhook verification) and the Graph API
 * root (overridable so that tests talk to a local stub); the re-engagement template for the
 * 24-hour window and the number's throughput. A wrong value is refused with a message that
 * names the variable and says where to find the right one.
 */
import { z } from 'zod';
import { LANGS, type Lang } from '../../core/types.ts';

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
    .url('a URL such as https://graph.facebook.com/v21.0')
    .default('https://graph.facebook.com/v21.0')
    .transform((url) => url.replace(/\/+$/, '')),
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
});
export type WhatsAppCloudSettingsInput = z.input<typeof whatsappCloudSettingsSchema>;

export interface WhatsAppCloudSettings {
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
  /** Without a trailing slash: `${graphRoot}/${phoneNumberId}/messages`. */
  graphRoot: string;
  /** The approved re-engagement template, when the office made one. */
  reengagement?: { name: string; languages: Array<[Lang, string]> };
  /** Messages a second for the whole number. */
  perSecond: number;
}

/** Reads the settings from an environment (Node's, or a Worker's env); throws one error naming every wrong variable. */
export function readWhatsAppCloudSettings(env: Record<string, unknown>): WhatsAppCloudSettings {
  const parsed = whatsappCloudSettingsSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`WhatsApp Cloud API settings are not right:\n${lines.join('\n')}`);
  }
  const s = parsed.data;
  return {
    accessToken: s.WHATSAPP_CLOUD_ACCESS_TOKEN,
    phoneNumberId: s.WHATSAPP_CLOUD_PHONE_NUMBER_ID,
    appSecret: s.WHATSAPP_CLOUD_APP_SECRET,
    verifyToken: s.WHATSAPP_CLOUD_VERIFY_TOKEN,
    graphRoot: s.WHATSAPP_CLOUD_GRAPH_ROOT,
    ...(s.WHATSAPP_CLOUD_REENGAGE_TEMPLATE
      ? {
          reengagement: {
            name: s.WHATSAPP_CLOUD_REENGAGE_TEMPLATE,
            languages: s.WHATSAPP_CLOUD_REENGAGE_LANGUAGES,
          },
        }
      : {}),
    perSecond: s.WHATSAPP_CLOUD_PER_SECOND,
  };
}
