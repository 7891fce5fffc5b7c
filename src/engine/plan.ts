/**
 * A turn's plan, computed purely from what the flow emitted: the ticket change, the
 * notices for staff, the messages for the person, the transcript lines, the deadline and the
 * report. One handler per effect type; the engine then commits the plan in one store call
 * and only afterwards sends anything (the outbox).
 */
import type { Address } from '../core/address.ts';
import type { Effect } from '../core/effects.ts';
import type { TranscriptLine } from '../core/ports/conversation-store.ts';
import type { StaffNotice } from '../core/ports/staff-desk.ts';
import { type ClosedTicket, changeTicket, type HandoffTicket, type TicketChange } from '../core/ticket.ts';
import type { Lang, Reply } from '../core/types.ts';
import { wordy } from './gist.ts';

/** What a turn knows when it plans. */
export interface PlanInput {
  conversationId: string;
  address: Address;
  lang: Lang;
  now: number;
  /** The ticket as read when the turn opened. */
  ticket: HandoffTicket | null;
  /** Changes staff asked for (take, transfer, close), applied before the flow's own. */
  staffChanges: readonly TicketChange[];
  /** The person's display name, for a ticket this turn opens. */
  name?: string;
  /** The person wrote at this time (epoch ms): their ticket remembers it. */
  heardAt?: number;
  /** Draws the folio a ticket this turn opens gets (claimed by the engine before the commit); called only then. */
  folio: () => string;
  /** The first words of what the person wrote, for a ticket this turn opens. */
  gist?: string;
}

export interface Plan {
  replies: Reply[];
  ticket: HandoffTicket | null;
  /** Whether the ticket differs from the one read (it must then be written). */
  ticketChanged: boolean;
  closed?: ClosedTicket;
  notices: StaffNotice[];
  erase: boolean;
  ratings: boolean[];
  /** The turn opened the ticket or made it urgent. */
  queuedNow: boolean;
  /** The turn asked staff to look at a possible danger. */
  flagged?: boolean;
  /** The person's typed message goes to the office's review list, and why. */
  missed?: 'unclear' | 'outOfScope' | 'notHelped';
  /** What the person said of a case's follow-up (accepted, declined) or outcome. */
  caseAnswers: Array<Extract<Effect, { type: 'case.followUp' }> | Extract<Effect, { type: 'case.outcome' }>>;
}

/** Characters of the person's words a ticket keeps for the inbox's one-line summary. */
const GIST_CHARS = 120;
/** The first words of a message, on one line. */
export const gistOf = (said: string): string => said.replace(/\s+/g, ' ').trim().slice(0, GIST_CHARS);

/**
 * A ticket without words of substance (queued by a "sí" to an offer) takes the person's last
 * typed message with some, earlier in the transcript: usually the question the offer answered.
 * A tapped button is written as its label ("Hablar con una persona"): not the person's words.
 */
export function withGist(ticket: HandoffTicket, lines: readonly TranscriptLine[]): HandoffTicket {
  let offered: ReadonlySet<string> = new Set();
  let said: string | undefined;
  for (const line of lines) {
    if (line.from === 'bot') offered = new Set((line.buttons ?? []).map((b) => b.label));
    else if (
      line.from === 'person' &&
      !line.attachment &&
      !line.asksOnly &&
      !offered.has(line.text) &&
      wordy(line.text)
    )
      said = line.text;
  }
  return said ? { ...ticket, gist: gistOf(said) } : ticket;
}

/** A handoff's topic when the person named none ('human': the flow's own for "a person, please"). */
const ABOUT_NOTHING = new Set(['none', 'human']);

type Handler<T extends Effect['type']> = (
  effect: Extract<Effect, { type: T }>,
  plan: Plan,
  input: PlanInput,
) => void;

function apply(plan: Plan, change: TicketChange) {
  const outcome = changeTicket(plan.ticket, change);
  plan.ticket = outcome.ticket;
  plan.ticketChanged = true;
  if (outcome.closed) plan.closed = outcome.closed;
}

/** A ticket staff open by taking a conversation gets its case's folio here, as every other does. */
function withFolio(change: TicketChange, input: PlanInput): TicketChange {
  if (change.type !== 'open' || change.ticket.folio) return change;
  return { ...change, ticket: { ...change.ticket, folio: input.folio() } };
}

