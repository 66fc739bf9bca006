import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loopbackOnly, seriousViolations } from "./browser";
import { de as consoleDe } from "../../src/console/locales/de";
import { en as consoleEn, type ConsoleWords } from "../../src/console/locales/en";
import { es as consoleEs } from "../../src/console/locales/es";
import { fr as consoleFr } from "../../src/console/locales/fr";

const tabsterSentinels = ["[data-tabster-dummy]"];

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
  await loopbackOnly(page);
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
  // What the seller will see, not the API's send modes.
  await expect(page.getByRole("region", { name: "With your changes" })).toContainText("Must fix");
  await expect(page.getByRole("region", { name: "With your changes" })).toContainText("the seller must change the mail first");
  await expect(page.getByRole("region", { name: "With the saved policy" })).toContainText("the seller can open Value Check or choose Send Anyway");
  await expect(page.getByRole("region", { name: "With the saved policy" })).not.toContainText("promptUser");

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
    const violations = await seriousViolations(page, { exclude: tabsterSentinels });
    expect(violations).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}

test("the history shows who changed what, and rolling back makes an earlier version current as a new version", async ({ page, request }) => {
  await saveAsAnotherManager(request, { severities: { "no-value-check-in": "block" } });
  await saveAsAnotherManager(request, { severities: { "no-value-check-in": "block" }, failMode: "closed" });
  const latest = (await policyVersion(request)).version;

  await openConsole(page);
  await page.getByRole("tab", { name: "History" }).click();
  await page.getByRole("button", { name: `Changes in version ${latest}` }).click();
  const changes = page.getByRole("region", { name: `Changes in version ${latest}` });
  await expect(changes).toContainText("When the service cannot answer: let the mail go → hold the mail");
  await expect(page.getByRole("table", { name: "Policy versions" })).toContainText("maria.manager@contoso.com");

  await page.getByRole("button", { name: `Roll back to version ${latest - 1}` }).click();
  // Asked first, with what it changes against the policy in force and who it affects.
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("When the service cannot answer: hold the mail → let the mail go");
  await expect(confirm).toContainText("It affects all sellers");
  await confirm.getByRole("button", { name: "Roll back" }).dblclick();
  await expect(page.getByText(`Version ${latest - 1} is in force again, saved as version ${latest + 1}.`)).toBeVisible();
  const now = await policyVersion(request);
  expect(now.version).toBe(latest + 1); // a double click makes one version
  expect(now.document).toEqual({ severities: { "no-value-check-in": "block" } });
  await page.getByRole("tab", { name: "Policy" }).click();
  await expect(page.getByRole("radio", { name: "Let the mail go (default)" })).toBeChecked();

  // Version 0, the built-in defaults, is listed and can be rolled back to; the same policy as in force cannot.
  await page.getByRole("tab", { name: "History" }).click();
  await expect(page.getByRole("table", { name: "Policy versions" })).toContainText("(built-in defaults)");
  await page.getByRole("button", { name: `Roll back to version ${latest - 1}` }).click();
  await expect(confirm).toContainText("there is nothing to roll back");
  await expect(confirm.getByRole("button", { name: "Roll back" })).toHaveCount(0);
  await confirm.getByRole("button", { name: "Close" }).click();
  await page.getByRole("button", { name: "Roll back to version 0" }).click();
  await expect(confirm).toContainText("Severity of no-value-check-in: block → warn");
  await confirm.getByRole("button", { name: "Roll back" }).click();
  await expect(page.getByText(`The built-in defaults are in force again, saved as version ${latest + 2}.`)).toBeVisible();
  expect((await policyVersion(request)).document).toEqual({});
});

