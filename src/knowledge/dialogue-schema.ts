/**
 * The format of knowledge/signals/dialogue.yaml: how people answer and follow up, in each
 * language (yes, no, "did not help", the wait, a person, facets, a language asked for, places,
 * a form's fields and what their values look like), read by src/understanding/dialogue.ts.
 */
import { z } from 'zod';
import { FACETS } from '../core/types.ts';

const perLangList = z.object({
  es: z.array(z.string().min(1)),
  en: z.array(z.string().min(1)),
  ht: z.array(z.string().min(1)),
});

/** What a form field's value looks like (understanding/form-values.ts). */
export const FIELD_KINDS = ['date', 'place', 'origin', 'name', 'relation', 'contact', 'situation'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const dialogueSignalsSchema = z
  .object({
    yes: perLangList,
    conditional: z.array(z.string().min(1)),
    negatedStatement: z.array(z.string().min(1)),
    no: perLangList,
    notHelped: perLangList,
    safe: perLangList,
    worse: perLangList,
    negations: z.array(z.string().min(1)),
    helping: z.array(z.string().min(1)),
    when: perLangList,
    thanks: perLangList,
    person: perLangList,
    personOrBot: perLangList,
    another: perLangList,
    officeHours: perLangList,
    askToAsk: perLangList,
    askToAskAround: z.array(z.string().min(1)),
    cannotCall: perLangList,
    again: perLangList,
    caseStatus: perLangList,
    more: perLangList,
    languageNames: perLangList,
    languageAsks: z.array(z.string().min(1)),
    languageBefore: z.array(z.string().min(1)),
    languagePolite: z.array(z.string().min(1)),
    languageNotAsks: z.array(z.string().min(1)),
    languageNotUnderstood: z.array(z.string().min(1)),
    languageYou: z.array(z.string().min(1)),
    placeWords: z.array(z.string().min(1)),
    placeLinks: z.array(z.string().min(1)),
    facets: z.record(z.enum(FACETS), perLangList),
    fields: z.record(
      z.string().min(1),
      z
        .object({
          kind: z.enum(FIELD_KINDS),
          names: z.array(z.string().min(1)),
          hints: z.array(z.string().min(1)),
        })
        .strict(),
    ),
  })
  .strict();
export type DialogueSignals = z.infer<typeof dialogueSignalsSchema>;
