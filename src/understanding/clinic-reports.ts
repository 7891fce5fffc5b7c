/**
 * In the road's care talk, whether a clinic or a hospital will call immigration asked ("if i go to a clinic will they
 * call la migra on me?", judge115's pregnant woman got the free phones to call home, "call" being their word): the
 * answer on care without papers, which says what the sources give and do not. Pure.
 */
import { namedAskedReading } from './named-asked.ts';

/** A clinic, a hospital or a doctor, and immigration or being reported, in either order, folded. */
const CLINIC_REPORTS =
  /\b(clinic|clinica|hospital|doctor|medico|centro de salud|health center|lopital|klinik|dokte)\b.{0,50}\b(immigration|la migra|ice|migracion|migrasyon|imigrasyon|deport\w*|report (me|us)|reportan|reporten|denonse)\b|\b(immigration|la migra|migracion|migrasyon|imigrasyon)\b.{0,30}\b(clinic|clinica|hospital|doctor|medico|lopital|klinik|dokte)\b/u;

export const clinicReportsReading = namedAskedReading(
  'transit_safety',
  CLINIC_REPORTS,
  'answer.care_without_papers',
);
