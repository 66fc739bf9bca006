import { createDOMRenderer, type GriffelRenderer } from "@fluentui/react-components";

/**
 * The page's Content-Security-Policy nonce, from the csp-nonce meta element the build adds (vite.config.ts). The
 * browser hides the attribute once the policy applies, so it is read from the element's nonce property.
 */
export function pageNonce(doc: Document = document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>("meta[property=csp-nonce]");
  return meta?.nonce || meta?.getAttribute("nonce") || undefined;
}

let renderer: GriffelRenderer | undefined;

/**
 * One style renderer for the page, whose style elements carry the page's nonce: the service's policy allows no other
 * inline style (not 'unsafe-inline'), and Fluent UI (Griffel) writes its styles into style elements at run time.
 * FluentProvider gives its theme's style element the same attributes.
 */
export function styleRenderer(): GriffelRenderer {
  const nonce = pageNonce();
  return (renderer ??= createDOMRenderer(document, nonce ? { styleElementAttributes: { nonce } } : undefined));
}
