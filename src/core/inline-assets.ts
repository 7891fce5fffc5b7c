/**
 * The inline <script> and <style> blocks the server's pages carry, registered by their exact
 * text and the pages they belong to. The Content-Security-Policy (src/http/security/
 * headers.ts) allows each page's registered blocks by their SHA-256 hashes and nothing else:
 * no 'unsafe-inline', so a script or style that reached a page any other way (an escaping
 * bug, an injected tag or handler) does not run. A page module registers its blocks once,
 * when it loads, and puts the returned tag in its HTML as it is.
 */

/** Which pages a block is for: the web chat, or the staff inbox. */
export type InlineScope = 'web-chat' | 'staff';

type Blocks = { scripts: Set<string>; styles: Set<string> };
const registry: Record<InlineScope, Blocks> = {
  'web-chat': { scripts: new Set(), styles: new Set() },
  staff: { scripts: new Set(), styles: new Set() },
};

function checked(text: string, tag: 'script' | 'style'): string {
  // The block's own text must not end its element early, or the browser would hash a prefix.
  if (new RegExp(`</${tag}`, 'i').test(text))
    throw new Error(`An inline ${tag} must not contain "</${tag}".`);
  return text;
}

/** `<script>code</script>`, allowed on the scope's pages; use the returned tag unchanged (unescaped). */
export function inlineScript(scope: InlineScope, code: string): string {
  registry[scope].scripts.add(checked(code, 'script'));
  return `<script>${code}</script>`;
}

/** `<style>css</style>`, allowed on the scope's pages; use the returned tag unchanged (unescaped). */
export function inlineStyle(scope: InlineScope, css: string): string {
  registry[scope].styles.add(checked(css, 'style'));
  return `<style>${css}</style>`;
}

/** Every block registered so far for the scope's pages, for the policy's hashes. */
export function inlineBlocks(scope: InlineScope): { scripts: readonly string[]; styles: readonly string[] } {
  return { scripts: [...registry[scope].scripts], styles: [...registry[scope].styles] };
}
