import { expect, test } from "@playwright/test";
import { compose, openSimulator, pitchToCustomer } from "./simulator";

test("a pitch to a customer is held with a Smart Alert, and answering the value question lets it go", async ({ page }) => {
  await openSimulator(page);
  await compose(page, pitchToCustomer);
  const checks: { draftKey?: string }[] = [];
  const checkIds: string[] = [];
  const decisions: { checkId?: string; outcome?: string }[] = [];
  page.on("request", (request) => {
    if (request.method() !== "POST") return;
    if (request.url().endsWith("/api/v1/checks")) checks.push(request.postDataJSON() as { draftKey?: string });
    if (request.url().endsWith("/api/v1/decisions")) decisions.push(request.postDataJSON() as { checkId?: string; outcome?: string });
  });
  page.on("response", async (response) => {
    if (response.request().method() === "POST" && response.url().endsWith("/api/v1/checks")) checkIds.push(((await response.json()) as { checkId: string }).checkId);
  });

  await page.getByRole("button", { name: "Send", exact: true }).click();
  const alert = page.getByRole("alertdialog");
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Before this goes out");
  await expect(alert).toContainText("Does this add value for them?");
  await expect(alert.getByRole("button", { name: "Send Anyway" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Sent mail" }).getByRole("listitem")).toHaveCount(0);

  await alert.getByRole("button", { name: "Open Value Check" }).click();
  const pane = page.getByRole("complementary", { name: "Value Check task pane" });
  const card = pane.getByRole("group", { name: "Recipient Sara Lind" }).or(pane.getByLabel("Recipient Sara Lind"));
  await expect(card).toContainText("Customer");
  await expect(card).toContainText("Tailwind Traders");
  await expect(pane.getByRole("list", { name: "Findings" })).toContainText("Pitch to a customer");
  await expect(pane.locator("mark").first()).toBeVisible();

  await pane.getByRole("radio", { name: "It follows up on something we agreed" }).check();
  await pane.getByRole("button", { name: "Save answer", exact: true }).click();
  await expect(pane.getByRole("status")).toContainText("Answer saved");

  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByRole("list", { name: "Sent mail" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("alertdialog")).toBeHidden();

  // One check per Send: the pane showed the check the first Send made and answered it; both Sends are one draft.
  expect(checks).toHaveLength(2);
  expect(checks[0]?.draftKey).toBeTruthy();
  expect(checks[1]?.draftKey).toBe(checks[0]?.draftKey);
  expect(decisions).toEqual([expect.objectContaining({ checkId: checkIds[0], outcome: "answered" })]);
});

test("a left-in placeholder blocks the mail without a Send Anyway", async ({ page }) => {
  await openSimulator(page);
  await compose(page, { to: "julia.berg@adatum.com", subject: "Quick question", body: "Hi [First Name],\n\nWe have a new reporting module that answers the question you asked about exports." });
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const alert = page.getByRole("alertdialog");
  await expect(alert).toContainText("Fix this before sending");
  await expect(alert).toContainText("[First Name]");
  await expect(alert.getByRole("button", { name: "Send Anyway" })).toHaveCount(0);
});

test("a mail with nothing to flag is sent at once", async ({ page }) => {
  await openSimulator(page);
  await compose(page, { to: "sara.lind@tailwindtraders.com", subject: "Your export question", body: "Hi Sara,\n\nThe export limit you hit on Tuesday is lifted in today's release; your team can now export 50,000 rows at a time.\n\nBest,\nJoão" });
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByRole("list", { name: "Sent mail" }).getByRole("listitem")).toHaveCount(1);
});

test("when the service is slower than the deadline the mail goes out (fail open)", async ({ page }) => {
  await openSimulator(page);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let checkStillPending = false;
  await page.route("**/api/v1/checks", async (route) => {
    checkStillPending = true;
    await held;
    checkStillPending = false;
    await route.continue().catch(() => undefined);
  });
  await compose(page, pitchToCustomer);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByRole("list", { name: "Sent mail" }).getByRole("listitem")).toHaveCount(1);
  // It went out while the service still had not answered: the deadline decided, not a verdict.
  expect(checkStillPending).toBe(true);
  await expect(page.getByRole("alertdialog")).toBeHidden();
  release();
});

test("a manager's switch turns checks off: Send allows at once, even a mail that would be blocked", async ({ page, request }) => {
  const manager = (await (await request.post("/dev/token?role=manager")).json()) as { token: string };
  const headers = { Authorization: `Bearer ${manager.token}` };
  const current = await request.get("/api/v1/policies/current", { headers });
  const etag = current.headers()["etag"] ?? "\"0\"";
  const off = await request.put("/api/v1/policies/current", { headers: { ...headers, "If-Match": etag }, data: { checksEnabled: false } });
  expect(off.status()).toBe(200);
  try {
    const settingsFetched = page.waitForResponse("**/api/v1/addin/settings");
    await openSimulator(page);
    await settingsFetched;
    const checks: string[] = [];
    page.on("request", (sent) => {
      if (sent.url().endsWith("/api/v1/checks")) checks.push(sent.url());
    });
    await compose(page, { to: "julia.berg@adatum.com", subject: "Hi [First Name]", body: "Just checking in!" });
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(page.getByRole("list", { name: "Sent mail" }).getByRole("listitem")).toHaveCount(1);
    // The prefetch while composing brought the switch; Send did not even ask the service.
    expect(checks).toEqual([]);
  } finally {
    const now = await request.get("/api/v1/policies/current", { headers });
    await request.put("/api/v1/policies/current", { headers: { ...headers, "If-Match": now.headers()["etag"] ?? "" }, data: {} });
  }
});

test("the task pane checks again only when the draft changed since Send checked it, and the warned check is recorded as edited", async ({ page }) => {
  await openSimulator(page);
  await compose(page, pitchToCustomer);
  let checks = 0;
  let firstCheckId: string | undefined;
  const decisions: { checkId?: string; outcome?: string }[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/api/v1/checks")) checks++;
    if (request.method() === "POST" && request.url().endsWith("/api/v1/decisions")) decisions.push(request.postDataJSON() as { checkId?: string; outcome?: string });
  });
  page.on("response", async (response) => {
    if (response.request().method() === "POST" && response.url().endsWith("/api/v1/checks")) firstCheckId ??= ((await response.json()) as { checkId: string }).checkId;
  });

  await page.getByRole("button", { name: "Send", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Open Value Check" }).click();
  const pane = page.getByRole("complementary", { name: "Value Check task pane" });
  await expect(pane.getByRole("list", { name: "Findings" })).toContainText("Pitch to a customer");
  expect(checks).toBe(1);

  // The seller rewrites the mail and opens the pane again: what it shows must be about the mail as it is now.
  await page.getByLabel("Body").fill("Hi Sara,\n\nThe export you asked about is fixed: your March report now has all 412 rows.\n\nBest,\nJoão");
  await page.getByRole("button", { name: "Value Check", exact: true }).click();
  await expect.poll(() => checks).toBe(2);
  await expect(pane.getByRole("heading", { name: "Who they are" })).toBeVisible();
  await expect(pane.getByText("Pitch to a customer")).toHaveCount(0);
  await expect.poll(() => decisions).toEqual([{ checkId: firstCheckId, outcome: "edited" }]);
});

test("a warned draft sent anyway through the simulator's mailbox is sent anyway in the reports, and the manager goes from it to the policy", async ({ page, request }) => {
  const { token } = (await (await request.post("/dev/token?role=manager")).json()) as { token: string };
  const manager = { Authorization: `Bearer ${token}` };
  const outcomes = async () => ((await (await request.get("/api/v1/reports", { headers: manager })).json()) as { byOutcome: Record<string, number> }).byOutcome;
  const before = await outcomes();

  await openSimulator(page);
  await compose(page, { ...pitchToCustomer, subject: "Introducing Contoso, once more" });
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Send Anyway" }).click();
  await expect(page.getByRole("list", { name: "Sent mail" }).getByRole("listitem")).toHaveCount(1);
  // The simulator's mailbox told the service, which found the Send's check in it at once.
  await expect(page.locator("body[data-sent-items]")).toBeAttached();
  // At least this draft's check is settled (earlier tests' checks may settle with it).
  expect(Number(await page.locator("body").getAttribute("data-sent-items"))).toBeGreaterThanOrEqual(1);

  const after = await outcomes();
  expect(after.sentAnyway ?? 0).toBe((before.sentAnyway ?? 0) + 1);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/console");
  await page.getByRole("tab", { name: "Reports" }).click();
  const overrides = page.getByRole("table", { name: "Warnings sellers went past" });
  const row = overrides.getByRole("row").filter({ hasText: "Pitch to a customer" });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Adjust pitch-to-customer in the policy" }).click();
  await expect(page.getByRole("tab", { name: "Policy" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByLabel("Severity of pitch-to-customer")).toBeFocused();
});