test("a CRM import with a bad row shows the file and line and changes nothing; a good one replaces the CRM", async ({ page, request }) => {
  const header = "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products\n";
  const contactsHeader = "email,account_id,first_name,last_name,title,do_not_email\n";
  await openConsole(page);
  await page.getByRole("tab", { name: "CRM import" }).click();
  await page.getByLabel("accounts.csv").setInputFiles({ name: "accounts.csv", mimeType: "text/csv", buffer: Buffer.from(header + "Z1,Zeta,zeta.example,customer,2021-01-01,,joao.costa@contoso.com,0,\nZ2,Broken,broken.example,friend,,,,0,\n") });
  await page.getByLabel("contacts.csv").setInputFiles({ name: "contacts.csv", mimeType: "text/csv", buffer: Buffer.from(contactsHeader) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Nothing was imported")).toBeVisible();
  await expect(page.getByRole("list", { name: "Rows to fix" })).toContainText("accounts.csv:3");

  // The demo CRM is still there: Sara Lind is still a customer.
  const { token } = (await (await request.post("/dev/token")).json()) as { token: string };
  const lookup = async () =>
    (await (await request.post("/api/v1/recipients/lookup", { headers: { Authorization: `Bearer ${token}` }, data: { addresses: ["sara.lind@tailwindtraders.com"] } })).json()) as { account: { name: string } | null }[];
  expect((await lookup())[0]?.account?.name).toBe("Tailwind Traders");

  // A valid import (the demo CRM with Tailwind Traders renamed) replaces it; then the original comes back.
  const demo = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..", "..", "src", "OutlookValueCheck.Cli", "Demo", "crm");
  const accounts = readFileSync(join(demo, "accounts.csv"));
  const contacts = readFileSync(join(demo, "contacts.csv"));
  const renamed = Buffer.from(accounts.toString("utf8").replace("D01,Tailwind Traders,", "D01,Tailwind Traders Europe,"));
  const importFiles = async (accountsCsv: Buffer) => {
    await page.getByLabel("accounts.csv").setInputFiles({ name: "accounts.csv", mimeType: "text/csv", buffer: accountsCsv });
    await page.getByLabel("contacts.csv").setInputFiles({ name: "contacts.csv", mimeType: "text/csv", buffer: contacts });
    await page.getByRole("button", { name: "Import" }).click();
  };
  await importFiles(renamed);
  await expect(page.getByText(/Imported \d+ accounts and \d+ contacts/)).toBeVisible();
  await expect.poll(async () => (await lookup())[0]?.account?.name).toBe("Tailwind Traders Europe");
  // What the CRM holds now: counts, and an account found by a contact's address.
  await expect(page.getByRole("status", { name: "CRM contents" })).toContainText(/\d+ accounts, \d+ contacts/);
  await page.getByLabel("Find an account by address, domain or name").fill("SARA.LIND@tailwindtraders");
  await page.getByRole("button", { name: "Find" }).click();
  const found = page.getByRole("table", { name: "CRM accounts found" });
  await expect(found).toContainText("Tailwind Traders Europe");
  await expect(found).toContainText("sara.lind@tailwindtraders.com");
  const template = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download the accounts.csv template" }).click();
  expect(readFileSync(await (await template).path(), "utf8")).toMatch(/^id,name,domain,relationship,/);
  await importFiles(accounts);
  await expect.poll(async () => (await lookup())[0]?.account?.name).toBe("Tailwind Traders");
});

test("files without rows empty the CRM only after the manager confirms it in a dialog", async ({ page, request }) => {
  const header = "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products\n";
  const contactsHeader = "email,account_id,first_name,last_name,title,do_not_email\n";
  const imports: string[] = [];
  page.on("request", (sent) => {
    if (sent.url().endsWith("/api/v1/crm/import")) imports.push(sent.method());
  });
  const { token } = (await (await request.post("/dev/token")).json()) as { token: string };
  const lookup = async () =>
    (await (await request.post("/api/v1/recipients/lookup", { headers: { Authorization: `Bearer ${token}` }, data: { addresses: ["sara.lind@tailwindtraders.com"] } })).json()) as { account: { name: string } | null }[];
  await openConsole(page);
  await page.getByRole("tab", { name: "CRM import" }).click();
  await page.getByLabel("accounts.csv").setInputFiles({ name: "accounts.csv", mimeType: "text/csv", buffer: Buffer.from(header) });
  await page.getByLabel("contacts.csv").setInputFiles({ name: "contacts.csv", mimeType: "text/csv", buffer: Buffer.from(contactsHeader) });

  // Asked first; keeping the CRM sends nothing more and changes nothing.
  await page.getByRole("button", { name: "Import" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Empty the built-in CRM?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Keep the CRM" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText("The built-in CRM is unchanged.")).toBeVisible();
  expect(imports).toHaveLength(1);
  expect((await lookup())[0]?.account?.name).toBe("Tailwind Traders");

  // Confirmed: sent again, asking to empty the CRM (the service refuses it otherwise), and it is empty.
  await page.getByRole("button", { name: "Import" }).click();
  await confirm.getByRole("button", { name: "Empty the CRM" }).click();
  await expect(page.getByText("The built-in CRM is empty now.")).toBeVisible();
  expect(imports).toHaveLength(3);
  expect((await lookup())[0]?.account).toBeNull();

  // The demo CRM back for the tests after this one.
  const demo = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..", "..", "src", "OutlookValueCheck.Cli", "Demo", "crm");
  await page.getByLabel("accounts.csv").setInputFiles({ name: "accounts.csv", mimeType: "text/csv", buffer: readFileSync(join(demo, "accounts.csv")) });
  await page.getByLabel("contacts.csv").setInputFiles({ name: "contacts.csv", mimeType: "text/csv", buffer: readFileSync(join(demo, "contacts.csv")) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText(/Imported \d+ accounts and \d+ contacts/)).toBeVisible();
  await expect.poll(async () => (await lookup())[0]?.account?.name).toBe("Tailwind Traders");
});

test("a team is picked by its group's name, and the group's object ID stays visible as a detail", async ({ page, request }) => {
  await openConsole(page);
  await page.getByLabel("New team: find a group by name").fill("renew");
  await page.getByRole("button", { name: "Find group" }).click();
  const found = page.getByRole("list", { name: "Groups found" });
  await expect(found).toContainText("Renewals team");
  await expect(found).not.toContainText("Hunters");
  await found.getByRole("button", { name: "Add team Renewals team" }).click();
  await expect(page.getByRole("list", { name: "What each team overrides" })).toContainText("Renewals team: inherits everything");
  await expect(page.getByRole("list", { name: "What each team overrides" })).toContainText("(group 6f1b7c2e-0d4a-4c3e-9a51-2b7d3e8f1a01)");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/Saved as version/)).toBeVisible();
  expect((await policyVersion(request)).document).toEqual({ teams: { "6f1b7c2e-0d4a-4c3e-9a51-2b7d3e8f1a01": { name: "Renewals team" } } });
});

test("a team override shows what it inherits and what it overrides, and saves under the team's group", async ({ page, request }) => {
  const group = "3f1c2a9e-5b7d-4e21-9c8a-6d5e4f3a2b10";
  await openConsole(page);
  await page.getByLabel("Severity of no-value-check-in").selectOption("block");
  await page.getByLabel("Or its Entra ID group object ID").fill(group);
  await page.getByLabel("Team name").fill("EMEA renewals");
  await page.getByRole("button", { name: "Add team" }).click();

  // The team starts with the tenant's settings, marked as inherited.
  const severity = page.getByLabel("Severity of no-value-check-in");
  await expect(severity).toHaveValue("block");
  await expect(severity.locator("option[value=block]")).toHaveText("block (tenant's)");
  await page.getByLabel("Severity of seller-centric").selectOption("warn");
  await expect(page.getByRole("list", { name: "What each team overrides" })).toContainText("EMEA renewals: overrides Severities; inherits the rest");

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/Saved as version/)).toBeVisible();
  expect((await policyVersion(request)).document).toEqual({
    severities: { "no-value-check-in": "block" },
    teams: { [group]: { name: "EMEA renewals", severities: { "seller-centric": "warn" } } },
  });
});

test("a manager sets how sure the check must be for a text code, previews it, sees it in the changes, and it is kept", async ({ page, request }) => {
  await openConsole(page);
  const sureness = page.getByRole("radiogroup", { name: "How sure before warning no-value-check-in" });
  await expect(sureness.getByRole("radio", { name: "Normal (default)" })).toBeChecked();
  await expect(page.getByRole("radiogroup", { name: "How sure before warning do-not-email" })).toHaveCount(0);
  await sureness.getByRole("radio", { name: "High — also when it only reads like it" }).check();
  await expect(page.getByText("How sure before warning: no-value-check-in high; the other text codes normal.")).toBeVisible();

  // A mail the shipped model only leans on as a check-in: raised at high, let go by the saved policy (normal).
  await page.getByLabel("Recipients", { exact: true }).fill("julia.berg@adatum.com");
  await page.getByLabel("Subject", { exact: true }).fill("Hi");
  // Core's SensitivityTests keeps this mail in that band for the shipped model (a retrain that moves it fails there first).
  await page.getByLabel("Mail text").fill("Saw the news about your new warehouse. Hope it went well!");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "With your changes" })).toContainText("no-value-check-in");
  await expect(page.getByRole("region", { name: "With the saved policy" })).toContainText("No findings.");

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/Saved as version/)).toBeVisible();
  const saved = await policyVersion(request);
  expect(saved.document).toEqual({ sensitivity: { "no-value-check-in": "high" } });

  await page.getByRole("tab", { name: "History" }).click();
  await page.getByRole("button", { name: `Changes in version ${saved.version}` }).click();
  await expect(page.getByRole("region", { name: `Changes in version ${saved.version}` })).toContainText("Sensitivity of no-value-check-in: normal → high");

  await page.reload();
  await expect(sureness.getByRole("radio", { name: "High — also when it only reads like it" })).toBeChecked();
});

