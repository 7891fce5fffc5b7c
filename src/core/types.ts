/**
 * The shared vocabulary of the whole assistant: languages, topics and their facets, what
 * understanding returns, the replies a flow asks for, and the effects it asks the engine to
 * carry out. Declarations only (and two short lists); this is the ground every folder stands on.
 */
import type { CaseOutcome, CaseStatus } from './case-status.ts';
import type { DialogueFacts, FoundPassage, MeaningFacts, Slots } from './message-facts.ts';

export type { CareSought, FoundPassage, Slots, StatesNamed } from './message-facts.ts';

export const LANGS = ['es', 'en', 'ht'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * A topic is a folder of knowledge/topics/ (its name, e.g. "apostille"): adding a folder adds
 * a topic. The ids the evaluation uses are listed in ../shared/eval/topics.md.
 */
export type TopicId = string;
export type TopicOrNone = TopicId | 'none';
/** How a topic id looks (the folder's name). */
export const TOPIC_ID = /^[a-z][a-z0-9_]{1,39}$/;

/**
 * The aspects of a topic people ask about next, each answered by its own short section of
 * the topic's entry (`<!-- facet: cost -->`): what it costs, how long it takes, which papers,
 * where it is done, who can ("and for my wife?"), and how to start or what comes next.
 */
export const FACETS = ['cost', 'time', 'documents', 'where', 'eligibility', 'steps'] as const;
export type Facet = (typeof FACETS)[number];

/** A guided form's name (a key of flows/intake-forms.ts). */
export type IntakeKind = string;

/** What the conversation is doing, as understanding must know it to read the next message. */
export interface DialogueContext extends DialogueFacts {
  /** The topic under discussion (the last one answered), if any. */
  topic: TopicId | null;
  /** The question the person was just asked: yes or no, a field of a form, or a form's summary. */
  asked: 'yesno' | 'field' | 'summary' | null;
  /** What a yes accepts when the question is an offer: a person, or the topic's form. */
  offered?: 'staff' | 'intake' | null;
  /**
   * The form being filled: its fields (so a correction can name one), the answers so far (so
   * "no el 8" finds the field that said 8) and the field asked now.
   */
  form: {
    kind: IntakeKind;
    fields: readonly string[];
    answers?: Readonly<Record<string, string>>;
    current?: string | null;
    /**
     * Told before the form and not asked yet: "fue el 5 no el 3" corrects a date of the first
     * message the form will offer back (sight43-a: the old date stayed, offered as the answer).
     */
    told?: Readonly<Record<string, string>>;
  } | null;
  /** Waiting for or talking with staff. */
  withStaff: boolean;
  /** A staff member took the conversation (not only waiting in the queue): they read every message. */
  taken?: true;
  /** An emergency is under way. */
  emergency: boolean;
  /** In an emergency, where it happens was told already: only words that say a place say it again. */
  placeKnown?: true;
  /** An emergency called off or left for a procedure, its urgent case still open: its answers still fit. */
  urgentOpen?: true;
  /** Another topic was just answered in between (the office, or psychological support in a form), `topic` still the procedure. */
  aside?: TopicId;
  /** The last reply was the road's care: a town named next ("y en saltillo no hay?") is where care is sought. */
  lastCare?: true;
  /** Nobody has written yet: the message is a first message, read as one. */
  first?: boolean;
  /** Back after a long silence: `topic` is the one talked about before it, nothing said since. */
  resumed?: true;
  /** The person is a foreigner in Mexico (the conversation is in Kreyòl, or was about status or asylum). */
  foreigner?: true;
  /** The form on offer (its fields), so details told before it starts can fill it. */
  offeredForm?: { kind: IntakeKind; fields: readonly string[] } | null;
  /** The forms a message may tell details for before any is offered (none in a form or an emergency). */
  forms?: ReadonlyArray<{ kind: IntakeKind; fields: readonly string[] }>;
}

/**
 * What a message does in the conversation. `topic`: it names a topic (maybe with facets);
 * `followUp`: it asks about facets of the topic under discussion; `when`: when will staff
 * answer, what comes next; `cannotCall`: in an emergency, the person cannot phone.
 */
export type DialogueAct =
  /** States a fact (a place, an age, who it is for, no money…) without asking: see `slots`. */
  | 'context'
  /** Asks something about the topic under discussion that no facet answers. */
  | 'otherQuestion'
  /** Only says a question is coming ("tengo otra pregunta"): the reply asks for it. */
  | 'moreToAsk'
  /** Asks to go on in another language: see `switchLang`. */
  | 'language'
  /** In an emergency: says they are not in danger ("no estoy en peligro, solo pregunto"). */
  | 'safe'
  /** Asks which languages the assistant writes in ("¿este chat entiende kreyòl?"). */
  | 'languages'
  /** In an emergency: who is coming, should I pay, what do I do now. */
  | 'whoComes'
  | 'pay'
  | 'whatToDo'
  | 'emergency'
  | 'yes'
  | 'no'
  | 'notHelped'
  | 'when'
  | 'cannotCall'
  | 'correction'
  | 'followUp'
  | 'topic'
  | 'greeting'
  | 'thanks'
  | 'unclear';

/** The pattern named for an emergency the learned model alone calls (no pattern fired). */
export const LEARNED_ALONE = 'learned model';

/** What understanding made of one message (see src/understanding/understand.ts). */
export interface Meaning extends MeaningFacts {
  lang: Lang;
  langConfident: boolean;
  /** The message says the person is not Mexican ("soy venezolano", "nou se ayisyen"): remembered by the conversation. */
  foreigner?: true;
  /** The message alone says its language clearly, short as it may be ("yo ede ayisyen tou?"). */
  langClear?: true;
  emergency: { kind: string; pattern: string } | null;
  /** "emergency": a pattern or the model is sure; "possible": a chance of danger (safety line, staff told); "none". */
  danger: 'emergency' | 'possible' | 'none';
  /** Not understood because it asks for something the office does not do. */
  outOfScope?: boolean;
  /** Read out of scope by a topic model less than sure (below 0.8): a named answer may still say what was asked. */
  outOfScopeUnsure?: true;
  /** In an emergency, a question asked with "I can't call" ("no tengo crédito. ¿hay hospital?"): both are answered. */
  alsoCannotCall?: true;
  /** Asking for a person about a case of this procedure ("folio 3390 de mi apostilla, ¿cómo va?"): the ticket's topic. */
  about?: TopicId;
  topic: TopicOrNone;
  confidence: number;
  candidates: TopicId[];
  greeting: boolean;
  ambiguousWith?: TopicId;
  /** What the message does, read against the conversation so far. */
  act: DialogueAct;
  /** The aspects asked about, in the order they appear ("¿cuánto cuesta y dónde?": cost, where). */
  facets: Facet[];
  /** A correction of a form's answer ("no, fue en Dallas"): the field it names (or null) and the new value. */
  correction?: { field: string | null; value: string };
  /** Every field a correction changes, with its new value only ("fue el 21, y es de Lerdo"). */
  corrections?: Array<{ field: string; value: string }>;
  /** Values for fields not asked yet, given with a form's answer ("se llama Ramiro, salió el 12"). */
  formValues?: Array<{ field: string; value: string }>;
  /** Details a form would ask, told before any form ("lo agarró la migra"): kept so the form does not ask them again. */
  toldForForms?: Array<{ form: IntakeKind; field: string; value: string }>;
  /** It asks how a case is going ("¿cómo va mi trámite?") or names a folio (the folio, when it does). */
  caseQuery?: { folio: string | null };
  /** Facts the message states (understanding/slots.ts); `place` is the message itself when it says where. */
  slots?: Slots;
  /** The language the person asked to go on in ("mejor en kreyol"). */
  switchLang?: Lang;
  /** Thanks someone, with staff in the conversation ("the ambulance is coming, thank you Rosa"). */
  thanksStaff?: true;
  /** Asks what to do if an illness or a wound gets worse ("what if the fever goes up?"). */
  worse?: true;
  /** In an emergency, says help came ("ya llegó la ambulancia"); `staff`: the office called them; `gone`: the threat left. */
  helpCame?: true | 'staff' | 'gone';
  /** In an emergency, says the person in danger died ("lo encontraron muerto", "li mouri"): no "glad you are safe". */
  died?: true;
  /** In an emergency: the relative is now held by border patrol, ICE or la migra (a search begins). */
  held?: true;
  /** In an emergency, says 911 or the police were called ("ya llamé al 911", "the neighbour called the cops"). */
  helpCalled?: true;
  /** In an emergency, says a call to 911 did not get through (not understood, no answer), or got no help ('refused'). */
  callFailed?: true | 'refused';
  /** In an emergency, asks what to tell 911, what to tell here ('here'), where to send a location, or a relative told ('family'). */
  whatToSay?: true | 'here' | 'location' | 'family';
  /** In an emergency, says they do not know where they are ("no sé dónde estamos", "we dont know exact place"). */
  whereUnknown?: true;
  /** In an emergency, says the chat is only a machine ("para q te escribo si eres un robot"), or asks ('asked'). */
  robotSaid?: true | 'asked';
  /** Waiting for staff, says the wait is too long or useless ("llevo mucho esperando y nadie me contesta, así no sirve"). */
  impatient?: true;
  /** In an emergency, paying is asked too, beside who is coming ("¿les pago o no? ¿quién viene?"). */
  alsoPay?: true;
  /** In an emergency, asks in so many words who is coming ("kiyès k ap vini? nou ap tann lapolis?"). */
  whoAsked?: true;
  /** In an emergency, what they fear help brings: being deported ("si nos sacan, ¿nos deportan?") or losing the children. */
  fearsFromHelp?: 'deportation' | 'children';
  /** In an emergency, one's passport or papers kept by another, asked about ("tiene mi pasaporte, ¿quién me ayuda?"). */
  papersHeld?: true;
  /** In an emergency, does not trust the police or finds them no use ("la policía trabaja con ellos"): the anonymous report. */
  distrustsPolice?: true;
  /** In an emergency, a relative far away asks what they can do from there (`call`: 911 from another country). */
  fromAfar?: true | 'call' | 'told';
  /** In an emergency, says the phone is almost out of battery ("tengo 9% de pila"). */
  lowBattery?: true;
  /** In an emergency, asks where to go or hide ("¿a dónde me voy con mi niña?"), whether to stay or leave, or to tell someone near. */
  seeksRefuge?: true;
  staysOrGoes?: true | 'tellsNearby';
  /** Asks for more of the topic ("más información", "tell me more"): its long part. */
  more?: true;
  /** Asks what a name means ("¿y qué es la COMAR?"): `answers` are the passages that say it. */
  defines?: true;
  /** Asks something: a question mark or a question word at its start (understanding/question.ts). */
  question?: true;
  /** A message that calms an emergency and asks something too: that question, read on its own. */
  alsoAsks?: Meaning;
  /**
   * The passages of the knowledge base that share the most words with the message, in the
   * topics it may be about (understanding/answer-search.ts), best first: what a reply can
   * answer with when no facet says it.
   */
  answers?: FoundPassage[];
}

/** A button: the value sent back when chosen (opaque outside flows/), and the locale key of its label. */
export interface Button {
  value: string;
  label: string;
  vars?: Record<string, string>;
}

/** What the person is told, as data: rendered later in their language by the engine. */
export type Reply =
  /**
   * `alone`: sent as a message of its own (the welcome), so the answer after it fits one
   * screen. `about`: the topic a text is about (an offer of a person after an answer), for reports.
   */
  | {
      kind: 'text';
      key: string;
      vars?: Record<string, string | number>;
      buttons?: Button[];
      alone?: true;
      about?: TopicId;
    }
  /**
   * A topic's first reply, or its details; `passage`: a passage that says what was asked with
   * the topic, after the reply when both make a short reply, else alone.
   */
  | {
      kind: 'entry';
      topic: TopicId;
      part: 'reply' | 'details';
      passage?: string;
      /** The aspect asked with the topic, for reports, when a passage answers it. */
      facet?: Facet;
      buttons?: Button[];
    }
  /**
   * The short answers to some aspects of a topic; `passage`: a passage that says what the words
   * asked, after them when both fit in a short reply, else alone.
   */
  | { kind: 'facet'; topic: TopicId; facets: Facet[]; passage?: string; buttons?: Button[] }
  /** An age or a number of years the person stated, set against the figures the topic's sources give. */
  | { kind: 'facts'; topic: TopicId; age?: number; years?: number; buttons?: Button[] }
  /**
   * The sentence of a topic's entry that answers a question no facet answers, else "our sources do
   * not say"; `facet`: the aspect the question asked, for reports.
   */
  | { kind: 'excerpt'; topic: TopicId; question: string; facet?: Facet; within?: Facet; buttons?: Button[] }
  /**
   * One passage of a topic's entry that answers what the message asked (a named answer, a
   * paragraph); `facet`: the aspect the person asked, `about`: the procedure an emergency's named
   * answer is about, both for reports.
   */
  | { kind: 'passage'; topic: TopicId; passage: string; facet?: Facet; about?: TopicId; buttons?: Button[] }
  /** One named line of an entry (the emergency's line for extortion); `about`: the conversation it serves, for reports. */
  | { kind: 'case'; topic: TopicId; name: string; about?: TopicId; buttons?: Button[] }
  /** A form's answers for the person to check; `only`: just these fields, said back after a correction. */
  | {
      kind: 'summary';
      form: IntakeKind;
      answers: Record<string, string>;
      /** Just these answers, under "Corrected:", or "Noted:" for what was told before the form. */
      only?: 'corrected' | 'noted';
      buttons?: Button[];
    }
  /** How many conversations are ahead in the staff queue, and the office hours when it has them. */
  /** The place in line, and the folio; brief: the folio without the code's warning (said when queued). */
  | { kind: 'queue'; brief?: boolean; buttons?: Button[] }
  /** The conversation's folio (and its case's code), when its ticket has one; nothing otherwise. */
  /** The case's folio; brief: without the code's warning (a reminder, not the first time it is given). */
  | { kind: 'folio'; brief?: boolean; buttons?: Button[] }
  /** A case's status and staff's note for the family; `changed`: told because staff just changed it. */
  | {
      kind: 'caseStatus';
      folio: string;
      status: CaseStatus;
      note?: string;
      changed?: true;
      /** Staff already closed the conversation about it: what to do to reach them again. */
      closed?: true;
      buttons?: Button[];
    };

export type HandoffReason = 'asked' | 'emergency' | 'intake' | 'topic' | 'staff';
