/**
 * A conversation's staff ticket and the one rule for changing it. Every change goes through
 * `changeTicket`, inside the conversation's turn (so under its hold), and the store writes
 * the result together with the conversation: no store merges tickets itself, so the three
 * stores cannot disagree on who is assigned or how urgent a ticket is.
 */
import type { CaseStatus } from './case-status.ts';
import type { HandoffReason, IntakeKind, Lang, TopicOrNone } from './types.ts';

export interface HandoffTicket {
  conversationId: string;
  lang: Lang;
  reason: HandoffReason;
  urgent: boolean;
  topic: TopicOrNone;
  /** Epoch ms when the person started waiting. */
  since: number;
  case?: { form: IntakeKind; answers: Record<string, string> };
  /** The staff member who took it, once someone has. */
  assignee?: string;
  /** The person's display name on their channel, when it gave one (for staff only). */
  name?: string;
  /**
   * The person has only asked for a person (HUMANO, the button), with no topic, form or
   * emergency, and has written nothing since. Staff see the ticket as any other, but the
   * queue position told to people counts only real tickets (the rest), so a flood of bare
   * requests cannot tell someone "6000 conversations before yours".
   */
  bare?: boolean;
  /**
   * Epoch ms when the person last wrote (on the channel's clock, never ahead of ours): the
   * inbox reads WhatsApp's 24-hour window from it.
   */
  lastHeard?: number;
  /** The case's folio (case-file.ts), given when the ticket is first queued; shown to the person and staff. */
  folio?: string;
  /** What staff last said of the case (absent: received). */
  status?: CaseStatus;
  /** The first words the person wrote when it was queued, for the inbox's one-line summary. */
  gist?: string;
  /** Epoch ms of staff's first message to the person (first response: from `since` to this). */
  answeredAt?: number;
  /** Epoch ms of staff's latest message to the person: the ticket waits no longer, unless they wrote since. */
  repliedAt?: number;
  /** Epoch ms of the person's first message after staff's latest one: waiting again from then. */
  askedAt?: number;
  /** An emergency's kind, as understanding named it (extortion, held, desert…; 'unknown'). */
  emergencyKind?: string;
  /** Where the person in an emergency said they are, as they wrote it, and when (the latest). */
  place?: { text: string; at: number; lat?: number; lon?: number };
  /**
   * An urgent ticket's latest lines from the person (the last LATEST_LINES, each cut to
   * LINE_CHARS), oldest first: what staff read first, on the inbox row and in the staff group.
   */
  lines?: string[];
  /** How many messages the person wrote while queued (the opening one included when it was relayed). */
  written?: number;
  /** Epoch ms staff were last alerted to this urgent ticket: it became urgent, or was alerted again. */
  alertedAt?: number;
  /** How many times this urgent ticket was alerted again because nobody took it. */
  realerts?: number;
}

/** Lines an urgent ticket keeps of what the person wrote, and how much of each. */
export const LATEST_LINES = 3;
export const LINE_CHARS = 200;

/** Topics that say nothing of what a ticket is about: any real topic replaces them. */
const ABOUT_NOTHING = new Set(['none', 'human']);

export type ClosedTicket = HandoffTicket & { closedAt: number };

export type TicketChange =
  /** Queue the conversation, or update its ticket: urgency only goes up; the first `since`, a case and the assignee stay. */
  | { type: 'open'; ticket: Omit<HandoffTicket, 'assignee'> }
  /** The person no longer needs staff; urgent tickets and tickets that carry a family's case stay. */
  | { type: 'withdraw' }
  /** A staff member took it, or it was handed over to one. */
  | { type: 'assign'; to: string }
  /** Staff are done: the ticket leaves the queue for the closed list. */
  | { type: 'close'; at: number }
  /** The person wrote while waiting: a bare ticket becomes a real one. */
  | { type: 'spoke' }
  /** Staff set the case's status. */
  | { type: 'status'; status: CaseStatus }
  /** Staff wrote to the person: the first time is the ticket's first response. */
  | { type: 'answered'; at: number }
  /** The person in an emergency said where they are (the point too, when they shared a location). */
  | { type: 'place'; text: string; at: number; lat?: number; lon?: number }
  /** The person wrote while queued (relayed to staff): counted, kept among an urgent ticket's latest lines, and waiting again after an answer. */
  | { type: 'said'; text: string; at: number }
  /** Nobody took the urgent ticket in time: staff were alerted again. */
  | { type: 'realerted'; at: number };

export interface TicketOutcome {
  /** The ticket after the change; null when the conversation has none. */
  ticket: HandoffTicket | null;
  /** Set when the change closed the ticket. */
  closed?: ClosedTicket;
}

