/**
 * Care on the road sought where the sources name no place (care-far.ts in understanding): said so first,
 * then the places they do name. "juarez is far… nothing in chihuahua city?" is not the office's street;
 * "estoy en torreon" or "y en saltillo no hay?" right after the care is not who the Grupos Beta help
 * (emerg-dm's diabetic got their hours). Pure.
 */
import type { Meaning } from '../../src/core/types.ts';
import type { ConversationContext } from './context.ts';
import { CARE_AT, NO_BED, SHELTERS, shelterOf, shelterSaid, type Talk } from './talk-shape.ts';

/** How a place where the sources name no care is remembered in what was said (talk-replies.ts). */
const FAR = 'far:';
/** What a message asking for the shelters again may be read as. */
const STILL_ASKING: ReadonlySet<Meaning['act']> = new Set<Meaning['act']>([
  'context',
  'followUp',
  'otherQuestion',
  'topic',
]);
/** The road's answer on care without papers, which names only Ciudad Juárez's centre and Tamaulipas. */
const CARE_WITHOUT_PAPERS = 'answer.care_without_papers';
/** An age from which it is no child's. */
const ADULT = 18;
const capitalized = (name: string) => name.replace(/\b[a-z]/g, (c) => c.toUpperCase());

export function withCareFar(ctx: ConversationContext, meaning: Meaning, talk: Talk): Talk {
  const decided = careFarTalk(ctx, meaning, talk);
  // A town told with no shelter named there, not asked for one yet: remembered for a bed asked later (talk-replies.ts).
  // One told where shelters are named forgets it ("ok we got to monterrey now": a review).
  const town = meaning.shelterFar?.toLowerCase() ?? (meaning.shelterNear ? '' : undefined);
  return town !== undefined && decided.do !== 'queue' && !shelterOf(decided)
    ? { ...decided, noBed: town }
    : decided;
}

function careFarTalk(ctx: ConversationContext, meaning: Meaning, talk: Talk): Talk {
  // "si páseme con alguien… aquí en Torreón": the person asked for, the town for staff (judge94's mother got the list).
  if (talk.do === 'queue') return talk;
  // A town the care names said too far ("I cannot go to Juarez it is far. What I do now"): the town told before,
  // where the sources name none, said again with staff to look for one nearer (judge108), not that town's line.
  const toldFar = ctx.said.findLast((s) => s.startsWith(FAR))?.slice(FAR.length);
  // Its state named again ("here in Chihuahua" after "Chihuahua city"): that place, not the state's far towns.
  const again = toldFar && meaning.states?.some((state) => state.toLowerCase() === toldFar);
  const onRoad = talk.do === 'care' || ('topic' in talk && talk.topic === 'transit_safety');
  // A named answer of the road asked with it is that answer ("nou nan zacatecas. gen gwoup beta la?": judge118 got the
  // far town's care line twice).
  // So too an aspect asked with a named answer ("no tengo papeles me van a atender en el hospital?" in Torreón: judge124's
  // pregnant woman got the silence on Torreón alone).
  const named =
    (talk.do === 'passage' && talk.passage.startsWith('answer.')) ||
    (talk.do === 'facets' && Boolean(talk.passage?.startsWith('answer.')));
  // The road's shelters asked where the sources name none ("ocupo albergue pa dormir hoy" in Torreón: judge119's mother
  // got Tabasco's and Sonora's as if near): that silence first, then the far ones (talk-replies.ts).
  // Or where the care is named but no shelter (judge120's Haitian in Ciudad Juárez got Tabasco's and Sonora's as near),
  // told now or before, while no other place is told.
  const noBed = meaning.slots?.place
    ? undefined
    : ctx.said.findLast((s) => s.startsWith(NO_BED))?.slice(NO_BED.length);
  // Only asked for, not told ("m Tijuana, m nan yon albergue": where they are, emerg-ce).
  const asksBed = meaning.act !== 'context' || meaning.question === true;
  const placeNow = meaning.careFar ?? meaning.careAt ?? meaning.shelterFar;
  const fromMessage = meaning.careFar ?? (asksBed ? meaning.shelterFar : undefined);
  const shelterFar = (placeNow ? fromMessage : (toldFar ?? noBed))?.toLowerCase();
  if (shelterOf(talk) && shelterFar) return { ...talk, far: capitalized(shelterFar) };
  // A bed asked after other talk, the road's answer not given yet: that silence and the shelters named, not the road's
  // help before them. A first message keeps the road's answer (sight6-b's Haitian in Piedras Negras wanted its Beta).
  const later = ctx.said.length > 0;
  if (later && talk.do === 'answer' && SHELTERS.has(talk.passage ?? '') && shelterFar)
    return { do: 'passage', topic: talk.topic, passage: talk.passage ?? '', far: capitalized(shelterFar) };
  // Asked for again after it ("ocupo albergue pa dormir hoy con mi niño"): the silence again (talk-replies.ts).
  const shelter = meaning.answers?.[0]?.passage ?? '';
  const saidBefore = SHELTERS.has(shelter) && shelterSaid(ctx.said, shelter);
  // Not over care, the worse or a danger's own reply (a review: "…pero el niño esta peor").
  const asking = talk.do === 'passage' || talk.do === 'facets' || talk.do === 'other';
  if (saidBefore && shelterFar && asking && STILL_ASKING.has(meaning.act))
    return { do: 'passage', topic: 'transit_safety', passage: shelter, far: capitalized(shelterFar) };
  if (toldFar && !named && (meaning.careTooFar || (again && onRoad && !meaning.careAt)))
    return { do: 'care', far: capitalized(toldFar) };
  // Care without papers asked after the silence on the town ("y en el centro de salud de acá me lo atienden aunque no
  // tenga papeles?" in Torreón, judge126): that silence again first, as its answer names Ciudad Juárez and Tamaulipas.
  if (
    toldFar &&
    !meaning.careAt &&
    !meaning.careFar &&
    'passage' in talk &&
    talk.passage === CARE_WITHOUT_PAPERS
  )
    return { ...talk, far: capitalized(toldFar) };
  // Right after the care where the sources name no place, what it costs or where, asked of "here", keeps that silence
  // first (judge123: "is there a centro de salud here that see him free?" in Torreón got Ciudad Juárez's centre as if near).
  const ofThatTown =
    toldFar &&
    ctx.lastReply === 'care' &&
    talk.do === 'facets' &&
    talk.topic === 'transit_safety' &&
    !meaning.careAt &&
    !meaning.careFar &&
    !meaning.slots?.place;
  if (ofThatTown) return { ...talk, far: capitalized(toldFar) };
  const far = meaning.careFar;
  if (!far) return withCareAt(ctx, meaning, talk);
  const office = 'topic' in talk && talk.topic === 'office_info' && ctx.topic === 'transit_safety';
  const cared = ctx.said.includes('care');
  // Right after the care, a town asked about is where care is sought; a new topic asked is not ("m vle mande refij…
  // ki kote COMAR ye nan Monterrey?": judge89's pregnant woman).
  // Where asked outright keeps the road's places with it (the Grupos Beta too), the sources' silence said first.
  const road = !('topic' in talk) || talk.topic === 'transit_safety';
  const whereAsked = talk.do === 'facets' && talk.facets.includes('where');
  const afterCare =
    cared && (meaning.act === 'context' || (ctx.lastReply === 'care' && road && !whereAsked && !named));
  if (office || afterCare)
    return cared ? { do: 'care', far } : { do: 'facets', topic: 'transit_safety', facets: ['where'], far };
  return onRoad ? { ...talk, far } : talk;
}

