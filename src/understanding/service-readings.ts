/**
 * The readings of what is asked of a service that run together in reading-order.ts, in their order: "where" said the
 * norteño way, a public body's offices asked by its name, whether a clinic reports to immigration, papers asked in
 * Kreyòl, the years a family has been apart for a visit's programme, a foreigner's Mexican child (and one's own papers
 * after its birth's answer), a foreigner's card needed, how long a complaint takes, a foreigner's job, a phone number
 * given in line, an aspect of FINABIEN's answer just given, the hospital asked about right after the road's care, what
 * the office can do asked, a relative's visit that is not the office's, a trade told on return, the way home asked on
 * return, staying in Mexico asked on the road, a vehicle's stay asked in another topic's talk, identity papers asked
 * after a return, how to reach CONASAMA in the psychologists' talk, the humanitarian card asked by its name, going back
 * to the US asked, no money told in the psychologists' talk, a psychologist asked while in line, what can be done asked alone. Kept as one group so
 * the order's list stays short.
 */
import { bodyWhereReading } from './body-where.ts';
import { cardNeededReading } from './card-needed.ts';
import { careAgainReading } from './care-again.ts';
import { clinicReportsReading } from './clinic-reports.ts';
import { complaintTimeReading } from './complaint-time.ts';
import { conasamaAskedReading } from './conasama-asked.ts';
import { familyUnityReading, ownPapersAfterBirthReading } from './family-unity.ts';
import { foreignJobReading } from './foreign-job.ts';
import { homeTripFromReturnReading } from './home-trip.ts';
import { idAfterReturnReading } from './id-after-return.ts';
import { namedAspectReading } from './named-aspect.ts';
import { officeCanDoReading } from './office-can-do.ts';
import { papersInKreyolReading } from './papers-in-kreyol.ts';
import { phoneInLineReading } from './phone-in-line.ts';
import { psychologistInLineReading } from './psychologist-in-line.ts';
import { regionalWhereReading } from './regional-where.ts';
import { skillsToldReading } from './skills-told.ts';
import { stayInMexicoReading } from './stay-in-mexico.ts';
import { therapyUnpaidReading } from './therapy-unpaid.ts';
import { tvrhAskedReading } from './tvrh-asked.ts';
import { usReturnAskedReading } from './us-return-asked.ts';
import { vehicleStayReading } from './vehicle-stay.ts';
import { visitNotOfficeReading } from './visit-not-office.ts';
import { whatCanIDoReading } from './what-can-i-do.ts';
import { yearsApartReading } from './years-apart.ts';

export const SERVICE_READINGS = [
  regionalWhereReading,
  bodyWhereReading,
  clinicReportsReading,
  papersInKreyolReading,
  yearsApartReading,
  familyUnityReading,
  ownPapersAfterBirthReading,
  cardNeededReading,
  complaintTimeReading,
  foreignJobReading,
  phoneInLineReading,
  namedAspectReading,
  careAgainReading,
  officeCanDoReading,
  visitNotOfficeReading,
  skillsToldReading,
  homeTripFromReturnReading,
  stayInMexicoReading,
  vehicleStayReading,
  idAfterReturnReading,
  conasamaAskedReading,
  tvrhAskedReading,
  usReturnAskedReading,
  therapyUnpaidReading,
  psychologistInLineReading,
  whatCanIDoReading,
] as const;
