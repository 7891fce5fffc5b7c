/**
 * Text folded for the flow's few word tests on what the person wrote (fear told, fear alone): lower case, accents
 * and apostrophes gone, white space collapsed. Understanding folds the same way (src/understanding/fold.ts); the flow
 * keeps its own so that it stays apart from understanding. Pure.
 */
export const foldText = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Folded, and any other punctuation a space too: for tests on whole words ("mi ex, me amenaza" as "mi ex me amenaza"). */
export const foldWords = (text: string): string => foldText(text).replace(/[^\p{L}\p{N}\s]/gu, ' ');
