/**
 * The topic catalog the flows are built for, read from the knowledge base: the menus (each
 * entry's `menu` and `order`), which topics need staff, have details, and which facets they
 * answer or leave to staff, and the emergency entry's named lines. Adding a topic folder to
 * knowledge/ is all it takes for a topic to appear here.
 */
import type { TopicCatalog } from '../../flows/index.ts';
import { FACETS } from '../core/types.ts';
import type { Knowledge } from '../knowledge/knowledge-base.ts';

export function buildCatalog(knowledge: Knowledge, lang: 'es' | 'en' | 'ht' = 'es'): TopicCatalog {
  // The three languages of an entry agree on all of this (knowledge:check holds them to it).
  const entries = knowledge.entries.filter((e) => e.lang === lang);
  const menu = (which: 'main' | 'more') =>
    entries
      .filter((e) => e.menu === which)
      .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
      .map((e) => e.id);
  const topics: Record<string, TopicCatalog['topics'][string]> = {};
  for (const entry of entries) {
    const facets: TopicCatalog['topics'][string]['facets'] = {};
    for (const facet of FACETS) {
      const text = entry.facets[facet];
      if (text) facets[facet] = { silent: text.silent };
    }
    topics[entry.id] = {
      handoff: entry.handoff,
      details: entry.details !== '',
      facets,
      ...(entry.limits
        ? { limits: { age: entry.limits.age !== undefined, years: entry.limits.years !== undefined } }
        : {}),
      ...(entry.no_money ? { noMoney: `answer.${entry.no_money}` } : {}),
    };
  }
  const emergency = entries.find((e) => e.id === 'emergency');
  return {
    menus: { main: menu('main'), more: menu('more') },
    topics,
    emergencyCases: new Set(Object.keys(emergency?.cases ?? {})),
    emergencyAnswers: new Set(Object.keys(emergency?.answers ?? {}).map((name) => `answer.${name}`)),
    emergencyAnswersAbout: new Map(
      Object.entries(emergency?.answers_about ?? {}).map(([name, topic]) => [`answer.${name}`, topic]),
    ),
  };
}
