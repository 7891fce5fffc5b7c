/** Types for the xliff package (it ships none): only the converters review-formats.ts and its tests use. */

/** A unit's text, or text mixed with inline elements (which content:import refuses). */
type XliffValue = string | Array<string | Record<string, unknown>>;
interface XliffUnit {
  source: XliffValue;
  target?: XliffValue;
  note?: string | string[];
  additionalAttributes?: Record<string, string>;
}
interface XliffJs {
  sourceLanguage?: string;
  targetLanguage?: string;
  xliffVersion?: string;
  /** file (XLIFF <file>) → unit id → unit; a <group> holds groupUnits instead. */
  resources: Record<string, Record<string, XliffUnit | { groupUnits: Record<string, unknown> }>>;
}
declare module 'xliff/jsToXliff12' {
  export default function jsToXliff12(js: XliffJs, options: { indent?: string }): Promise<string>;
}
declare module 'xliff/xliff12ToJs' {
  export default function xliff12ToJs(xml: string, options: object): Promise<XliffJs>;
}
declare module 'xliff/xliff2js' {
  export default function xliff2js(xml: string, options: object): Promise<XliffJs>;
}
declare module 'xliff/js2xliff' {
  export default function js2xliff(js: XliffJs, options: { indent?: string }): Promise<string>;
}
