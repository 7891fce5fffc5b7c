/**
 * What the engine tells the flow when a message asks about a case or names a folio, or
 * answers the check for one (flows/flow.ts CaseLookup). The conversation's own cases answer
 * at once. Any other folio, whether a case has it or not, is asked for its code (the answer
 * is the same, so a typed folio says nothing of its existence); the code is checked only
 * after a wrong check is reserved in the store under the folio and the sender (taken back
 * when it passes), so parallel guesses cannot pass the limits and an erase forgets none.
 * The check that locks a real case's folio writes a line to the audit log.
 */
import type { CaseLookup, FlowView } from '../../flows/index.ts';
import {
  CODE_LENGTH,
  CODE_LETTERS,
  codeIn,
  FOLIO_RULE,
  folioCheckKey,
  SENDER_RULE,
  sameCode,
  senderCheckKey,
} from '../core/case-check.ts';
import { type CaseFile, FOLIO_IN_TEXT } from '../core/case-file.ts';
import type { Store } from '../core/ports/store.ts';
import type { Meaning } from '../core/types.ts';

export interface LookupInput {
  conversationId: string;
  text: string;
  meaning: Meaning;
  view: FlowView;
  /** The conversation's own cases, as read with the turn. */
  own: readonly CaseFile[];
  /** A keyed hash of who is asking (the web chat's address, else the conversation). */
  sender: string;
  now: number;
}

type LookupStore = Pick<
  Store,
  | 'conversationOfFolio'
  | 'casesOf'
  | 'reserveLoginAttempt'
  | 'releaseLoginAttempt'
  | 'loginFailures'
  | 'appendAudit'
>;

const shown = (file: CaseFile): CaseLookup => ({
  found: 'case',
  folio: file.folio,
  status: file.status,
  ...(file.note ? { note: file.note } : {}),
  ...(file.closedAt ? { closed: true as const } : {}),
  ...(file.topic !== 'none' ? { topic: file.topic } : {}),
});

/** Another conversation's case, read without holding it. */
async function caseElsewhere(store: LookupStore, self: string, folio: string): Promise<CaseFile | null> {
  const owner = await store.conversationOfFolio(folio);
  if (!owner || owner === self) return null;
  return (await store.casesOf(owner)).find((c) => c.folio === folio) ?? null;
}

const limitsOf = (folio: string, sender: string) => [
  { key: folioCheckKey(folio), rule: FOLIO_RULE },
  { key: senderCheckKey(sender), rule: SENDER_RULE },
];

/** Whether the folio or the sender is locked now (asked before the code, without counting). */
async function isLocked(store: LookupStore, folio: string, sender: string, now: number): Promise<boolean> {
  const limits = limitsOf(folio, sender);
  const failures = await store.loginFailures(
    limits.map((l) => l.key),
    now,
  );
  return limits.some(({ rule }, i) => (failures[i]?.count ?? 0) >= rule.lockAfter);
}

/** The answer to a folio's check: the case once the code is its own, else the same refusal for all. */
async function answerCheck(store: LookupStore, input: LookupInput, folio: string): Promise<CaseLookup> {
  const limits = limitsOf(folio, input.sender);
  const forget = Math.max(FOLIO_RULE.lockoutMs, SENDER_RULE.lockoutMs);
  const reserved = await store.reserveLoginAttempt(limits, input.now, forget);
  if (!reserved.reserved) return { found: 'locked', folio };
  const file = await caseElsewhere(store, input.conversationId, folio);
  const typed = codeIn(input.text.replace(FOLIO_IN_TEXT, ' '));
  if (file && sameCode(file.check.code, typed)) {
    await store.releaseLoginAttempt(limits.map((l) => l.key));
    return shown(file);
  }
  const folioCount = reserved.failures[0]?.count ?? 0;
  if (folioCount >= FOLIO_RULE.lockAfter) {
    // Staff hear of a real case's folio locking once, at the check that locked it.
    if (file && folioCount === FOLIO_RULE.lockAfter)
      await store.appendAudit({ at: input.now, by: 'assistant', action: 'case-locked', detail: folio });
    return { found: 'locked', folio };
  }
  const senderCount = reserved.failures[1]?.count ?? 0;
  return senderCount >= SENDER_RULE.lockAfter ? { found: 'locked', folio } : { found: 'mismatch', folio };
}

/** Words at most in a message that is the code asked for, unless the code is in capitals in it. */
const CODE_ANSWER_WORDS = 4;
const CODE_IN_CAPITALS = new RegExp(`\\b[${CODE_LETTERS}]{${CODE_LENGTH}}\\b`);

/**
 * Whether a message answers the code asked for: a short one ("njwd", "el código es NJWD"), or one
 * with the code in capitals. A longer message moves on ("nvm the folio, any news about my dad?"):
 * a judge's person got "that folio and that code do not match" to it, twice.
 */
const answersCheck = (text: string) =>
  text.trim().split(/\s+/).length <= CODE_ANSWER_WORDS || CODE_IN_CAPITALS.test(text);

export async function lookUpCase(store: LookupStore, input: LookupInput): Promise<CaseLookup | undefined> {
  const { meaning, view, own } = input;
  if (meaning.emergency) return undefined;
  const named = meaning.caseQuery?.folio ?? null;
  // The answer to the check just asked (unless the person names another folio instead).
  const checking = view.checkingFolio;
  if (checking && (!named || named === checking) && answersCheck(input.text))
    return await answerCheck(store, input, checking);
  if (!meaning.caseQuery) return undefined;
  if (named) {
    const mine = own.find((c) => c.folio === named);
    if (mine) return shown(mine);
    return (await isLocked(store, named, input.sender, input.now))
      ? { found: 'locked', folio: named }
      : { found: 'check', folio: named };
  }
  const latest = own.at(-1);
  if (latest) return shown(latest);
  // "¿Cómo va mi trámite de apostilla?" with no case here: the topic's answer helps more.
  if (meaning.topic !== 'none') return undefined;
  // "¿Cuándo me contestan?" before anyone was asked for: no line to tell a place in.
  return meaning.act === 'when' && !view.withStaff ? { found: 'none', wait: true } : { found: 'none' };
}
