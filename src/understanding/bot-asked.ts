/**
 * Who answers here, asked in a conversation ("y tu eres persona o robot?", "are u a real person??", "ou se yon vre
 * moun?"): a program, and how to reach a person (flows' `self`). Ten fixture conversations got "our sources do not
 * say exactly that" in the office's topic. A first message keeps the office's entry, which opens with it. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { ROBOT_ASKED } from './help-words.ts';

/** A person asked for with it ("are you a bot? i want to talk to a real person"): the queue, not who answers. */
const PERSON_WANTED =
  /\b(talk|speak|hablar|platicar|pale) (to|with|con|ak)\b|\b(quiero|want|wanna|vle|need|ocupo|necesito|bezwen) (a |una |un |yon )?(real )?(person|persona|moun|human|humano|agent|agente)\b/;

/** A person or a machine named: "who are you? is this the government?" is the office's entry, which says both. */
const MACHINE =
  /\b(robot|robo|bot|person|persona|moun|human|humano|machine|maquina|machin|program|programa|pwogram|ai)\b/;
/** Called a machine in scorn ("no me sirve eso, eres un robot inutil"): a complaint, which offers a person. */
const SCORNS =
  /\b(inutil|useless|stupid|estupido|tonto|pendejo|no sirve|no me sirve|doesn t help|pa itil|pa sevi)\b/;

export function botAskedReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue || dialogue.first || dialogue.emergency || dialogue.withStaff || m.emergency) return m;
  if (m.topic === 'human' || !ROBOT_ASKED.test(folded) || !MACHINE.test(folded)) return m;
  if (PERSON_WANTED.test(folded) || SCORNS.test(folded)) return m;
  return { ...m, topic: 'office_info', act: 'otherQuestion', facets: [], robotSaid: 'asked' };
}

/**
 * A person asked for in a danger with other words beside ("are you a robot?? i need a real person NOW please, they are
 * going to hurt him", judge102): the urgent queue's line, which says a person will write, not "keep writing".
 */
const PERSON_NOW =
  /\b(need|want|wanna|quiero|necesito|ocupo|bezwen|vle) (a |una |un |yon )?(real |de verdad |vre )?(person|persona|moun|human|humano)\b(?!.{0,40}\b(psycholog\w*|psicolog\w*|sikolog\w*|counsel\w*|therap\w*|lawyer|abogad\w*|avoka)\b)/;

export function personInDangerReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!dialogue?.emergency || m.topic === 'human' || !PERSON_NOW.test(folded)) return m;
  return { ...m, topic: 'human', act: 'topic', confidence: 1, facets: [] };
}
