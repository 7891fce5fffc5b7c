/**
 * Where a profiled turn's time goes, by stage (docs/turn-profile.md): reads the
 * `.cpuprofile` files `node --cpu-prof` wrote and gives each sample to the stage of the
 * innermost frame that belongs to one (a frame in src/core, in Node or native, such as
 * JSON.stringify, counts for whoever called it). Prints a Markdown table of shares.
 * Usage: node src/bench/profile-stages.ts [--per MESSAGES] FILE.cpuprofile [...]; with --per,
 * each stage's time is also given in µs per message (the profiled pass's message count).
 */
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Understanding by part (issue 32 asks for patterns, language, model and glossary apart), by
 * the file of the innermost frame; what none of them names is the dialogue rules and glue.
 */
const UNDERSTANDING = '/src/understanding/';
const PARTS: Array<[string, RegExp]> = [
  [
    'patterns',
    /\/(detect-emergency|any-pattern|pattern-anchors|danger-over|after-calm|follow-up-emergency)\.ts/,
  ],
  ['language', /\/(detect-language|language-request|greeting-prefix)\.ts/],
  ['model', /\/(learned-model|features|classify-learned|classify-topic|dialogue-model|score)\.ts/],
  ['glossary', /\/glossary-terms\.ts/],
  ['passage search', /\/(answer-search|passage-lookup|passage-tally)\.ts/],
  ['folding', /\/fold\.ts/],
];

/** The first rule a frame matches names its stage; order matters (outbound.ts is render). */
const STAGES: Array<[string, RegExp]> = [
  ['understanding', /\/src\/(understanding|knowledge)\/|\/knowledge\//],
  ['flow step (flows, xstate)', /\/flows\/|\/node_modules\/xstate\//],
  ['render (replies, i18n)', /\/src\/engine\/(render-|outbound)|\/src\/i18n\/|\/node_modules\/i18next\//],
  ['plan (plan, cases, report)', /\/src\/engine\/(plan|case-turn|casework|report)\.ts/],
  ['activity recording', /\/src\/engine\/activity\.ts|\/src\/core\/activity-keys\.ts/],
  ['outbox', /\/src\/engine\/outbox\.ts/],
  ['transcript', /\/src\/engine\/transcript\.ts/],
  ['store calls (store, client)', /\/src\/store\/|\/node_modules\/(ioredis|redis-|@ioredis)/],
  [
    'reading the message (read-inbound, request)',
    /\/src\/engine\/(read-inbound|turn-request|reply-context|media)/,
  ],
  ['turn glue (turn.ts, engine, window)', /\/src\/engine\//],
  ['bench harness', /\/src\/bench\//],
];

function partOf(stage: string, url: string): string {
  if (stage !== 'understanding' || !url.includes(UNDERSTANDING)) return stage;
  for (const [part, rule] of PARTS) if (rule.test(url)) return `understanding: ${part}`;
  return 'understanding: dialogue rules, orchestration';
}

function stageOf(path: ProfileNode[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const frame = path[i]?.callFrame;
    if (!frame) continue;
    if (frame.functionName === '(garbage collector)') return 'garbage collection';
    if (frame.functionName === '(idle)') return 'idle (waiting on I/O)';
    for (const [stage, rule] of STAGES) if (rule.test(frame.url)) return partOf(stage, frame.url);
  }
  return 'other (Node, event loop, start-up)';
}

const args = process.argv.slice(2);
const perAt = args.indexOf('--per');
const per = perAt >= 0 ? Number(args.splice(perAt, 2)[1]) : 0;
const totals = new Map<string, number>();
for (const file of args) {
  const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const cache = new Map<number, string>();
  profile.samples.forEach((id, i) => {
    let stage = cache.get(id);
    if (stage === undefined) {
      const path: ProfileNode[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const node = byId.get(at);
        if (node) path.unshift(node);
      }
      stage = stageOf(path);
      cache.set(id, stage);
    }
    totals.set(stage, (totals.get(stage) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
}
const all = [...totals.values()].reduce((a, b) => a + b, 0);
const perMessage = (us: number) => (per ? ` ${Math.round(us / per)} µs |` : '');
console.log(`| stage | ms |${per ? ' µs per message |' : ''} share |\n|---|---|${per ? '---|' : ''}---|`);
for (const [stage, us] of [...totals].sort((a, b) => b[1] - a[1]))
  console.log(
    `| ${stage} | ${Math.round(us / 1000)} |${perMessage(us)} ${((100 * us) / all).toFixed(1)} % |`,
  );
console.log(`| all | ${Math.round(all / 1000)} |${perMessage(all)} 100 % |`);
