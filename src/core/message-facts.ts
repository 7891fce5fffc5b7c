/**
 * What understanding finds in one message besides what it does: the facts a person states in
 * passing (slots) and the passages of the knowledge base that may answer it. Kept apart from
 * types.ts, which builds the message's meaning from them.
 */

/** A passage of a topic's entry found for a message, by its name in the entry (knowledge/passages.ts). */
export interface FoundPassage {
  /** The topic's id (a folder of knowledge/topics). */
  topic: string;
  /** `details.2`, `facet.cost.1`, `answer.temporary_curp`: the same name in every language. */
  passage: string;
  /** The summed weight of the words the message shares with it. */
  score: number;
  /** That weight as a share of the message's own. */
  coverage: number;
  /** How many of the message's words it shares, and how many the message has that any passage holds. */
  shared: number;
  words: number;
  /** For a named answer, the largest share of one of its ways of asking that the message says. */
  askSaid?: number;
  /** How many of the shared words the topic's first answer does not hold: what it adds to that answer. */
  beyondReply: number;
  /** It spells out the name asked about ("INM (Instituto Nacional de Migración)"), found by that alone. */
  spells?: true;
  /**
   * The message asks in one sentence and tells in another, and this passage shares words with what
   * it tells only ("ki papye m bezwen pote? m gen paspò ayisyen": a bank account opened with a passport).
   */
  onlyContext?: true;
}

/** Facts a person states in passing: what the reply can use, and what staff need. */
export interface Slots {
  age?: number;
  /** A number of years (worked, without seeing someone, since something happened). */
  years?: number;
  money?: 'none';
  /** Who it is for, as the person wrote it ("mamá", "son", "pitit"). */
  relation?: string;
  phone?: string;
  date?: string;
  place?: string;
  /** A name told ("his name is Luis Reyes", "se llama Rosa"): for staff, it bears on no aspect. */
  name?: string;
  /** Says they are from Durango ("soy de santiago papasquiaro durango", "im from durango"): the Institute's own people. */
  fromDurango?: true;
}

/**
 * The states of Mexico other than Durango a message names (a state or a town in it), and the
 * conversation remembers: a bound answer about one state's own programme needs its state named
 * (src/understanding/bound-answers.ts).
 */
export interface StatesNamed {
  states?: readonly string[];
}

/**
 * The named answer just given in the conversation's topic ("answer.finabien_fees"), so an aspect asked next ("where do
 * I get the card") is that answer's subject's, not the topic's whole (understanding's named-aspect.ts).
 */
export interface AnswerGiven {
  lastAnswer?: string;
}

/** A labour's danger ended with the baby born and all well (birth-told.ts in understanding): the good news said back. */
export interface BirthTold {
  born?: true;
  /** Someone missing found or back, and well (found-told.ts in understanding): the good news said back. */
  found?: true;
}

/** Care on the road sought, and where (care-far.ts in understanding). */
export interface CareSought {
  /** Sick or hurt on the road and asking where to be seen, with no sign life is at stake now. */
  care?: true;
  /** On the road's health care, a town or state told that the care block names no place in. */
  careFar?: string;
  /** On the road's health care, a town the care block names ("m nan tijuana"): its own line, not the whole list. */
  careAt?: string;
  /** A town the care block names, said to be too far to reach ("I cannot go to Juarez, it is far"): not its line. */
  careTooFar?: true;
  /** On the road, a town or state told that the road's shelters name no shelter in (Ciudad Juárez has care, no bed). */
  shelterFar?: string;
  /** On any topic, a town or state told where the road's shelters name one: no longer one without. */
  shelterNear?: true;
}

/** The danger under way is someone missing (a child, or the model's unnamed danger): found-told.ts in understanding. */
export interface MissingOpen {
  missingOpen?: true;
  /** The danger under way is someone kept working or held (going home asked is the consulate's return: held-return.ts). */
  heldOpen?: true;
}

/** What a conversation remembers beside its state, for understanding: the states named, the named answer last given. */
export interface DialogueFacts extends StatesNamed, AnswerGiven, MissingOpen {}

/** What a message tells beside its reading: the states it names, care sought on the road, a birth told. */
export interface MeaningFacts extends StatesNamed, CareSought, BirthTold {}