const handlers: { [T in Effect['type']]: Handler<T> } = {
  reply: (effect, plan) => void plan.replies.push(effect.reply),
  'ticket.open': (effect, plan, input) => {
    const before = plan.ticket;
    apply(plan, {
      type: 'open',
      ticket: {
        conversationId: input.conversationId,
        lang: input.lang,
        reason: effect.reason,
        urgent: effect.urgent,
        topic: effect.topic,
        since: input.now,
        ...(effect.case ? { case: effect.case } : {}),
        ...(input.name ? { name: input.name } : {}),
        // "I need help again" after a follow-up reopens that case, under its folio.
        folio:
          plan.ticket?.folio ??
          plan.caseAnswers.find((a) => a.type === 'case.outcome' && a.outcome === 'needHelp')?.folio ??
          input.folio(),
        ...(input.gist && wordy(input.gist) ? { gist: input.gist } : {}),
        ...(effect.emergencyKind ? { emergencyKind: effect.emergencyKind } : {}),
        // Only asked for a person, about nothing yet: not counted in the position told to others.
        ...(effect.reason === 'asked' && ABOUT_NOTHING.has(effect.topic) && !effect.urgent && !effect.case
          ? { bare: true }
          : {}),
      },
    });
    // Staff hear of a ticket when it appears or becomes urgent, not at every update.
    if (plan.ticket && (!before || (plan.ticket.urgent && !before.urgent))) {
      plan.notices.push({ type: 'queued', ticket: plan.ticket });
      plan.queuedNow = true;
    }
  },
  'ticket.withdraw': (_effect, plan) => apply(plan, { type: 'withdraw' }),
  'ticket.place': (effect, plan, input) => {
    if (plan.ticket) {
      const point =
        effect.lat !== undefined && effect.lon !== undefined ? { lat: effect.lat, lon: effect.lon } : {};
      apply(plan, { type: 'place', text: effect.place.slice(0, 300), at: input.now, ...point });
    }
    // Staff hear of the place where they already read the ticket (the staff group's topic).
    if (plan.ticket?.place) plan.notices.push({ type: 'place', ticket: plan.ticket });
  },
  'staff.message': (effect, plan, input) => {
    if (plan.ticket)
      plan.notices.push({ type: 'message', conversationId: input.conversationId, text: effect.text });
    // The person said something of their own while waiting: their ticket counts from now on.
    if (plan.ticket?.bare) apply(plan, { type: 'spoke' });
    // Counted, and among an urgent ticket's latest lines for staff.
    if (plan.ticket) apply(plan, { type: 'said', text: effect.text, at: input.now });
    // Their first words of substance (never a request for a person) sum up a ticket queued without any.
    if (plan.ticket && !plan.ticket.gist && input.gist && wordy(input.gist)) {
      plan.ticket = { ...plan.ticket, gist: input.gist };
      plan.ticketChanged = true;
    }
  },
  'staff.flag': (effect, plan, input) => {
    plan.notices.push({
      type: 'flagged',
      conversationId: input.conversationId,
      lang: input.lang,
      text: effect.text,
    });
    plan.flagged = true;
  },
  rating: (effect, plan) => void plan.ratings.push(effect.helped),
  missed: (effect, plan) => {
    plan.missed = effect.why;
  },
  'case.followUp': (effect, plan) => void plan.caseAnswers.push(effect),
  'case.outcome': (effect, plan) => void plan.caseAnswers.push(effect),
  'conversation.erase': (_effect, plan) => {
    plan.erase = true;
    plan.ticket = null;
    plan.ticketChanged = true;
  },
};

export function planTurn(effects: readonly Effect[], input: PlanInput): Plan {
  const plan: Plan = {
    replies: [],
    ticket: input.ticket,
    ticketChanged: false,
    notices: [],
    erase: false,
    ratings: [],
    queuedNow: false,
    caseAnswers: [],
  };
  for (const change of input.staffChanges) apply(plan, withFolio(change, input));
  for (const effect of effects)
    (handlers[effect.type] as Handler<typeof effect.type>)(effect as never, plan, input);
  const heard = input.heardAt;
  if (heard !== undefined && plan.ticket && heard > (plan.ticket.lastHeard ?? -1)) {
    plan.ticket = { ...plan.ticket, lastHeard: heard };
    plan.ticketChanged = true;
  }
  return plan;
}
