import { expect, test } from "@playwright/test";
import { loopbackOnly } from "./browser";

// Chromium refuses a page of one loopback origin (served by the test) framing another loopback origin under its local
// network access checks, which would hide what frame-ancestors does: they are off for this file only.
test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-features=LocalNetworkAccessChecks"] } });

test("the console and the add-in pages refuse to be framed by a site that is not Outlook", async ({ page }) => {
  await loopbackOnly(page);
  const service = new URL(test.info().project.use.baseURL!);
  // A page of another origin (localhost, not 127.0.0.1; served by the test) framing the console, the task pane, and,
  // to show that framing as such works here, a page of the service's origin that sets no policy.
  const framing = `http://localhost:${service.port}/framing`;
  await page.route(framing, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: ["/addin/console/console.html", "/addin/taskpane/taskpane.html", "/unprotected"].map((path) => `<iframe src="${service.origin}${path}"></iframe>`).join(""),
    }),
  );
  await page.route(`${service.origin}/unprotected`, (route) => route.fulfill({ contentType: "text/html", body: "<p>framed</p>" }));
  await page.goto(framing);

  const frameAt = (path: string) => page.frames().find((frame) => frame.url().endsWith(path));
  await expect.poll(() => frameAt("/unprotected")?.locator("p").textContent()).toBe("framed");
  await expect.poll(() => page.frames().filter((frame) => frame.url().startsWith("chrome-error:")).length).toBe(2);
});
