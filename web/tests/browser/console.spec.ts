import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createRequire } from "node:module";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

async function managerHeaders(request: APIRequestContext) {
  const { token } = (await (await request.post("/dev/token?role=manager")).json()) as { token: string };
  return { Authorization: `Bearer ${token}` };
}

async function policyVersion(request: APIRequestContext) {
  const current = await request.get("/api/v1/policies/current", { headers: await managerHeaders(request) });
  return (await current.json()) as { version: number; document: Record<string, unknown> };
}

/** Another manager saving through the API, as a second browser would. */
async function saveAsAnotherManager(request: APIRequestContext, document: unknown) {
  const headers = await managerHeaders(request);
  const { version } = await policyVersion(request);
  const response = await request.put("/api/v1/policies/current", { headers: { ...headers, "If-Match": `"${version}"` }, data: document });
  expect(response.status()).toBe(200);
}

async function openConsole(page: Page, query = "") {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/]).*/, (route) => route.abort());
  await page.goto(`/console${query}`);
}

// The browser tests share one service: every console test leaves the default policy behind.
test.afterEach(async ({ request }) => saveAsAnotherManager(request, {}));

test("a signed-in seller gets a page naming the role they need, not a broken console", async ({ page }) => {
  await openConsole(page, "?as=seller");
  await expect(page.getByText("This console is for sales managers")).toBeVisible();
  await expect(page.getByText("ValueCheck.PolicyManager")).toBeVisible();
});

test("a manager changes a severity, sees the preview change, saves, and the new version is in force", async ({ page, request }) => {
  const before = (await policyVersion(request)).version;
  await openConsole(page);
  await page.getByLabel("Severity of no-value-check-in").selectOption("block");
  await expect(page.getByRole("status")).toContainText("unsaved changes");

  await page.getByLabel("Recipients", { exact: true }).fill("julia.berg@adatum.com");
  await page.getByLabel("Subject", { exact: true }).fill("Hi");
  await page.getByLabel("Mail text").fill("Just checking in! Any updates?");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "With your changes" })).toContainText("block");
  await expect(page.getByRole("region", { name: "With the saved policy" })).toContainText("warn");

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(`Saved as version ${before + 1}`)).toBeVisible();
  const saved = await policyVersion(request);
  expect(saved.version).toBe(before + 1);
  expect(saved.document).toEqual({ severities: { "no-value-check-in": "block" } });

  await page.reload();
  await expect(page.getByLabel("Severity of no-value-check-in")).toHaveValue("block");
});

test("an invalid threshold shows its error next to the field and saves nothing", async ({ page, request }) => {
  const before = await policyVersion(request);
  await openConsole(page);
  await page.getByLabel("Unanswered mails before contact fatigue (mails)").fill("-1");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Nothing was saved")).toBeVisible();
  await expect(page.getByText("Must be between 1 and 100 messages.")).toBeVisible();
  expect((await policyVersion(request)).version).toBe(before.version);
});

test("when another manager saved first, the second save explains the conflict and re-applies on request", async ({ page, request }) => {
  await openConsole(page);
  await page.getByLabel("Severity of seller-centric").selectOption("warn");
  await saveAsAnotherManager(request, { failMode: "closed" });

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Someone else saved the policy first")).toBeVisible();
  await expect(page.getByText("They changed: When the service cannot answer")).toBeVisible();
  await page.getByRole("button", { name: "Reload and re-apply my changes" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/Saved as version/)).toBeVisible();
  // Both managers' changes are in force: nothing was silently overwritten.
  expect((await policyVersion(request)).document).toEqual({ failMode: "closed", severities: { "seller-centric": "warn" } });
});

test("leaving with unsaved changes asks first", async ({ page }) => {
  await openConsole(page);
  await page.getByLabel("Severity of seller-centric").selectOption("off");
  let asked = false;
  page.on("dialog", async (dialog) => {
    asked = dialog.type() === "beforeunload";
    await dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(true);
});

for (const width of [1280, 768]) {
  test(`the console at ${width} px has no serious accessibility violations`, async ({ page }) => {
    await openConsole(page);
    await page.setViewportSize({ width, height: 900 });
    await expect(page.getByLabel("Severity of pitch-to-customer")).toBeVisible();
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      return (await axe.run()).violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
    });
    expect(violations).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}
