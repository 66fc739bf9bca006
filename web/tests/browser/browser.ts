import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Every request outside loopback is refused: the browser tests talk to the service under test and nothing else. */
export async function loopbackOnly(page: Page) {
  await page.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/]).*/, (route) => route.abort());
}

/**
 * axe-core's serious and critical violations in the page (or in `include`), each with the markup it found. Pages built
 * with Fluent's TabList pass `exclude: ["[data-tabster-dummy]"]`: Fluent's focus manager places invisible sentinels
 * that hand focus on at once, which axe reads as focusable hidden content; they are Fluent's, not ours.
 */
export async function seriousViolations(page: Page, context: { include?: string; exclude?: string[] } = {}) {
  // Evaluated by the test driver rather than added as a script element: the pages' policy refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async ({ include, exclude }) => {
    type Result = { violations: { id: string; impact: string; nodes: { html: string }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<Result> } }).axe;
    const result = await axe.run({ include: include ? [[include]] : [["html"]], exclude: (exclude ?? []).map((selector) => [selector]) });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 200)).join(" | ")}`);
  }, context);
}
