/**
 * `node scripts/compare-dialogue.ts [settings.json]`: how well each way of reading follow-ups
 * names what a message does, on writers it never learnt from. Each writer of
 * knowledge/training/dialogue/ is held out in turn; fastText learns from the others and the
 * phrase lists, and is scored on the held-out writer; the hand rules (today's understanding,
 * given the same situation) are scored on the same messages. Prints accuracy overall, per
 * language and per act, and the most frequent confusions. Build-time tool: needs `fasttext`.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fieldsOf } from '../flows/intake-forms.ts';
import type { DialogueContext, Meaning } from '../src/core/types.ts';
import { loadKnowledge } from '../src/knowledge/load-knowledge.node.ts';
import type { DialogueExample } from '../src/understanding/dialogue-examples.ts';
import { createActReader, type DialogueSituation } from '../src/understanding/dialogue-model.ts';
import { labelDialogueExamples, signalExamples, topicOf } from '../src/understanding/dialogue-training.ts';
import { foldedWords } from '../src/understanding/fold.ts';
import { readDialogueExamples } from '../src/understanding/read-dialogue-training.node.ts';
import { createReadingTools } from '../src/understanding/reading-tools.ts';
import {
  DIALOGUE_FASTTEXT,
  DIALOGUE_MIN_ROW_WEIGHT,
  trainFastText,
} from '../src/understanding/train-fasttext.node.ts';
import { createUnderstanding } from '../src/understanding/understand.ts';

const settings = process.argv[2]
  ? { ...DIALOGUE_FASTTEXT, ...JSON.parse(await readFile(process.argv[2], 'utf8')) }
  : DIALOGUE_FASTTEXT;
const knowledge = await loadKnowledge('knowledge');
const tools = createReadingTools(knowledge);
const understand = createUnderstanding(knowledge, { rulesOnly: true });
const signals = signalExamples(knowledge.dialogueSignals);
const writers = await readDialogueExamples('knowledge');
const names = [...new Set(writers.map((e) => e.writer))];

/** The flow's dialogue context for a situation, as the engine would give it. */
function contextOf(e: DialogueExample): DialogueContext {
  const topic = e.topic ?? null;
  const base = { topic, asked: null, offered: null, form: null, withStaff: false, emergency: false };
  const kinds: Record<DialogueSituation, Partial<DialogueContext>> = {
    answered: {},
    offered_person: { asked: 'yesno', offered: 'staff' },
    offered_form: { asked: 'yesno', offered: 'intake' },
    menu: { topic: null },
    summary: { asked: 'summary', form: { kind: 'locate', fields: fieldsOf('locate') } },
    queued: { withStaff: true },
    emergency: { emergency: true, withStaff: true },
    closed: { asked: 'yesno' },
  };
  return { ...base, ...kinds[e.ctx] } as DialogueContext;
}

/** What today's rules say the message does, in the writers' labels. */
function ruleAct(m: Meaning, e: DialogueExample): string {
  if (m.emergency) return 'danger';
  if (m.caseQuery) return 'wait';
  const byAct: Partial<Record<Meaning['act'], string>> = {
    yes: 'yes',
    no: 'no',
    notHelped: 'complaint',
    when: 'wait',
    cannotCall: 'cannot_call',
    correction: 'correction',
    greeting: 'greeting',
    thanks: 'thanks',
  };
  const named = byAct[m.act];
  if (named) return named;
  if (m.topic === 'human') return 'person';
  if (m.act === 'followUp' || (m.act === 'topic' && m.topic === e.topic))
    return m.facets[0] ? `ask_${m.facets[0]}` : 'ask_other';
  if (m.act === 'topic') return 'new_topic';
  return 'unclear';
}

type Tally = Map<string, { right: number; all: number }>;
const add = (t: Tally, key: string, ok: boolean) => {
  const v = t.get(key) ?? { right: 0, all: 0 };
  v.all++;
  if (ok) v.right++;
  t.set(key, v);
};
const tallies = { model: new Map() as Tally, rules: new Map() as Tally };
const confusions = new Map<string, number>();

for (const held of names) {
  const train = [...signals, ...writers.filter((e) => e.writer !== held)];
  const { model } = trainFastText(
    labelDialogueExamples(train, tools),
    { examples: train.length, hash: 'compare' },
    settings,
    process.env.MIN_ROW ? Number(process.env.MIN_ROW) : DIALOGUE_MIN_ROW_WEIGHT,
  );
  if (held === names[0])
    console.log(`model: ${(gzipSync(JSON.stringify(model)).length / 1024).toFixed(0)} KiB gzipped`);
  const readAct = createActReader(model, tools.glossary);
  for (const e of writers.filter((w) => w.writer === held)) {
    const got = readAct(e.text, e.ctx, tools.cuesOf(e.text, foldedWords(e.text), e.lang, topicOf(e))).act;
    const rule = ruleAct(understand(e.text, e.lang, contextOf(e)), e);
    for (const key of ['all', e.lang, e.act, `writer ${held}`]) {
      add(tallies.model, key, got === e.act);
      add(tallies.rules, key, rule === e.act);
    }
    if (got !== e.act) confusions.set(`${e.act} → ${got}`, (confusions.get(`${e.act} → ${got}`) ?? 0) + 1);
  }
}

const share = (t: Tally, key: string) => {
  const v = t.get(key);
  return v ? `${(v.right / v.all).toFixed(3)} (${v.all})` : '—';
};
console.log(`settings: ${JSON.stringify(settings)}`);
console.log('| | fastText, writer held out | hand rules |\n|---|---|---|');
for (const key of tallies.model.keys())
  console.log(`| ${key} | ${share(tallies.model, key)} | ${share(tallies.rules, key)} |`);
console.log('\nmost frequent confusions (model):');
for (const [pair, n] of [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`  ${n}  ${pair}`);
