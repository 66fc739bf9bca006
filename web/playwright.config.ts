import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Browser tests: Debian's Chromium (no browser download), the real service in Development on a free loopback port with
// a fresh SQLite database and the demo CRM, and the compose simulator page.
const port = Number(process.env.VALUECHECK_BROWSER_PORT ?? 5181);
const dataFolder = mkdtempSync(join(tmpdir(), "valuecheck-browser-"));

export default defineConfig({
  testDir: "tests/browser",
  outputDir: "test-results",
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] },
    screenshot: "only-on-failure",
  },
  webServer: {
    command: `dotnet run --no-launch-profile --project ../src/OutlookValueCheck.Api -p:SkipWebBuild=true`,
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      ASPNETCORE_ENVIRONMENT: "Development",
      ASPNETCORE_URLS: `http://127.0.0.1:${port}`,
      Storage__DataFolder: dataFolder,
      Logging__LogLevel__Default: "Warning",
      // One development seller and manager make every request of the run; the per-user limit is not under test here.
      RateLimits__RequestsPerMinutePerUser: "100000",
    },
  },
});