test("a team inherits the tenant's sensitivity and can override it or take the tenant's again", async ({ page, request }) => {
  const group = "7a2b3c4d-5e6f-4a1b-8c9d-0e1f2a3b4c5d";
  await saveAsAnotherManager(request, { sensitivity: { "no-value-check-in": "high" } });
  await openConsole(page);
  await page.getByLabel("Or its Entra ID group object ID").fill(group);
  await page.getByLabel("Team name").fill("Careful senders");
  await page.getByRole("button", { name: "Add team" }).click();

  const sureness = page.getByRole("radiogroup", { name: "How sure before warning no-value-check-in" });
  await expect(sureness.getByRole("radio", { name: "High — also when it only reads like it (tenant's)" })).toBeChecked();
  await sureness.getByRole("radio", { name: "Low — only when the mail clearly does this" }).check();
  await page.getByRole("radiogroup", { name: "How sure before warning seller-centric" }).getByRole("radio", { name: "High" }).check();
  await expect(page.getByRole("list", { name: "What each team overrides" })).toContainText("Careful senders: overrides How sure before warning; inherits the rest");
  await page.getByRole("button", { name: "How sure before warning for seller-centric: use the tenant policy's" }).click();

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/Saved as version/)).toBeVisible();
  expect((await policyVersion(request)).document).toEqual({
    sensitivity: { "no-value-check-in": "high" },
    teams: { [group]: { name: "Careful senders", sensitivity: { "no-value-check-in": "low" } } },
  });
});

