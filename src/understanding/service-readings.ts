/**
 * The readings of what is asked of a service that run together in reading-order.ts, in their order: "where" said the
 * norteño way, a public body's offices asked by its name, whether a clinic reports to immigration, and papers asked in
 * Kreyòl. Kept as one group so the order's list stays short.
 */
import { bodyWhereReading } from './body-where.ts';
import { clinicReportsReading } from './clinic-reports.ts';
import { papersInKreyolReading } from './papers-in-kreyol.ts';
import { regionalWhereReading } from './regional-where.ts';

export const SERVICE_READINGS = [
  regionalWhereReading,
  bodyWhereReading,
  clinicReportsReading,
  papersInKreyolReading,
] as const;