/**
 * A town the care names, told or asked right after it ("estamos en tapachula", "where exactly in Tapachula?"): that
 * town's line, not the whole list again (emerg-dw's pregnant woman in Tijuana got Ciudad Juárez's centre).
 */
function withCareAt(ctx: ConversationContext, meaning: Meaning, talk: Talk): Talk {
  const at = meaning.careAt;
  // The town whose care line was given before, if any (remembered beside the care's signature).
  const known = ctx.said.findLast((s) => s.startsWith(CARE_AT))?.slice(CARE_AT.length);
  // A sick child's age told alone after the care ("tiene 3 años", "li gen 2 zan"): the care again, the town's line if one
  // was given, not who the Grupos Beta help (emerg-fk's mothers: the age read as who qualifies).
  // A child's: "soy de honduras tengo 23" tells who asks, which who the help is for answers (emerg-ci).
  const age = meaning.slots?.age;
  const ageAfterCare = meaning.act === 'context' && age !== undefined && age < ADULT && !meaning.slots?.place;
  if (!at && ageAfterCare && ctx.topic === 'transit_safety' && ctx.said.includes('care'))
    return known ? { do: 'care', at: known, recalled: true } : { do: 'care' };
  // Care asked anew after something else, no town named ("non se pou pitit mwen an ki gen lafyèv, ki kote lopital gratis
  // la ye" after a psychologist's answer: judge117's mother in Juárez got every town's list): the town's line given before.
  if (
    !at &&
    known &&
    talk.do === 'care' &&
    !talk.at &&
    !talk.far &&
    ctx.lastReply !== 'care' &&
    !meaning.worse &&
    meaning.question
  )
    return { do: 'care', at: known, recalled: true };
  // Care asked again with no town named ("where can i take her, we dont have money" in Tijuana): the town's line
  // given before, not every town's (emerg-ea's mother got the whole list).
  // So too where it is asked right after it ("donde queda eso", "ki kote klinik la ye egzakteman?", emerg-fc: the road's
  // list of every town).
  const whereAgain =
    talk.do === 'care'
      ? !talk.at
      : talk.do === 'facets' && talk.topic === 'transit_safety' && !meaning.careFar;
  if (!at && whereAgain && ctx.lastReply === 'care' && meaning.facets.includes('where')) {
    if (known && talk.do === 'care') return { do: 'care', at: known, recalled: true };
    // Where it is, asked: the town's line again, which names its places, after the sources' silence on the street; not
    // Ciudad Juárez's, whose line gives the centre's street and whose other places the road's answers name.
    return known && known !== 'health_juarez' ? { do: 'care', at: known, whereAgain: true } : talk;
  }
  if (!at || talk.do === 'care') return talk;
  const road = !('topic' in talk) || talk.topic === 'transit_safety';
  // Told alone ("estamos en tapachula"), not beside what is asked of the care ("m pa gen papye… COMAR tapachula");
  // where asked, any time after the care. A child's age told with the town is no question of who qualifies ("m nan
  // monterrey. li gen 3 an": judge134's mother got who the Grupos Beta help).
  const told = meaning.act === 'context' && (talk.do !== 'facets' || meaning.slots?.age !== undefined);
  const where =
    (talk.do === 'facets' && talk.facets.includes('where')) ||
    ((talk.do === 'passage' || talk.do === 'other') && talk.facet === 'where');
  const whereAsked = where && ctx.said.includes('care');
  // Right after the care, a town with a line asked of no aspect ("y mas adelante? vamos pa monterrey", emerg-eq): its line.
  const next = ctx.lastReply === 'care' && (told || talk.do === 'other');
  return road && (next || whereAsked) ? { do: 'care', at } : talk;
}
