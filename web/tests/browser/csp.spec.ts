import { expect, test } from "@playwright/test";
import { loopbackOnly } from "./browser";
import { expectNoncedPolicy, recordCspViolations } from "./csp";
import { compose, pitchToCustomer } from "./simulator";

// The pages run under the policies the service serves them with (Playwright enforces them: bypassCSP stays off), and
// any violation fails the test: a policy that breaks a page, or a page that needs more than its policy allows.

/** Office.js as Microsoft's CDN would serve it, reduced to what the task pane reads of a draft (the browser tests reach no CDN). */
const officeJsStandIn = `
(() => {
  const later = (callback, value) => setTimeout(() => callback({ status: "succeeded", value }), 0);
  const callbackOf = (args) => args.find((arg) => typeof arg === "function");
  const recipients = (addresses) => ({
    getAsync: (callback) => later(callback, addresses.map((emailAddress) => ({ emailAddress, displayName: emailAddress, recipientType: "other" }))),
  });
  window.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    onReady: () => Promise.resolve({ host: "Outlook", platform: "OfficeOnline" }),
    context: {
      officeTheme: { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" },
      requirements: { isSetSupported: () => false },
      mailbox: {
        item: {
          itemType: "message",
          to: recipients(${JSON.stringify([pitchToCustomer.to])}),
          cc: recipients([]),
          bcc: recipients([]),
          subject: { getAsync: (...args) => later(callbackOf(args), ${JSON.stringify(pitchToCustomer.subject)}) },
          body: { getAsync: (coercion, ...args) => later(callbackOf(args), ${JSON.stringify(pitchToCustomer.body)}) },
        },
      },
    },
  };
})();
`;

test("the compose simulator runs the handlers and the task pane under its policy without a violation", async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.setViewportSize({ width: 1100, height: 900 });
  await loopbackOnly(page);
  const policy = expectNoncedPolicy(await page.goto("/addin/simulator/simulator.html"));
  expect(policy).toContain("frame-ancestors 'none'");
  await expect(page.locator("body[data-ready=true]")).toBeAttached();

  await compose(page, pitchToCustomer);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Open Value Check" }).click();
  const pane = page.getByRole("complementary", { name: "Value Check task pane" });
  await expect(pane.getByRole("list", { name: "Findings" })).toBeVisible();
  await expect(pane.getByText("Tailwind Traders").first()).toBeVisible();
  // Fluent's styles applied (its style elements were allowed): the pane's provider has the theme's background.
  const background = await pane.locator(".fui-FluentProvider").first().evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toBe("rgb(255, 255, 255)");
  await page.getByLabel("Dark theme").check();
  await expect(pane.getByRole("list", { name: "Findings" })).toBeVisible();

  expect(violations).toEqual([]);
});

test("the task pane page loads Office.js and renders under the add-in policy without a violation", async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.setViewportSize({ width: 320, height: 900 });
  await loopbackOnly(page);
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: officeJsStandIn }));
  const policy = expectNoncedPolicy(await page.goto("/addin/taskpane/taskpane.html"));
  expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  expect(policy).toMatch(/frame-ancestors https:\/\/\*\.cloud\.microsoft https:\/\/outlook\.office\.com https:\/\/outlook\.office365\.com$/);

  await expect(page.getByRole("list", { name: "Findings" })).toBeVisible();
  await expect(page.getByText("Tailwind Traders").first()).toBeVisible();
  const background = await page.locator(".fui-FluentProvider").first().evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toBe("rgb(255, 255, 255)");

  expect(violations).toEqual([]);
});

test("the console works under its policy without a violation: policy, history, reports and CRM import", async ({ page, request }) => {
  // A check to report on, so the reports draw their charts.
  const { token } = (await (await request.post("/dev/token")).json()) as { token: string };
  const checked = await request.post("/api/v1/checks", {
    headers: { Authorization: `Bearer ${token}` },
    data: { to: ["julia.berg@adatum.com"], cc: [], bcc: [], subject: "Hi", body: "Just checking in! Any updates?", bodyFormat: "text" },
  });
  expect(checked.status()).toBe(200);
  const violations = await recordCspViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await loopbackOnly(page);
  // /console redirects to the console's page, which carries the policy.
  const response = await page.goto("/console");
  expect(response?.url()).toContain("/addin/console/console.html");
  expect(expectNoncedPolicy(response)).toContain("frame-ancestors 'none'");

  await page.getByRole("tab", { name: "History" }).click();
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
  await page.getByRole("tab", { name: "Reports" }).click();
  await expect(page.getByRole("figure", { name: "Findings per code per week" }).locator("svg rect").first()).toBeVisible();
  await page.getByRole("tab", { name: "CRM import" }).click();
  await expect(page.getByRole("heading", { name: "Import the built-in CRM" })).toBeVisible();
  await page.getByRole("tab", { name: "Policy" }).click();
  await page.getByLabel("Severity of no-value-check-in").selectOption("block");
  await page.getByLabel("Recipients", { exact: true }).fill("julia.berg@adatum.com");
  await page.getByLabel("Subject", { exact: true }).fill("Hi");
  await page.getByLabel("Mail text").fill("Just checking in! Any updates?");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "With your changes" })).toContainText("Must fix");

  expect(violations).toEqual([]);
});

test("an inline style the policy does not allow is refused and reported, so the tests above can fail", async ({ page }) => {
  const violations = await recordCspViolations(page);
  await loopbackOnly(page);
  await page.goto("/console");
  await expect(page.getByLabel("Severity of no-value-check-in")).toBeVisible();

  const applied = await page.evaluate(() => {
    const element = document.createElement("div");
    element.setAttribute("style", "color: rgb(1, 2, 3)");
    const style = document.createElement("style");
    style.textContent = "#root { color: rgb(4, 5, 6); }";
    document.body.append(element, style);
    return [getComputedStyle(element).color, getComputedStyle(document.getElementById("root")!).color];
  });

  expect(applied).not.toContain("rgb(1, 2, 3)");
  expect(applied).not.toContain("rgb(4, 5, 6)");
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
});