test("reports draw the checks as charts, filter by team and export what is shown as CSV", async ({ page, request }) => {
  const { token } = (await (await request.post("/dev/token")).json()) as { token: string };
  const seller = { Authorization: `Bearer ${token}` };
  const check = async (to: string, subject: string, body: string) =>
    ((await (await request.post("/api/v1/checks", { headers: seller, data: { to: [to], cc: [], bcc: [], subject, body, bodyFormat: "text" } })).json()) as { checkId: string });
  await check("sara.lind@tailwindtraders.com", "Introducing Contoso", "I would like to introduce Contoso. Could we set up a quick intro call?");
  const checkIn = await check("julia.berg@adatum.com", "Hi", "Just checking in! Any updates?");
  await check("julia.berg@adatum.com", "Hi [First Name]", "Here is the export fix you asked for.");
  expect((await request.post("/api/v1/decisions", { headers: seller, data: { checkId: checkIn.checkId, outcome: "answered", valueAnswer: "They asked for an update" } })).status()).toBe(204);

  await openConsole(page);
  await page.getByRole("tab", { name: "Reports" }).click();
  const weekly = page.getByRole("figure", { name: "Findings per code per week" });
  await expect(weekly.locator("svg rect").first()).toBeVisible();
  await expect(page.getByRole("figure", { name: "What sellers did, per code" }).locator("svg rect").first()).toBeVisible();
  // Every chart names its axes, and no series hides behind "+N more".
  for (const [figure, axes] of [
    ["Findings per code per week", ["Week starting", "Findings"]],
    ["What sellers did, per code", ["Finding", "Drafts"]],
  ] as const) {
    for (const axis of axes) await expect(page.getByRole("figure", { name: figure })).toContainText(axis);
    await expect(page.getByRole("figure", { name: figure })).not.toContainText(/\+\d+ more/);
  }
  // Each bar of "what sellers did" is labelled with the finding's name, none left out for lack of room.
  const outcomes = page.getByRole("figure", { name: "What sellers did, per code" });
  const bars = await page.getByRole("table", { name: "Warnings sellers went past" }).locator("tbody tr").count();
  const labels = (await outcomes.locator("svg .tick text").allTextContents()).filter((text) => /[A-Za-z]/.test(text));
  expect(labels.length).toBeGreaterThanOrEqual(bars);
  for (const title of ["Pitch to a customer", "Check-in with nothing new", "Template placeholder left in"])
    expect(labels.map((label) => label.replace(/\s+/g, ""))).toContain(title.replace(/\s+/g, ""));
  await expect(page.getByRole("table", { name: "Value answers" })).toContainText("They asked for an update");
  // A fresh Development start brings a little demo history, and the report says so.
  await expect(page.getByText(/Includes \d+ demo drafts/)).toBeVisible();
  await page.screenshot({ path: join(test.info().project.outputDir, "screenshots", "console-reports-1280.png"), fullPage: true });

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv).toContain("findings per week");
  expect(csv).toContain("value answers,They asked for an update,times given,1");

  const violations = await seriousViolations(page, { exclude: tabsterSentinels });
  expect(violations).toEqual([]);

  await page.getByLabel("Team").selectOption("tenant");
  await expect(page.getByRole("status")).toContainText("checked from");
});

