import { expect, test, type Page } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compose, openSimulator } from "../browser/simulator";

// Send → verdict as the seller waits for it: from the Send click to the handler's answer (the simulator's
// data-last-send-ms), over many sends. Cold: a recipient never looked up before (no cached facts). Warm: the
// recipient's facts prefetched when the To field changed, as the add-in does while the seller writes.
const sends = Number(process.env.VALUECHECK_BENCH_SENDS ?? 60);

const body = "Hi,\n\nThe export you asked about on Tuesday is fixed: your March report now has all 412 rows.\n\nBest,\nJoão";

async function sendOnce(page: Page): Promise<number> {
  const sent = page.getByRole("list", { name: "Sent mail" }).getByRole("listitem");
  const before = await sent.count();
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(sent).toHaveCount(before + 1);
  return Number(await page.locator("body").getAttribute("data-last-send-ms"));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

test("Send → verdict in the compose simulator, cold and warm", async ({ page }) => {
  await openSimulator(page);
  await sendOnce(page).catch(() => 0); // the first send loads what a first send loads; not counted

  const cold: number[] = [];
  for (let i = 0; i < sends; i++) {
    await compose(page, { to: `buyer${i}@cold${i}.example`, subject: `Your export ${i}`, body });
    cold.push(await sendOnce(page));
  }
  const warm: number[] = [];
  for (let i = 0; i < sends; i++) {
    await compose(page, { to: "sara.lind@tailwindtraders.com", subject: `Your export, again ${i}`, body });
    await page.waitForTimeout(150); // the prefetch on recipient change has answered
    warm.push(await sendOnce(page));
  }

  const summary = {
    machine: process.env.VALUECHECK_BENCH_MACHINE ?? "unknown",
    sends,
    cold: { p50: percentile(cold, 50), p99: percentile(cold, 99), max: Math.max(...cold) },
    warm: { p50: percentile(warm, 50), p99: percentile(warm, 99), max: Math.max(...warm) },
  };
  console.log(JSON.stringify(summary));
  const folder = join(test.info().project.outputDir, "bench");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "send-latency.json"), JSON.stringify({ ...summary, coldMs: cold, warmMs: warm }, null, 2));
});
