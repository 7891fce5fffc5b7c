/**
 * signals/places.yaml's `answers`: each names a named answer the knowledge base has and states the
 * file lists, so a typo never leaves another state's programme unbound (or bound to nowhere).
 */
import type { Knowledge } from './knowledge-base.ts';

export function checkBoundAnswers(knowledge: Knowledge): string[] {
  const problems: string[] = [];
  const { answers, states } = knowledge.placeSignals;
  for (const [key, bound] of Object.entries(answers)) {
    const [topic = '', name = ''] = key.split('.');
    const entry = knowledge.entry(topic, 'es');
    if (!entry?.answers[name])
      problems.push(
        `signals/places.yaml answers: "${key}" names no answer of topics/${topic}/es.md. Write it as topic.answer_name.`,
      );
    for (const state of bound)
      if (!(state in states))
        problems.push(
          `signals/places.yaml answers: "${key}" names the state "${state}", which is not under states. Use a state's name as written there.`,
        );
  }
  return problems;
}