test("the console follows the system's dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openConsole(page);
  await expect(page.getByLabel("Severity of pitch-to-customer")).toBeVisible();
  const background = await page.locator(".fui-FluentProvider").first().evaluate((element) => getComputedStyle(element).backgroundColor);
  const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number) as [number, number, number];
  expect((0.2126 * r + 0.7152 * g + 0.0722 * b) / 255).toBeLessThan(0.3);
});

test("list settings can be typed one entry per line", async ({ page, request }) => {
  await openConsole(page);
  const domains = page.getByLabel("Exempt domains");
  await domains.click();
  await page.keyboard.type("partner.example");
  await page.keyboard.press("Enter");
  await page.keyboard.type("reseller.example");
  await expect(domains).toHaveValue("partner.example\nreseller.example");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/Saved as version/)).toBeVisible();
  expect((await policyVersion(request)).document).toEqual({ exemptDomains: ["partner.example", "reseller.example"] });
});

test("markup from CRM files, CRM account names and sellers' answers is shown as text, never run", async ({ page, request }) => {
  const markup = (n: number) => `<img src=x onerror="window.__injected=${n}"><b>bold ${n}</b>`;
  // A seller's value answer, through the real API.
  const { token } = (await (await request.post("/dev/token")).json()) as { token: string };
  const seller = { Authorization: `Bearer ${token}` };
  const checked = (await (
    await request.post("/api/v1/checks", { headers: seller, data: { to: ["julia.berg@adatum.com"], subject: "Hi", body: "Just checking in! Any updates?", bodyFormat: "text" } })
  ).json()) as { checkId: string };
  expect((await request.post("/api/v1/decisions", { headers: seller, data: { checkId: checked.checkId, outcome: "answered", valueAnswer: markup(1) } })).status()).toBe(204);
  // Account names come from the tenant's CRM; the development service has no mailbox history to rank them by, so the
  // report's real answer gets one account whose name carries markup.
  await page.route("**/api/v1/reports**", async (route) => {
    const response = await route.fetch();
    const report = (await response.json()) as { fatigueAccounts: { account: string; drafts: number }[] };
    report.fatigueAccounts = [{ account: markup(2), drafts: 3 }];
    await route.fulfill({ response, json: report });
  });

  await openConsole(page);
  await page.getByRole("tab", { name: "Reports" }).click();
  await expect(page.getByRole("table", { name: "Value answers" })).toContainText(markup(1));
  await expect(page.getByRole("figure", { name: "Accounts most often mailed into fatigue" })).toContainText("bold 2");

  // A CRM file whose bad cell carries markup: the error quoting it is text too.
  await page.getByRole("tab", { name: "CRM import" }).click();
  const header = "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products\n";
  await page.getByLabel("accounts.csv").setInputFiles({ name: "accounts.csv", mimeType: "text/csv", buffer: Buffer.from(`${header}Z1,Zeta,zeta.example,"${markup(3).replaceAll('"', '""')}",,,,0,\n`) });
  await page.getByLabel("contacts.csv").setInputFiles({ name: "contacts.csv", mimeType: "text/csv", buffer: Buffer.from("email,account_id,first_name,last_name,title,do_not_email\n") });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("list", { name: "Rows to fix" })).toContainText(markup(3));

  expect(await page.locator("img[src=x], b").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});

