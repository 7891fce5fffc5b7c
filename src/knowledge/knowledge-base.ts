/**
 * Builds the in-memory knowledge base from the raw text of the files under knowledge/.
 * Pure and runtime-neutral: the Node loader reads the files, a Workers build will bundle
 * them; both hand the same strings here. Every file is validated with its zod schema.
 */
import { KnowledgeError } from './knowledge-error.ts';
import { type LearnedModel, learnedModelSchema } from './model-schema.ts';
import { type Entry, parseEntry } from './parse-entry.ts';
import { parseYamlFile } from './parse-yaml-file.ts';
import {
  type DialogueSignals,
  dialogueSignalsSchema,
  type EmergencySignals,
  emergencySignalsSchema,
  type Glossary,
  glossarySchema,
  type Lang,
  type LanguageSignals,
  languageSignalsSchema,
  type Office,
  type OfficeExample,
  type OutOfScope,
  officeExamplesSchema,
  officeSchema,
  outOfScopeSchema,
  type PlaceSignals,
  placeSignalsSchema,
  type SourceDocument,
  sourcesFileSchema,
  type TopicId,
} from './schema.ts';

/** The raw files, as text, keyed by their path relative to the knowledge folder. */
export interface KnowledgeFiles {
  office: string;
  sources: string;
  glossary: string;
  emergencySignals: string;
  languageSignals: string;
  outOfScope: string;
  dialogueSignals: string;
  /** signals/places.yaml: towns by state (absent: no town is known). */
  placeSignals?: string;
  /** examples.yaml: messages staff filed under a topic from the review list (none yet: absent). */
  examples?: string;
  /** The learned model, as JSON (model/understanding.json). */
  model: string;
  /** The learned dialogue model, as JSON (model/dialogue.json). */
  dialogueModel: string;
  /**
   * style/ht.yaml, style/readability.yaml and style/terms.yaml: only knowledge:check reads them
   * (check-style.ts, check-readability.ts, check-terms.ts), so the Workers bundle leaves them out.
   */
  styleHt?: string;
  readability?: string;
  terms?: string;
  /** topics/<id>/<lang>.md files. */
  entries: ReadonlyArray<{ file: string; text: string }>;
}

export interface Knowledge {
  office: Office;
  documents: ReadonlyMap<string, SourceDocument>;
  glossary: Glossary;
  emergencySignals: EmergencySignals;
  languageSignals: LanguageSignals;
  /** Example messages that no topic should answer. */
  outOfScope: OutOfScope;
  /** How people answer and follow up: yes, no, "did not help", facets, form fields. */
  dialogueSignals: DialogueSignals;
  /** Towns and cities of other states, by state: what the sources say of a state answers someone from there. */
  placeSignals: PlaceSignals;
  /** The classifier trained on knowledge/training (understanding/learned-model.ts). */
  model: LearnedModel;
  /** What a follow-up does, trained on knowledge/training/dialogue (understanding/dialogue-model.ts). */
  dialogueModel: LearnedModel;
  /** Messages staff filed under a topic (or `none`) from the review list. */
  officeExamples: readonly OfficeExample[];
  entries: readonly Entry[];
  /** The entry for a topic in a language, or undefined when the base has none. */
  entry(topic: TopicId, lang: Lang): Entry | undefined;
}

export const KNOWLEDGE_PATHS = {
  office: 'office.yaml',
  sources: 'sources.yaml',
  glossary: 'glossary.yaml',
  emergencySignals: 'signals/emergency.yaml',
  languageSignals: 'signals/language.yaml',
  outOfScope: 'signals/out-of-scope.yaml',
  dialogueSignals: 'signals/dialogue.yaml',
  examples: 'examples.yaml',
  model: 'model/understanding.json',
  dialogueModel: 'model/dialogue.json',
  styleHt: 'style/ht.yaml',
  readability: 'style/readability.yaml',
  terms: 'style/terms.yaml',
  placeSignals: 'signals/places.yaml',
} as const;

/** The learned model (written by `npm run train`) and the examples it learns from. */
export const MODEL_PATH = KNOWLEDGE_PATHS.model;
export const DIALOGUE_MODEL_PATH = KNOWLEDGE_PATHS.dialogueModel;
export const TRAINING_DIR = 'training';
export const DIALOGUE_TRAINING_DIR = 'training/dialogue';

function parseModel(text: string, path: string = MODEL_PATH): LearnedModel {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new KnowledgeError(path, 'is not valid JSON: run `npm run train` to write it again.');
  }
  const result = learnedModelSchema.safeParse(data);
  if (!result.success)
    throw new KnowledgeError(
      path,
      `does not match the model format (${result.error.issues[0]?.message}): run \`npm run train\` to write it again.`,
    );
  return result.data;
}

