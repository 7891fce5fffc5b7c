/**
 * A number of years worked, told with "there" between the work and the years ("trabajó allá 25
 * años", "worked there 25 years", "li travay la 25 an"), is years, not an age: a widow's question
 * got "at 25 she is under both ages our sources give" (session 47). A place named between them
 * ("worked in chicago 12 yrs") is left alone: it tells a new story. Pure: the slot reader.
 */
import { describe, expect, it } from 'vitest';
import { foldedWords } from '../../src/understanding/fold.ts';
import { slotsIn } from '../../src/understanding/slots.ts';

const read = (text: string) => slotsIn(foldedWords(text).join(' '), text);

describe('years worked, told with "there"', () => {
  it.each([
    ['mi tio trabajo alla 25 años, su viuda puede cobrar algo?', 25],
    ['he worked there 25 years before he passed', 25],
    ['li travay la 25 an', 25],
  ])('%s', (text, years) => {
    const slots = read(text);
    expect(slots.years).toBe(years);
    expect(slots.age).toBeUndefined();
  });
  it('is no figure when a place is named between the work and the years', () => {
    expect(read('my father in law worked in chicago 12 yrs').years).toBeUndefined();
  });
});