export function changeTicket(before: HandoffTicket | null, change: TicketChange): TicketOutcome {
  switch (change.type) {
    case 'open': {
      const next = change.ticket;
      const caseFile = next.case ?? before?.case;
      const name = next.name ?? before?.name;
      const urgent = next.urgent || Boolean(before?.urgent);
      // The first named kind of danger stays; a later 'unknown' says nothing new.
      const kind =
        before?.emergencyKind && before.emergencyKind !== 'unknown'
          ? before.emergencyKind
          : (next.emergencyKind ?? before?.emergencyKind);
      // Bare only while every opening was: a real ticket never becomes bare again.
      const bare = Boolean(next.bare) && (before ? Boolean(before.bare) : true) && !urgent && !caseFile;
      const { bare: _asked, ...rest } = next;
      return {
        ticket: {
          ...rest,
          urgent,
          since: before?.since ?? next.since,
          // A ticket keeps the reason it was first queued for, unless it became urgent now.
          reason: before && !(next.urgent && !before.urgent) ? before.reason : next.reason,
          // A family's case arriving brings its topic; else the first topic named stays.
          topic:
            before && !ABOUT_NOTHING.has(before.topic) && !(next.urgent && !before.urgent) && !next.case
              ? before.topic
              : ABOUT_NOTHING.has(next.topic) && before
                ? before.topic
                : next.topic,
          ...(caseFile ? { case: caseFile } : {}),
          ...(before?.assignee ? { assignee: before.assignee } : {}),
          ...(before?.lastHeard !== undefined ? { lastHeard: before.lastHeard } : {}),
          // The folio, status and first words stay those of the case first queued.
          ...((before?.folio ?? next.folio) ? { folio: before?.folio ?? next.folio } : {}),
          ...(before?.status ? { status: before.status } : {}),
          ...(before?.answeredAt !== undefined ? { answeredAt: before.answeredAt } : {}),
          ...((before?.gist ?? next.gist) ? { gist: before?.gist ?? next.gist } : {}),
          ...(kind ? { emergencyKind: kind } : {}),
          ...(before?.place ? { place: before.place } : {}),
          ...kept(before),
          // Becoming urgent is an alert: the re-alert period runs from here.
          ...(urgent ? { alertedAt: before?.urgent ? (before.alertedAt ?? before.since) : next.since } : {}),
          ...(name ? { name } : {}),
          ...(bare ? { bare } : {}),
        },
      };
    }
    case 'withdraw':
      return { ticket: before && (before.urgent || before.case) ? before : null };
    case 'assign':
      return { ticket: before ? { ...before, assignee: change.to } : null };
    case 'close':
      return before ? { ticket: null, closed: { ...before, closedAt: change.at } } : { ticket: null };
    case 'place': {
      // The latest place replaces the one before, point and all: a place typed after a shared
      // location is where they are now, and the old point would send staff to the wrong spot.
      const { text, at, lat, lon } = change;
      const point = lat !== undefined && lon !== undefined ? { lat, lon } : {};
      return { ticket: before ? { ...before, place: { text, at, ...point } } : null };
    }
    case 'answered':
      return {
        ticket: before
          ? { ...before, answeredAt: before.answeredAt ?? change.at, repliedAt: change.at }
          : before,
      };
    case 'status':
      return { ticket: before ? { ...before, status: change.status } : null };
    case 'said':
      return { ticket: before ? said(before, change.text, change.at) : null };
    case 'realerted':
      return {
        ticket: before ? { ...before, alertedAt: change.at, realerts: (before.realerts ?? 0) + 1 } : null,
      };
    case 'spoke': {
      if (!before?.bare) return { ticket: before };
      const { bare: _was, ...real } = before;
      return { ticket: real };
    }
  }
}

/** What a ticket updated by a new opening keeps of the one before: the person's lines, the re-alerts, the latest answer. */
function kept(before: HandoffTicket | null): Partial<HandoffTicket> {
  return {
    ...(before?.lines ? { lines: before.lines } : {}),
    ...(before?.written !== undefined ? { written: before.written } : {}),
    ...(before?.realerts !== undefined ? { realerts: before.realerts } : {}),
    ...(before?.repliedAt !== undefined ? { repliedAt: before.repliedAt } : {}),
    ...(before?.askedAt !== undefined ? { askedAt: before.askedAt } : {}),
  };
}

/**
 * One more message from the person: counted always (an urgent ticket whose person wrote
 * again is no longer a one-message chat, see src/staff/urgent-list.ts), and kept on one line,
 * cut to LINE_CHARS, among the last LATEST_LINES when the ticket is urgent (staff read them
 * before opening it; the transcript has everything). The first message after staff's latest
 * answer is when the person waits again (the inbox counts from it).
 */
function said(before: HandoffTicket, text: string, at: number): HandoffTicket {
  const written = (before.written ?? 0) + 1;
  // The first message after staff's latest answer: the person waits again from here.
  const answered = before.repliedAt ?? before.answeredAt;
  const again = answered !== undefined && !(before.askedAt !== undefined && before.askedAt > answered);
  const ticket = { ...before, written, ...(again ? { askedAt: at } : {}) };
  const line = text.replace(/\s+/g, ' ').trim().slice(0, LINE_CHARS);
  if (!ticket.urgent || !line) return ticket;
  return { ...ticket, lines: [...(ticket.lines ?? []), line].slice(-LATEST_LINES) };
}

/** Waiting order: urgent first, then whoever has waited longest. */
export const byUrgencyThenAge = (a: HandoffTicket, b: HandoffTicket) =>
  Number(b.urgent) - Number(a.urgent) || a.since - b.since;

/** The queue's order every store keeps (and positions count by): waiting order, ties by conversation id. */
export const byQueueOrder = (a: HandoffTicket, b: HandoffTicket) =>
  byUrgencyThenAge(a, b) || (a.conversationId < b.conversationId ? -1 : 1);
