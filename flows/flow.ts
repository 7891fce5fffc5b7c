/**
 * What a flow is to the engine: an id and version for what is stored, how to start, restore
 * and step a conversation, and what the engine may ask of a snapshot (its language, whether
 * staff have it, what understanding must know). The engine knows nothing else of a flow, no
 * state names and no context fields, so a flow can change its insides freely.
 */
import type { z } from 'zod';
import type { CaseStatus } from '../src/core/case-status.ts';
import type { Effect } from '../src/core/effects.ts';
import type { DialogueContext, Facet, Lang, Meaning, TopicId, TopicOrNone } from '../src/core/types.ts';
import type { Choice } from './choices.ts';

interface At {
  /** Epoch ms, on the engine's clock. */
  at: number;
  /** The language a command word or choice was written in, when the engine could tell. */
  lang?: Lang;
}

/**
 * What the engine found when a message asked about a case or named a folio, or answered the
 * check for one: the flow decides what to say, never the store. `case`: the conversation's
 * own case, or another's once the check passed; `check`: a folio that is not this
 * conversation's (whether or not it exists: the same answer), so the person must first give
 * its code; `mismatch`: that folio and code are no case; `locked`: the folio, or this
 * sender, failed too many checks; `none`: asked about "my case" in a conversation that has none
 * (`wait`: asked how long until someone answers, with no one asked for yet).
 */
export type CaseLookup =
  | { found: 'case'; folio: string; status: CaseStatus; note?: string; closed?: true; topic?: TopicId }
  | { found: 'check'; folio: string }
  | { found: 'mismatch'; folio: string }
  | { found: 'locked'; folio: string }
  | { found: 'none'; wait?: true };

/** Everything that can happen to a conversation; the engine has already understood the text. */
export type FlowEvent =
  /**
   * Words the person wrote, with their meaning. `media`: the words are the caption of a file of
   * this kind. `place`: the words name a location the person shared, and this is its point.
   */
  | ({
      type: 'user.text';
      text: string;
      meaning: Meaning;
      lookup?: CaseLookup;
      media?: string;
      place?: { lat: number; lon: number };
    } & At)
  | ({ type: 'user.choice'; choice: Choice; lang?: Lang } & At)
  /** A button value the assistant never gave (an old message's button, a broken client). */
  | ({ type: 'user.unknownChoice' } & At)
  /** A file or shared item; `note`: what it carries for staff (a file name, a contact's numbers, a point). */
  | ({ type: 'user.media'; media: string; note?: string } & At)
  | ({ type: 'cmd.menu' } & At)
  | ({ type: 'cmd.language' } & At)
  | ({ type: 'cmd.human' } & At)
  | ({ type: 'cmd.erase' } & At)
  | ({ type: 'cmd.restart' } & At)
  | ({ type: 'staff.take'; by: string } & At)
  | ({ type: 'staff.reply'; text: string } & At)
  /** `folio`: the case closed with the ticket, when it had one (the follow-up is offered for it). */
  | ({ type: 'staff.close'; folio?: string } & At)
  /** Staff set a case's status; the person is told, with the note. */
  | ({ type: 'staff.status'; folio: string; status: CaseStatus; note: string } & At)
  | ({ type: 'timer.idle' } & At)
  /** The follow-up the person accepted is due: one question about the case's outcome. */
  | ({ type: 'timer.followUp'; folio: string } & At);

/** What the engine may know of a conversation's state. */
export interface FlowView {
  /** null until the first message tells. */
  lang: Lang | null;
  /** The language is only guessed from a first message that said little ("alo"). */
  langGuessed?: boolean;
  /** Epoch ms of the person's last message; 0 before the first. */
  lastActivityAt: number;
  /** Waiting for staff or talking with them: idle timeouts do not apply. */
  withStaff: boolean;
  /** The buttons on screen, so a typed "2", "dos" or the option's words can mean one of them. */
  choices: ReadonlyArray<{ value: string; label: string }>;
  /** A form question is on screen: a language named alone is an answer, not a switch. */
  inForm: boolean;
  /** What understanding must know to read the next message. */
  dialogue: DialogueContext;
  /** The topic the conversation is about now (a form's, a handoff's), for reports. */
  topic: TopicOrNone;
  /** An emergency is under way (until staff take the conversation). */
  emergency: boolean;
  /** The person was just asked whether they want a person. */
  offersStaff: boolean;
  /** The folio whose check the person was just asked (their next message is the answer), or null. */
  checkingFolio: string | null;
}

/** What a flow must know of the knowledge base; the engine builds it from knowledge/. */
export interface TopicCatalog {
  /** The menus' topics, in order. */
  menus: { main: readonly TopicId[]; more: readonly TopicId[] };
  topics: Readonly<
    Record<
      TopicId,
      {
        /** The topic normally needs staff: its answer offers a person. */
        handoff: boolean;
        /** It has a "more details" part. */
        details: boolean;
        /** Its facets, and which ones the sources do not answer. */
        facets: Partial<Record<Facet, { silent: boolean }>>;
        /** The sources give a figure for who qualifies: an age, a number of years. */
        limits?: { age: boolean; years: boolean };
        /** The passage (`answer.…`) for someone who says they have no money, when the entry names one. */
        noMoney?: string;
      }
    >
  >;
  /** Kinds of danger that have a line of their own in the emergency entry. */
  emergencyCases: ReadonlySet<string>;
  /** The emergency entry's named answers (passage names: `answer.…`). */
  emergencyAnswers?: ReadonlySet<string>;
  /** The procedure a named answer of the emergency entry is about, when it is one: what its turn reports. */
  emergencyAnswersAbout?: ReadonlyMap<string, TopicId>;
}

/** A snapshot as the engine holds it: opaque to the engine, a flow's own to read. */
export interface FlowSnapshot {
  readonly value: unknown;
  readonly context: unknown;
}

export interface Flow<S extends FlowSnapshot = FlowSnapshot> {
  id: string;
  /** Stored beside each snapshot; a different version restarts the conversation (keeping its language). */
  version: number;
  /** Checks a stored context before it is restored. */
  contextSchema: z.ZodType;
  /** A new conversation, in a language when one is known. */
  start(lang: Lang | null): S;
  /** A stored state as a snapshot, or null when it does not fit this flow. */
  restore(stored: { value: unknown; context: unknown }): S | null;
  /** One event: the next snapshot and the effects, as data. Pure. */
  step(snapshot: S, event: FlowEvent): { next: S; effects: Effect[] };
  view(snapshot: S): FlowView;
  /** What to store. */
  persist(snapshot: S): { value: unknown; context: unknown };
}
