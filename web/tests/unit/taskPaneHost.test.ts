import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CheckResponse } from "../../src/shared/contract";
import { handOver } from "../../src/shared/draftState";
import { readDraft } from "../../src/shared/readDraft";
import { officeTaskPaneHost } from "../../src/taskpane/officeTaskPaneHost";
import { installOutlook } from "./outlookMock";

const draft = { to: ["sara.lind@tailwindtraders.com"], subject: "Renewal", body: "Your renewal is due." };
const config = { serviceOrigin: "http://127.0.0.1:5999", auth: "development" as const, clientId: "", apiScope: "" };
const sendCheck: CheckResponse = { checkId: "c1", verdict: "warn", sendMode: "promptUser", findings: [], recipients: [], valueQuestion: null };

describe("the task pane's host", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  async function opened(state: (request: Awaited<ReturnType<typeof readDraft>>) => object) {
    const outlook = installOutlook(draft);
    const item = Office.context.mailbox.item as Office.MessageCompose;
    const reading = readDraft(item);
    await vi.runAllTimersAsync();
    const request = await reading;
    outlook.session.set("valuecheck.state", JSON.stringify(state(request)));
    const before = outlook.sessionReads.count;
    const opening = officeTaskPaneHost(config).opened(request);
    await vi.runAllTimersAsync();
    return { result: await opening, reads: outlook.sessionReads.count - before, outlook, request };
  }

  it("reads the draft's state once on opening: the answer given and the Send's check", async () => {
    const { result, reads } = await opened((request) => ({ valueAnswer: "It answers a question they asked", lastCheck: handOver(request, sendCheck) }));

    expect(result).toEqual({ answered: "It answers a question they asked", handedOver: sendCheck });
    expect(reads).toBe(1);
  });

  it("hands over no check once the draft changed since the Send read it", async () => {
    const { result } = await opened((request) => ({ lastCheck: handOver({ ...request, body: "Something else." }, sendCheck) }));

    expect(result).toEqual({ answered: undefined, handedOver: undefined });
  });
});
