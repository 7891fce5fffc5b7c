/**
 * What the engine tells the flow when a message asks about a case or names a folio, or
 * answers the check for one (flows/flow.ts CaseLookup). The conversation's own cases answer
 * at once; another conversation's case only after the person proves it is theirs (the
 * office's check: the name in the case, or the phone's last digits), and a folio nobody has
 * reads as unknown. Reads the store; decides nothing about what is said.
 */
import type { CaseLookup, FlowView } from '../../flows/index.ts';
import { type CaseFile, FOLIO_IN_TEXT } from '../core/case-file.ts';
import type { CaseStore } from '../core/ports/case-store.ts';
import type { Meaning } from '../core/types.ts';
import { checkModeOf, passesCheck } from './casework.ts';

export interface LookupInput {
  conversationId: string;
  text: string;
  meaning: Meaning;
  view: FlowView;
  /** The conversation's own cases, as read with the turn. */
  own: readonly CaseFile[];
  /** The office's check for a case asked about from another conversation. */
  check: 'name' | 'phone';
}

const shown = (file: CaseFile): CaseLookup => ({
  found: 'case',
  folio: file.folio,
  status: file.status,
  ...(file.note ? { note: file.note } : {}),
  ...(file.closedAt ? { closed: true as const } : {}),
});

/** Another conversation's case, read without holding it. */
async function caseElsewhere(store: CaseStore, self: string, folio: string): Promise<CaseFile | null> {
  const owner = await store.conversationOfFolio(folio);
  if (!owner || owner === self) return null;
  return (await store.casesOf(owner)).find((c) => c.folio === folio) ?? null;
}

export async function lookUpCase(store: CaseStore, input: LookupInput): Promise<CaseLookup | undefined> {
  const { meaning, view, own } = input;
  if (meaning.emergency) return undefined;
  const named = meaning.caseQuery?.folio ?? null;
  // The answer to the check just asked (unless the person names another folio instead).
  const checking = view.checkingFolio;
  if (checking && (!named || named === checking)) {
    const file = await caseElsewhere(store, input.conversationId, checking);
    if (!file) return { found: 'unknown', folio: checking };
    const typed = named ? input.text.replace(FOLIO_IN_TEXT, ' ') : input.text;
    return passesCheck(file, checkModeOf(file, input.check), typed)
      ? shown(file)
      : { found: 'mismatch', folio: checking };
  }
  if (!meaning.caseQuery) return undefined;
  if (named) {
    const mine = own.find((c) => c.folio === named);
    if (mine) return shown(mine);
    const file = await caseElsewhere(store, input.conversationId, named);
    return file
      ? { found: 'check', folio: named, check: checkModeOf(file, input.check) }
      : { found: 'unknown', folio: named };
  }
  const latest = own.at(-1);
  if (latest) return shown(latest);
  // "¿Cómo va mi trámite de apostilla?" with no case here: the topic's answer helps more.
  return meaning.topic === 'none' ? { found: 'none' } : undefined;
}
