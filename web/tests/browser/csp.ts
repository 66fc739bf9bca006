import { expect, type Page, type Response } from "@playwright/test";

/**
 * Every Content-Security-Policy violation the page meets from now on, across navigations: what Chromium logs when it
 * refuses something, and each securitypolicyviolation event (reported by an init script, which the page's policy
 * does not govern). A test ends with `expect(violations).toEqual([])`.
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} in ${event.documentURI}`),
    );
  });
  return violations;
}

/** The page's policy as it was served: a nonce for style elements and nothing inline allowed without it. */
export function expectNoncedPolicy(response: Response | null): string {
  expect(response, "the page was served").not.toBeNull();
  const policy = response!.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("unsafe-eval");
  expect(response!.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response!.headers()["referrer-policy"]).toBe("no-referrer");
  return policy;
}