const ENTRY_PATH = /(?:^|\/)topics\/([a-z_]+)\/(es|en|ht)\.md$/;

export function buildKnowledge(files: KnowledgeFiles): Knowledge {
  const office = parseYamlFile(KNOWLEDGE_PATHS.office, files.office, officeSchema);
  const sources = parseYamlFile(KNOWLEDGE_PATHS.sources, files.sources, sourcesFileSchema);
  const glossary = parseYamlFile(KNOWLEDGE_PATHS.glossary, files.glossary, glossarySchema);
  const emergencySignals = parseYamlFile(
    KNOWLEDGE_PATHS.emergencySignals,
    files.emergencySignals,
    emergencySignalsSchema,
  );
  const languageSignals = parseYamlFile(
    KNOWLEDGE_PATHS.languageSignals,
    files.languageSignals,
    languageSignalsSchema,
  );
  const outOfScope = parseYamlFile(KNOWLEDGE_PATHS.outOfScope, files.outOfScope, outOfScopeSchema);
  const dialogueSignals = parseYamlFile(
    KNOWLEDGE_PATHS.dialogueSignals,
    files.dialogueSignals,
    dialogueSignalsSchema,
  );

  const placeSignals = parseYamlFile(
    KNOWLEDGE_PATHS.placeSignals,
    files.placeSignals ?? 'states: {}',
    placeSignalsSchema,
  );

  const entries = files.entries.map(({ file, text }) => {
    const entry = parseEntry(file, text);
    const where = ENTRY_PATH.exec(file);
    if (!where || where[1] !== entry.id || where[2] !== entry.lang) {
      throw new KnowledgeError(
        file,
        `a topic file lives at topics/${entry.id}/${entry.lang}.md (its id and lang)`,
      );
    }
    return entry;
  });
  const byKey = new Map(entries.map((e) => [`${e.id}:${e.lang}`, e]));
  // Topics are the folders present: a name that points elsewhere is a typo.
  const topics = new Set(entries.map((e) => e.id));
  for (const entry of entries)
    for (const other of entry.related)
      if (!topics.has(other))
        throw new KnowledgeError(entry.file, `related names "${other}", which is not a topic folder`);
  for (const term of glossary.terms)
    for (const topic of term.topics)
      if (!topics.has(topic))
        throw new KnowledgeError(
          KNOWLEDGE_PATHS.glossary,
          `the term "${term.id}" points to "${topic}", which is not a topic folder`,
        );

  const officeExamples = parseYamlFile(
    KNOWLEDGE_PATHS.examples,
    files.examples ?? 'examples: []',
    officeExamplesSchema,
  ).examples;
  checkExampleTopics(officeExamples, topics);

  return {
    office,
    documents: new Map(sources.documents.map((d) => [d.seed, d])),
    glossary,
    emergencySignals,
    languageSignals,
    outOfScope,
    dialogueSignals,
    placeSignals,
    model: parseModel(files.model),
    dialogueModel: parseModel(files.dialogueModel, DIALOGUE_MODEL_PATH),
    officeExamples,
    entries,
    entry: (topic, lang) => byKey.get(`${topic}:${lang}`),
  };
}

/** Every filed example names a topic folder, or `none`. */
export function checkExampleTopics(examples: readonly OfficeExample[], topics: ReadonlySet<string>) {
  examples.forEach((example, i) => {
    if (example.topic !== 'none' && !topics.has(example.topic))
      throw new KnowledgeError(
        KNOWLEDGE_PATHS.examples,
        `example ${i + 1} ("${example.text.slice(0, 40)}") is filed under "${example.topic}", which is not a topic folder: use a folder name from topics/, or none`,
      );
  });
}

/** Each topic's title in each language (the Spanish one where a language has no entry), for staff pages. */
export function topicTitles(
  knowledge: Pick<Knowledge, 'entries'>,
): Array<{ id: string; title: Record<Lang, string> }> {
  const byId = new Map<string, Partial<Record<Lang, string>>>();
  for (const entry of knowledge.entries)
    byId.set(entry.id, { ...byId.get(entry.id), [entry.lang]: entry.title });
  return [...byId].map(([id, titles]) => {
    const fallback = titles.es ?? titles.en ?? titles.ht ?? id;
    return { id, title: { es: titles.es ?? fallback, en: titles.en ?? fallback, ht: titles.ht ?? fallback } };
  });
}