// The console in the browser's language: every screen a manager opens speaks it, and the preview's findings too.
const consoleLanguages: [string, ConsoleWords][] = [["de-DE", consoleDe], ["fr-FR", consoleFr], ["es-ES", consoleEs]];
for (const [locale, words] of consoleLanguages) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test(`the console speaks ${locale} on every tab, and previews in it, with nothing left in English`, async ({ page }) => {
      await openConsole(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
      await page.getByLabel(words.policy.severityOf("no-value-check-in")).selectOption("block");
      await expect(page.getByRole("status")).toContainText(words.app.unsavedStatus.replace(" · ", ""));
      await page.getByLabel(words.preview.recipients, { exact: true }).fill("julia.berg@adatum.com");
      await page.getByLabel(words.preview.subject, { exact: true }).fill("Hi");
      await page.getByLabel(words.preview.body).fill("Just checking in! Any updates?");
      await page.getByRole("button", { name: words.preview.run, exact: true }).click();
      const withChanges = page.getByRole("region", { name: words.preview.unsaved });
      await expect(withChanges).toContainText(words.verdictText.block);
      // The service words the finding in the console's language too.
      await expect(withChanges).not.toContainText("nothing new");
      const seen = [await page.locator("body").innerText()];
      for (const tab of [words.app.tabHistory, words.app.tabReports, words.app.tabImport]) {
        await page.getByRole("tab", { name: tab }).click();
        await expect(page.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
        await page.waitForLoadState("networkidle");
        seen.push(await page.locator("body").innerText());
        await page.screenshot({ path: join(test.info().project.outputDir, "screenshots", `console-${tab}-${locale}.png`) });
      }
      // The reports show sellers' answers as they gave them: the demo's sellers answered with the English reasons.
      const english = englishSentences({ ...consoleEn, defaultReasons: [] });
      const translated = new Set(englishSentences(words));
      // Whole words only: "CRM import" is not left in English inside "Integriertes CRM importieren".
      for (const sentence of english.filter((value) => !translated.has(value)))
        for (const text of seen) expect(text).not.toMatch(new RegExp(`(^|\\P{L})${sentence.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|\\P{L})`, "u"));
    });
  });
}

/** The plain sentences of a dictionary (strings of more than one word; functions and single words left out). */
function englishSentences(words: unknown): string[] {
  if (typeof words === "string") return words.trim().includes(" ") ? [words.trim()] : [];
  if (words && typeof words === "object") return Object.values(words).flatMap(englishSentences);
  return [];
}
