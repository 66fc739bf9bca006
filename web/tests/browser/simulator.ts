import { expect, type Page } from "@playwright/test";
import { loopbackOnly } from "./browser";

/**
 * Opens the compose simulator with every request outside loopback refused (tests talk to nothing else), playing an
 * Outlook whose display language is <paramref>displayLanguage</paramref>.
 */
export async function openSimulator(page: Page, width = 1100, displayLanguage = "en-US") {
  await page.setViewportSize({ width, height: 900 });
  await loopbackOnly(page);
  await page.goto(`/addin/simulator/simulator.html?lang=${encodeURIComponent(displayLanguage)}`);
  await expect(page.locator("body[data-ready=true]")).toBeAttached();
}

export async function compose(page: Page, draft: { to: string; subject: string; body: string }) {
  await page.getByLabel("To").fill(draft.to);
  await page.getByLabel("To").blur();
  await page.getByLabel("Subject").fill(draft.subject);
  await page.getByLabel("Body").fill(draft.body);
}

export const pitchToCustomer = {
  to: "sara.lind@tailwindtraders.com",
  subject: "Introducing Contoso",
  body: "Hi Sara,\n\nI would like to introduce Contoso, the leading analytics platform. Are you the right person to talk to? Could we set up a quick intro call next week?\n\nBest,\nJoão",
};
