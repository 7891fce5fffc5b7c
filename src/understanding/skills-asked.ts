/**
 * A trade learned abroad to be certified, asked in the talk of life back home ("i was a mechanic over there for years,
 * can i get that certified?", "me pueden certificar lo que aprendí allá?": sight100-a's welder got who the help is for):
 * the answer on certifying skills, which says what the sources say of it. Not school studies, which have their own. Pure.
 */
import { namedAskedReading } from './named-asked.ts';

/** A trade or work experience to be certified, folded; not school. */
const SKILLS_CERTIFIED =
  /^(?!.*\b(school|high school|diploma|prepa|preparatoria|secundaria|primaria|estudios|studies|lekol|lekòl|college|universidad|university|copy|copia|copies|copias|kopi|birth|acta|nacimiento|license|licencia|lisans|papers|papeles|papye|documents?|documentos?|dokiman)\b)(?=.*\b(trade|oficio|skills?|habilidades|experience|experiencia|learned|aprendi|welder|soldador|mechanic|mecanico|carpenter|carpintero|electrician|electricista|plumber|plomero|worked|trabaje|years|anos|metye|travay|konpetans)\b).*\b(certif\w*|sertifye|setifye)\b/u;

export const skillsAskedReading = namedAskedReading(
  'reintegration',
  SKILLS_CERTIFIED,
  'answer.certify_skills',
);
