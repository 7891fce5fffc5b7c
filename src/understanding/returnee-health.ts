/**
 * Health care asked by one back home in Durango ("i have diabetes, where can i get health care here in durango? i dont
 * have imss", "i am a returned migrant… the institute can help me with the doctor or not?": judge114's man back from
 * Denver got the Grupos Beta and the border's clinics twice): the care for people who came back, which says the
 * sources name no clinic in Durango and what the Institute set out to arrange. Never for a foreigner on the road, whose
 * care is the road's. Pure.
 */
import type { DialogueContext, Meaning, TopicOrNone } from '../core/types.ts';
import { answeredBy, laterQuestion } from './named-asked.ts';
import { asksSomething } from './question.ts';

/** A doctor, a clinic or health care asked for, folded. */
const HEALTH_ASKED =
  /\b(health care|healthcare|medical care|doctor|doctores|clinic|clinica|consulta|medico|atencion medica|seguro medico|servicio medico|centro de salud|health center|get seen|be seen|no insurance|sin seguro|no tengo seguro)\b/u;
/**
 * Not on the road, said ("no mija yo no voy de paso yo vivo en canatlan, nomas quiero saber de las pastillas": judge126's
 * mother of a migrant got the road's far list and HIV medicine), with a medicine or care named: the care back home.
 */
const NOT_PASSING =
  /^(?=.*\b(pastillas|medicina|medicinas|medicamento|medicamentos|pills|meds|medicine|medication|doctor|medico|clinica|clinic)\b).*\b(no (voy|vamos|ando|andamos|estoy|estamos) de paso|(i m|im|i am|we re|we are) not (passing through|traveling|on the road)|yo vivo (en|aqui|aca))\b/u;
/** Where asked in a later sentence with no question mark ("…no insurance here. where can i get seen"), folded. */
const WHERE_SEEN =
  /\b(where (can|do|should) (i|we|he|she)|donde (me|lo|la|puedo|pueden)|kote (m|mwen|li) ka)\b/u;
/** Health alone asked next ("y pa la salud? tengo diabetes": session 128 got the papers and the cost), folded. */
const HEALTH_NEXT =
  /^(y |and |e |what about |how about )?(pa |para |about |for )?(la |my |mi )?(salud|health|health care)\b/u;
/**
 * A doctor or care named in the talk of a business or the like, whatever aspect of it is asked ("hay consulta gratis pa
 * los deportados?": judge128 got the FINABIEN card); in the talk of return itself its own aspects say it. Folded.
 */
const CARE_NAMED =
  /\b(doctor|doctores|doctors|medico|medicos|consulta|consultas|clinica|clinicas|clinic|clinics|salud)\b/u;
/** The care back home's answer. */
const HEALTH_WHERE = 'answer.health_where';
/** Which clinic or hospital asked, folded. */
const CLINIC_WHERE = /\b(which|what|cual|que|a cual|kiles|ki) (hospital|clinic|clinica|lopital|klinik)\b/u;
/** Back from the US, said, folded. */
const CAME_BACK =
  /\b(returned|came back|come back|i m back|im back|back in durango|deported|regrese|me regrese|regresamos|volvi|me deportaron|deportad[oa]|retornad[oa]|repatriad[oa])\b/u;
/** Durango named. */
const IN_DURANGO = /\bdurango\b/u;
/** The talk of return's own topics, whose aspects asked keep their own answers ("which clinic do i go to"). */
const OWN: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>(['reintegration', 'productive_projects']);
/** What the topic model reads such a question as. */
const MISREAD: ReadonlySet<TopicOrNone> = new Set<TopicOrNone>([
  'transit_safety',
  'none',
  'us_pension',
  'deportee_support',
  // its own topic's other aspects ("what about health care? I have asthma and no meds" got who the help is for)
  'reintegration',
  'productive_projects',
]);

export function returneeHealthReading(
  m: Meaning,
  text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  if (!laterQuestion(m, dialogue) || dialogue.foreigner || m.lang === 'ht' || !MISREAD.has(m.topic)) return m;
  if (NOT_PASSING.test(folded)) return answeredBy(withoutCare(m), 'reintegration', HEALTH_WHERE);
  // A town named is the road's care there ("is there a place in Torreón where…"); an aspect of its own topic, that aspect's.
  // Nor a bare "which clinic tho", told as context: the topic's own aspect answers it.
  if (
    m.act === 'context' ||
    (m.careFar !== undefined && !IN_DURANGO.test(m.careFar.toLowerCase())) ||
    m.careAt ||
    (m.facets.length > 0 &&
      !HEALTH_NEXT.test(folded) &&
      !(CARE_NAMED.test(folded) && dialogue.topic !== 'reintegration') &&
      (OWN.has(m.topic) || dialogue.topic === 'reintegration') &&
      // "which hospital or clinic do I go to" back home: where care is, not the office (sight100-a's diabetic returnee).
      // Not once that answer was given ("where tho, which clinic" after it: its silence is the facet's to say).
      !(m.facets.join() === 'where' && CLINIC_WHERE.test(folded) && dialogue.lastAnswer !== HEALTH_WHERE))
  )
    return m;
  const asked = asksSomething(text) || WHERE_SEEN.test(folded);
  if (
    dialogue.topic === 'transit_safety' ||
    !(HEALTH_ASKED.test(folded) || HEALTH_NEXT.test(folded)) ||
    !asked
  )
    return m;
  // Or in the talk of life back home ("what about health care? I have asthma and no meds": sight90-a's deportee).
  // A US-born child's registration is a family settled back home too (sight81-a: "dos nacieron alla… y hay doctor gratis?").
  const backTalk =
    dialogue.topic === 'reintegration' ||
    dialogue.topic === 'productive_projects' ||
    dialogue.topic === 'dual_nationality';
  if (!CAME_BACK.test(folded) && !IN_DURANGO.test(folded) && !backTalk) return m;
  const answer = answeredBy(withoutCare(m), 'reintegration', HEALTH_WHERE);
  return m.facets.join() === 'where' ? { ...answer, facets: ['where'] } : answer;
}

/** The meaning without the road's care it was read with. */
function withoutCare(m: Meaning): Meaning {
  const { care: _, careAt: __, careFar: ___, ...rest } = m;
  return rest;
}
