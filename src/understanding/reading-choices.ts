/**
 * What the late readings' moves do to the answers found before them (late-readings.ts asks): which readings leave the
 * topic they move from with none of its answers, and which choose the answer of the topic they move to, so that the
 * passages are not searched again for it. Kept apart from the order they run in (reading-order.ts).
 */
import { apostilleNeededReading } from './apostille-reading.ts';
import { betaHelpReading } from './beta-help.ts';
import { bribeComplaintReading, bribeSupposedReading } from './bribe-complaint.ts';
import { cardAllowsReading, cardWorkReading } from './card-work.ts';
import { conasamaAskedReading } from './conasama-asked.ts';
import { curpAskedReading } from './curp-asked.ts';
import { durangoCertificateReading } from './durango-certificate.ts';
import { familyUnityReading } from './family-unity.ts';
import { foreignJobReading } from './foreign-job.ts';
import { foreignSchoolReading } from './foreign-school.ts';
import { foreignersAskedReading } from './foreigners-asked.ts';
import { healthCentreReading } from './health-centre-asked.ts';
import { heldInUsReading } from './held-in-us.ts';
import { homeTripFromReturnReading } from './home-trip.ts';
import { idAfterReturnReading } from './id-after-return.ts';
import { jornadaAskedReading } from './jornada-asked.ts';
import { keepSearchingReading } from './keep-searching.ts';
import { restrainingOrderReading } from './lawyer-asked.ts';
import { loansAskedReading } from './loans-asked.ts';
import { mexicoBirthReading } from './mexico-birth.ts';
import { middlemenAskedReading } from './middlemen-asked.ts';
import { moneyHomeAskedReading } from './money-home-asked.ts';
import { moneyToDeporteeReading } from './money-to-deportee.ts';
import { namedAspectReading } from './named-aspect.ts';
import { needsInDangerReading } from './needs-in-danger.ts';
import { officeAddressReading } from './office-address-asked.ts';
import { officeNearerReading } from './office-nearer.ts';
import { pensionNearerReading } from './pension-asked.ts';
import { psychForAllReading } from './psych-for-all.ts';
import { refugeAskedReading } from './refuge-asked.ts';
import { remainsReading } from './remains-reading.ts';
import { returneeHealthReading } from './returnee-health.ts';
import { rightsIfCaughtReading } from './rights-if-caught.ts';
import { schoolRefusedReading } from './school-refused.ts';
import { servicesAskedReading } from './services-asked.ts';
import { shelterAskedReading } from './shelter-asked.ts';
import { skillsToldReading } from './skills-told.ts';
import { studiesAskedReading } from './studies-asked.ts';
import { vehicleStayReading } from './vehicle-stay.ts';
import { wagesOwedReading } from './wages-owed.ts';

/** Readings whose move leaves the topic under discussion with none of its answers. */
// A foreigner's school leaves the returnees' school answers behind (judge126's Haitian mother got them again).
export const LEAVES: ReadonlySet<unknown> = new Set([remainsReading, foreignSchoolReading]);
/** Readings that choose the answer of the topic they move to. */
export const KEEPS_CHOSEN: ReadonlySet<unknown> = new Set([
  apostilleNeededReading,
  durangoCertificateReading,
  betaHelpReading,
  bribeComplaintReading,
  bribeSupposedReading,
  cardAllowsReading,
  cardWorkReading,
  curpAskedReading,
  foreignSchoolReading,
  schoolRefusedReading,
  foreignJobReading,
  loansAskedReading,
  middlemenAskedReading,
  moneyHomeAskedReading,
  heldInUsReading,
  psychForAllReading,
  moneyToDeporteeReading,
  needsInDangerReading,
  pensionNearerReading,
  officeNearerReading,
  officeAddressReading,
  healthCentreReading,
  foreignersAskedReading,
  returneeHealthReading,
  rightsIfCaughtReading,
  jornadaAskedReading,
  mexicoBirthReading,
  servicesAskedReading,
  shelterAskedReading,
  studiesAskedReading,
  wagesOwedReading,
  familyUnityReading,
  namedAspectReading,
  skillsToldReading,
  vehicleStayReading,
  idAfterReturnReading,
  homeTripFromReturnReading,
  refugeAskedReading,
  keepSearchingReading,
  restrainingOrderReading,
  conasamaAskedReading,
]);
