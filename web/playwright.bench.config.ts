import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import base from "./playwright.config";

type WebServer = Extract<NonNullable<PlaywrightTestConfig["webServer"]>, { command: string }>;

// Send → verdict in the compose simulator, measured rather than tested: `npm run bench:send` (not part of the test
// command: wall-clock numbers are reported, never asserted). Same service set-up as the browser tests, its own port.
const port = Number(process.env.VALUECHECK_BENCH_PORT ?? 5182);

export default defineConfig({
  ...base,
  testDir: "tests/bench",
  timeout: 600_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    ...(base.webServer as WebServer),
    url: `http://127.0.0.1:${port}/healthz`,
    env: { ...(base.webServer as WebServer).env, ASPNETCORE_URLS: `http://127.0.0.1:${port}` },
  },
});
