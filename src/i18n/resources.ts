/**
 * Every locale file, imported statically so the same bundle works on Node and Workers.
 * Adding a file: import it here for all three languages; the locales test checks keys.
 */
import enCommands from '../../locales/en/commands.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import enIntake from '../../locales/en/intake.json' with { type: 'json' };
import enTopics from '../../locales/en/topics.json' with { type: 'json' };
import esCommands from '../../locales/es/commands.json' with { type: 'json' };
import esCommon from '../../locales/es/common.json' with { type: 'json' };
import esIntake from '../../locales/es/intake.json' with { type: 'json' };
import esTopics from '../../locales/es/topics.json' with { type: 'json' };
import htCommands from '../../locales/ht/commands.json' with { type: 'json' };
import htCommon from '../../locales/ht/common.json' with { type: 'json' };
import htIntake from '../../locales/ht/intake.json' with { type: 'json' };
import htTopics from '../../locales/ht/topics.json' with { type: 'json' };
import type { Lang } from '../core/types.ts';

export const LOCALE_FILES = ['common', 'intake', 'topics', 'commands'] as const;

export const resources: Record<Lang, Record<(typeof LOCALE_FILES)[number], object>> = {
  es: { common: esCommon, intake: esIntake, topics: esTopics, commands: esCommands },
  en: { common: enCommon, intake: enIntake, topics: enTopics, commands: enCommands },
  ht: { common: htCommon, intake: htIntake, topics: htTopics, commands: htCommands },
};
