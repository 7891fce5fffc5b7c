/**
 * Hand-made `Meaning` values and a catalog for flow tests, with the flow and the choice codec
 * built for it: the flow is tested on what understanding returns, not on understanding
 * itself (which has its own tests).
 */
import {
  createChoiceCodec,
  createConversationFlow,
  INTAKE_FORMS,
  type TopicCatalog,
} from '../../flows/index.ts';
import type { Meaning, TopicId, TopicOrNone } from '../../src/core/types.ts';

export function meaning(topic: TopicOrNone, extra: Partial<Meaning> = {}): Meaning {
  return {
    lang: 'es',
    langConfident: true,
    emergency: topic === 'emergency' ? { kind: 'extortion', pattern: 'test' } : null,
    danger: topic === 'emergency' ? 'emergency' : 'none',
    topic,
    confidence: topic === 'none' ? 0 : 0.9,
    candidates: topic === 'none' ? (['apostille', 'dual_nationality'] as TopicId[]) : [],
    greeting: false,
    act: topic === 'emergency' ? 'emergency' : topic === 'none' ? 'unclear' : 'topic',
    facets: [],
    ...extra,
  };
}

const facets = {
  cost: { silent: false },
  time: { silent: true },
  documents: { silent: true },
  where: { silent: false },
  eligibility: { silent: false },
  steps: { silent: false },
};

/** A small catalog with one topic of each kind: plain, needs staff, offers a form. */
export const TEST_CATALOG: TopicCatalog = {
  menus: { main: ['apostille', 'remains_repatriation', 'locate_person'], more: ['asylum', 'office_info'] },
  topics: {
    apostille: { handoff: false, details: true, facets },
    asylum: { handoff: true, details: true, facets },
    remains_repatriation: { handoff: true, details: true, facets },
    locate_person: { handoff: true, details: true, facets },
    office_info: { handoff: false, details: false, facets },
    us_humanitarian_visa: { handoff: true, details: true, facets },
    mx_status: { handoff: false, details: true, facets },
    human: { handoff: true, details: false, facets: {} },
    emergency: { handoff: true, details: true, facets: {} },
  },
  emergencyCases: new Set(['first', 'extortion', 'lines_report']),
};

/** The conversation flow built for TEST_CATALOG. */
export const TEST_FLOW = createConversationFlow(TEST_CATALOG);
/** Button values decoded against TEST_CATALOG's topics and the intake forms. */
export const TEST_CODEC = createChoiceCodec({
  topics: new Set(Object.keys(TEST_CATALOG.topics)),
  forms: INTAKE_FORMS,
});
