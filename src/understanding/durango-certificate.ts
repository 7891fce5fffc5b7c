/**
 * In an apostille's talk, a copy of one's own birth certificate from Durango asked ("also my birth certificate from
 * Durango, I lost it. can you get me a copy from here?": sight86-a got the apostille's office twice): Durango's own
 * documents, which the Institute helps people abroad to get, not an apostille. Pure.
 */
import type { DialogueContext, Meaning } from '../core/types.ts';
import { askedAs, busyWithQuestion } from './in-context-shapes.ts';
import { chosen } from './named-asked.ts';

/** A birth certificate from Durango or Mexico named, folded. */
const DURANGO_CERTIFICATE =
  /\b(birth certificate|acta de nacimiento|acta|batiste|ak nesans|certificado de nacimiento)\b.{0,25}\b(from|de|in|en|nan) (durango|mexico|meksik)\b|\b(durango|mexican|mexicana)\b.{0,15}\b(birth certificate|acta de nacimiento)\b/u;
/** A copy asked, or the certificate lost, folded. */
const COPY_ASKED =
  /\b(copy|copia|copies|copias|lost|perdi|se me perdio|replace|new one|otra|kopi|pedi|saco|sacar|sacarla|tramitar|tramito|get (it|one|mine)|(can|do) i get|jwenn)\b/u;
/** An apostille named: then the certificate is what is to be apostilled. */
const APOSTILLE_NAMED = /\b(apostill\w*|apostiy\w*|apostiya\w*)\b/u;

export function durangoCertificateReading(
  m: Meaning,
  _text: string,
  dialogue: DialogueContext | undefined,
  folded: string,
): Meaning {
  // Read as the apostille, or as Durango's documents whose answers the apostille's "copies" outscore (the flow stays).
  const misread = m.topic === 'apostille' || m.topic === 'state_documents';
  if (m.emergency || dialogue?.topic !== 'apostille' || !misread || busyWithQuestion(dialogue)) return m;
  if (!DURANGO_CERTIFICATE.test(folded) || !COPY_ASKED.test(folded) || APOSTILLE_NAMED.test(folded)) return m;
  return {
    ...askedAs(m, 'state_documents'),
    answers: [chosen('state_documents', 'answer.durango_birth_certificate')],
  };
}
