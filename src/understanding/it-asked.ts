/**
 * The procedure under discussion referred to as "it", with an aspect asked ("eske nou ka fè l Chicago oubyen fò n
 * ale Durango?", "¿se puede hacer desde Denver?", "can we do it in Chicago?"): that procedure's aspect, not the
 * topic a place's name leads the topic model to (a Haitian mother asking where her child's dual nationality is done
 * got the Durango offices' documents, and kept getting them, sight81-a). Never when the message names a procedure or
 * a paper of its own, nor in a danger, a form's question or a summary. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { busyWithQuestion, onTopicOf } from './in-context-shapes.ts';

/** The procedure as "it": "hacerlo", "se puede hacer", "do it", "fè l", folded. */
const IT =
  /\b(hacerlo|hacerla|sacarlo|sacarla|tramitarlo|tramitarla|(lo|la) (puedo|podemos|pueden|puede|tengo que|tenemos que) (hacer|sacar|tramitar)|se (puede|pueden) (hacer|tramitar|sacar)|(do|get|apply for|file) (it|that|this)|(it|that) (be )?done|fe (l|li|sa)|jwenn (li|l|sa))\b/u;

/** A procedure or a paper named: the message may ask about it rather than the one under discussion. */
const NAMED =
  /\b(acta|actas|apostill\w*|pasaporte\w*|passports?|visas?|viza|nacionalidad|nationality|nasyonalite|pension\w*|pansyon|curp|constancia|certificates?|setifika|sertifika|permiso|permit|asilo|asylum|azil|tarjeta|card|kat|matricula|licencia|license|birth|nacimiento|restos|remains|ine|credencial|comar|tvrh|remesa\w*|money|office|offices|oficina|oficinas|biwo)\b/u;

/** What the topic model reads a place's name as: the Durango offices' documents, the office. */
const PLACE_LED = new Set<string>(['state_documents', 'office_info']);
/** Topics an aspect is never asked of this way: a danger, staff, nothing yet. */
const NOT_A_PROCEDURE = new Set(['emergency', 'human', 'none']);

export function itAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  const current = dialogue?.topic;
  if (!current || NOT_A_PROCEDURE.has(current) || busyWithQuestion(dialogue)) return m;
  // Only where a place's name led: the offices' documents or the office itself (sight81-a).
  if (m.emergency || !PLACE_LED.has(m.topic) || m.topic === current || m.act !== 'topic' || !m.facets.length)
    return m;
  if (!IT.test(folded) || NAMED.test(folded)) return m;
  return { ...m, ...onTopicOf(current, m.facets) };
}
