/**
 * Care on the road sought where the sources name no place (care-far.ts in understanding): said so first,
 * then the places they do name. "juarez is far… nothing in chihuahua city?" is not the office's street;
 * "estoy en torreon" or "y en saltillo no hay?" right after the care is not who the Grupos Beta help
 * (emerg-dm's diabetic got their hours). Pure.
 */
import type { Meaning } from '../../src/core/types.ts';
import type { ConversationContext } from './context.ts';
import type { Talk } from './talk-shape.ts';

export function withCareFar(ctx: ConversationContext, meaning: Meaning, talk: Talk): Talk {
  const far = meaning.careFar;
  if (!far) return talk;
  const office = 'topic' in talk && talk.topic === 'office_info' && ctx.topic === 'transit_safety';
  const cared = ctx.said.includes('care');
  // Right after the care, a town asked about is where care is sought; a new topic asked is not ("m vle mande refij…
  // ki kote COMAR ye nan Monterrey?": judge89's pregnant woman).
  // Where asked outright keeps the road's places with it (the Grupos Beta too), the sources' silence said first.
  const road = !('topic' in talk) || talk.topic === 'transit_safety';
  const whereAsked = talk.do === 'facets' && talk.facets.includes('where');
  const afterCare = cared && (meaning.act === 'context' || (ctx.lastReply === 'care' && road && !whereAsked));
  if (office || afterCare)
    return cared ? { do: 'care', far } : { do: 'facets', topic: 'transit_safety', facets: ['where'], far };
  const onRoad = talk.do === 'care' || ('topic' in talk && talk.topic === 'transit_safety');
  return onRoad ? { ...talk, far } : talk;
}
