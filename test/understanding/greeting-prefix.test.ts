/**
 * A first message that opens with a greeting ("bonjour svp, …", "hola buenas, …") and then
 * asks: the topic model read some as small talk; read again without the greeting they get
 * their topic. The greeting is set apart only when enough words follow it; a greeting alone
 * stays a greeting.
 */
import { describe, expect, it } from 'vitest';
import { createGreetingPrefix } from '../../src/understanding/greeting-prefix.ts';
import { createUnderstanding } from '../../src/understanding/understand.ts';
import { sharedKnowledge } from '../support/assistant.ts';

describe('an opening greeting', () => {
  const withoutGreeting = createGreetingPrefix(['hola', 'buenas', 'buenas tardes', 'bonjou', 'gracias']);

  it('is set apart when a request follows it', () => {
    expect(withoutGreeting('Hola buenas tardes, ¿dónde me atienden?')).toBe('dónde me atienden?');
    expect(withoutGreeting('bonjour svp mwen bezwen yon doktè')).toBe('mwen bezwen yon doktè');
  });

  it('is kept when little follows it, or when there is none', () => {
    expect(withoutGreeting('hola buenas')).toBe('hola buenas');
    expect(withoutGreeting('hola, ¿qué tal?')).toBe('hola, ¿qué tal?');
    expect(withoutGreeting('holanda queda lejos de aquí')).toBe('holanda queda lejos de aquí');
  });

  it('no longer hides care on the road asked after it, in Kreyòl and Spanish', async () => {
    const { knowledge } = await sharedKnowledge();
    const understand = createUnderstanding(knowledge);
    const kreyol = understand('bonjou, mwen ansent 6 mwa, m nan Tapachula, ki kote m ka al fè swen gratis');
    expect(kreyol.topic).toBe('transit_safety');
    const spanish = understand(
      'hola buenas tardes, estoy embarazada de 6 meses en tapachula, donde me pueden atender gratis',
    );
    expect(spanish.topic).toBe('transit_safety');
  });
});
