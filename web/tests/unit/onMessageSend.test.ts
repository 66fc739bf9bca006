import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CheckResponse } from "../../src/shared/contract";
import { contentFingerprint, maxHandedOverCharacters, type DraftState } from "../../src/shared/draftState";
import { installOutlook, json, stubService } from "./outlookMock";

const draft = { to: ["sara.lind@tailwindtraders.com"], subject: "Introducing Contoso", body: "I would like to introduce Contoso." };

function response(overrides: Partial<CheckResponse>): CheckResponse {
  return { checkId: "c1", verdict: "ok", sendMode: "none", findings: [], recipients: [], valueQuestion: null, ...overrides };
}

const pitch = response({
  verdict: "warn",
  sendMode: "promptUser",
  findings: [{ code: "pitch-to-customer", severity: "warn", recipient: "sara.lind@tailwindtraders.com", message: "Tailwind Traders is a customer since 2020.", evidence: [] }],
  valueQuestion: { question: "Does this add value for them?", reasons: ["It answers a question they asked"] },
});

async function loadHandlers() {
  vi.resetModules();
  vi.stubGlobal("VALUECHECK_CONFIG", { serviceOrigin: "http://127.0.0.1:5999", auth: "development", clientId: "", apiScope: "" });
  await import("../../src/events/index");
}

const settle = () => vi.runAllTimersAsync().then(() => undefined);

describe("OnMessageSend", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("allows a mail the service finds nothing in, completing exactly once", async () => {
    const outlook = installOutlook(draft);
    stubService({ "/api/v1/checks": () => json(response({})) });
    await loadHandlers();
    const calls = await outlook.fire("onMessageSendHandler", settle);
    expect(calls).toEqual([{ allowEvent: true }]);
  });

  it("reads the draft once on Send, and no body at all while prefetching, where there is no local storage", async () => {
    const outlook = installOutlook(draft);
    stubService({ "/api/v1/checks": () => json(response({})), "/api/v1/addin/settings": () => json({ checksEnabled: true, failMode: "open" }), "/api/v1/recipients/lookup": () => json([]) });
    await loadHandlers();
    await outlook.fire("onMessageSendHandler", settle);
    expect(outlook.reads).toEqual({ body: 1, subject: 1 });
    await outlook.fire("onMessageRecipientsChangedHandler", settle);
    expect(outlook.reads).toEqual({ body: 1, subject: 1 });
  });

  it("holds a warning with the markdown message, the task pane button and prompt-user mode", async () => {
    const outlook = installOutlook(draft);
    stubService({ "/api/v1/checks": () => json(pitch) });
    await loadHandlers();
    const [completion, ...more] = await outlook.fire("onMessageSendHandler", settle);
    expect(more).toHaveLength(0);
    expect(completion).toMatchObject({ allowEvent: false, cancelLabel: "Open Value Check", commandId: "msgComposeOpenPaneButton", sendModeOverride: "promptUser" });
    expect(completion?.errorMessageMarkdown).toContain("Tailwind Traders is a customer since 2020\\.");
    expect(completion?.errorMessage).toContain("Does this add value for them?");
  });

  it("leaves a block at the manifest's soft block: no prompt-user override", async () => {
    const outlook = installOutlook(draft);
    stubService({
      "/api/v1/checks": () =>
        json(response({ verdict: "block", sendMode: "softBlock", findings: [{ code: "unfilled-placeholder", severity: "block", recipient: null, message: "Replace [First Name].", evidence: [] }] })),
    });
    await loadHandlers();
    const [completion] = await outlook.fire("onMessageSendHandler", settle);
    expect(completion).toMatchObject({ allowEvent: false, commandId: "msgComposeOpenPaneButton" });
    expect(completion).not.toHaveProperty("sendModeOverride");
  });

  it("sends plain text only where Mailbox 1.15 (markdown) is not supported", async () => {
    const outlook = installOutlook(draft, { mailbox: "1.14" });
    stubService({ "/api/v1/checks": () => json(pitch) });
    await loadHandlers();
    const [completion] = await outlook.fire("onMessageSendHandler", settle);
    expect(completion).not.toHaveProperty("errorMessageMarkdown");
    expect(completion?.errorMessage).toContain("Tailwind Traders");
  });

  it("lets the mail go when the service does not answer within 3 seconds (fail open)", async () => {
    const outlook = installOutlook(draft);
    stubService({ "/api/v1/checks": () => new Promise<Response>(() => undefined) });
    await loadHandlers();
    const calls = await outlook.fire("onMessageSendHandler", () => vi.advanceTimersByTimeAsync(3000).then(() => undefined));
    expect(calls).toEqual([{ allowEvent: true }]);
  });

  it("lets the mail go when the service is down, unless the policy says fail closed", async () => {
    const open = installOutlook(draft);
    stubService({ "/api/v1/checks": () => json({ title: "Service Unavailable" }, 503) });
    await loadHandlers();
    expect(await open.fire("onMessageSendHandler", settle)).toEqual([{ allowEvent: true }]);

    const settings = JSON.stringify({ settings: { checksEnabled: true, failMode: "closed", fetchedAt: Date.now() } });
    const closed = installOutlook(draft, { sessionData: { "valuecheck.state": settings } });
    stubService({ "/api/v1/checks": () => json({ title: "Service Unavailable" }, 503) });
    await loadHandlers();
    const [completion] = await closed.fire("onMessageSendHandler", settle);
    expect(completion?.allowEvent).toBe(false);
    expect(completion?.errorMessage).toContain("could not check this mail");
  });

  it("allows at once without asking the service when the manager turned checks off", async () => {
    const state = JSON.stringify({ settings: { checksEnabled: false, failMode: "closed", fetchedAt: Date.now() } });
    const outlook = installOutlook(draft, { sessionData: { "valuecheck.state": state } });
    const calls = stubService({ "/api/v1/checks": () => json(pitch) });
    await loadHandlers();
    expect(await outlook.fire("onMessageSendHandler", settle)).toEqual([{ allowEvent: true }]);
    expect(calls.filter((call) => call.path === "/api/v1/checks")).toHaveLength(0);
  });

  it("sends the value answer kept in sessionData, and the answered draft goes out", async () => {
    const outlook = installOutlook(draft, { sessionData: { "valuecheck.state": JSON.stringify({ valueAnswer: "It answers a question they asked" }) } });
    const calls = stubService({
      "/api/v1/checks": (body) => json((body as { valueAnswer?: string }).valueAnswer ? response({ verdict: "warn", sendMode: "none", checkId: "c2" }) : pitch),
    });
    await loadHandlers();
    expect(await outlook.fire("onMessageSendHandler", settle)).toEqual([{ allowEvent: true }]);
    expect(calls.find((call) => call.path === "/api/v1/checks")?.body).toMatchObject({ valueAnswer: "It answers a question they asked", to: draft.to, bodyFormat: "text" });
    // The check is handed to the task pane with the draft, so the pane shows it and records the answer against it.
    const state = JSON.parse(outlook.session.get("valuecheck.state")!) as DraftState;
    expect(state).toMatchObject({ valueAnswer: "It answers a question they asked", lastCheck: { checkId: "c2", response: { checkId: "c2", verdict: "warn" } } });
    expect(state.lastCheck?.content).toBe(contentFingerprint({ ...draft, cc: [], bcc: [], bodyFormat: "text" }));
  });

  it("sends every check of one compose item with the same draft key", async () => {
    const outlook = installOutlook(draft);
    const calls = stubService({ "/api/v1/checks": () => json(pitch) });
    await loadHandlers();
    await outlook.fire("onMessageSendHandler", settle);
    await outlook.fire("onMessageSendHandler", settle);
    const keys = calls.filter((call) => call.path === "/api/v1/checks").map((call) => (call.body as { draftKey?: string }).draftKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it("reports the draft edited when the next Send differs from the one that was warned, and not when nothing changed", async () => {
    const outlook = installOutlook(draft);
    const calls = stubService({ "/api/v1/checks": () => json(pitch), "/api/v1/decisions": () => new Response(null, { status: 204 }) });
    await loadHandlers();
    await outlook.fire("onMessageSendHandler", settle);
    await outlook.fire("onMessageSendHandler", settle);
    expect(calls.filter((call) => call.path === "/api/v1/decisions")).toHaveLength(0);

    outlook.setBody("I would like to introduce Contoso. The figures you asked for are attached.");
    await outlook.fire("onMessageSendHandler", settle);
    expect(calls.filter((call) => call.path === "/api/v1/decisions").map((call) => call.body)).toEqual([{ checkId: "c1", outcome: "edited" }]);
  });

  it("keeps no result too large for sessionData, only which check it was", async () => {
    const outlook = installOutlook(draft);
    const huge = response({ verdict: "warn", sendMode: "promptUser", checkId: "big", findings: pitch.findings.map((finding) => ({ ...finding, message: "x".repeat(maxHandedOverCharacters) })) });
    stubService({ "/api/v1/checks": () => json(huge) });
    await loadHandlers();
    await outlook.fire("onMessageSendHandler", settle);
    const state = JSON.parse(outlook.session.get("valuecheck.state")!) as DraftState;
    expect(state.lastCheck).toMatchObject({ checkId: "big" });
    expect(state.lastCheck).not.toHaveProperty("response");
  });
});

describe("prefetch while composing", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("warms the recipients' facts and keeps the seller's settings in sessionData", async () => {
    const outlook = installOutlook(draft);
    const calls = stubService({
      "/api/v1/addin/settings": () => json({ checksEnabled: true, failMode: "closed" }),
      "/api/v1/recipients/lookup": () => json([]),
    });
    await loadHandlers();
    expect(await outlook.fire("onMessageRecipientsChangedHandler", settle)).toEqual([undefined]);
    expect(calls.find((call) => call.path === "/api/v1/recipients/lookup")?.body).toEqual({ addresses: ["sara.lind@tailwindtraders.com"] });
    expect(JSON.parse(outlook.session.get("valuecheck.state")!).settings).toMatchObject({ checksEnabled: true, failMode: "closed" });
  });

  it("completes even when the service is down", async () => {
    const outlook = installOutlook(draft);
    stubService({});
    await loadHandlers();
    expect(await outlook.fire("onNewMessageComposeHandler", settle)).toEqual([undefined]);
    expect(outlook.session.has("valuecheck.state")).toBe(false);
  });
});

describe("OnMessageSend without a token or sessionData", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("lets the mail go when no token can be acquired: only a verdict stops a mail", async () => {
    const outlook = installOutlook(draft);
    const calls = stubService({ "/api/v1/checks": () => json(pitch) });
    const fetchWithToken = globalThis.fetch;
    vi.stubGlobal("fetch", (url: string, init?: RequestInit) =>
      new URL(url).pathname === "/dev/token" ? Promise.resolve(json({ title: "down" }, 500)) : fetchWithToken(url, init));
    await loadHandlers();
    expect(await outlook.fire("onMessageSendHandler", settle)).toEqual([{ allowEvent: true }]);
    expect(calls.filter((call) => call.path === "/api/v1/checks")).toHaveLength(0);
  });

  it("keeps the value answer in local storage where sessionData is not supported (Mailbox before 1.11)", async () => {
    const store = new Map<string, string>();
    vi.stubGlobal("localStorage", { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => store.set(key, value) });
    const { draftStateStore, fingerprintOf } = await import("../../src/shared/draftState");
    installOutlook(draft, { mailbox: "1.10" });
    const item = (globalThis as unknown as { Office: { context: { mailbox: { item: Office.MessageCompose } } } }).Office.context.mailbox.item;
    const fingerprint = fingerprintOf(draft.subject, draft.to);

    const promise = draftStateStore(item).write({ valueAnswer: "It brings news that affects them" });
    await vi.runAllTimersAsync();
    await promise;
    const read = draftStateStore(item).read();
    await vi.runAllTimersAsync();

    expect(await read).toEqual({ valueAnswer: "It brings news that affects them" });
    expect([...store.keys()]).toEqual([`valuecheck.state:${fingerprint}`]);
  });
});

describe("OnMessageSend in a runtime without AbortController", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("still checks, and still lets the mail go at the deadline", async () => {
    vi.stubGlobal("AbortController", undefined);
    const held = installOutlook(draft);
    stubService({ "/api/v1/checks": () => json(pitch) });
    await loadHandlers();
    expect((await held.fire("onMessageSendHandler", settle))[0]).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });

    const slow = installOutlook(draft);
    stubService({ "/api/v1/checks": () => new Promise<Response>(() => undefined) });
    await loadHandlers();
    expect(await slow.fire("onMessageSendHandler", () => vi.advanceTimersByTimeAsync(3000).then(() => undefined))).toEqual([{ allowEvent: true }]);
  });
});

describe("OnMessageSend sign-in in production", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  async function loadProductionHandlers() {
    vi.resetModules();
    vi.stubGlobal("VALUECHECK_CONFIG", { serviceOrigin: "https://valuecheck.contoso.com", auth: "entra", clientId: "client-1", apiScope: "api://valuecheck.contoso.com/client-1/access_as_user" });
    await import("../../src/events/index");
  }

  function tokensSent() {
    const tokens: string[] = [];
    vi.stubGlobal("fetch", vi.fn(async (_url: string, init?: RequestInit) => {
      tokens.push(String((init?.headers as Record<string, string>).Authorization));
      return json(response({}));
    }));
    return tokens;
  }

  it("uses Nested App Authentication where Outlook supports it and naa.js is loaded", async () => {
    const outlook = installOutlook(draft, { nestedAppAuth: true });
    const acquireSilently = vi.fn(async () => "naa-token");
    vi.stubGlobal("ValueCheckNaa", { acquireSilently });
    vi.stubGlobal("OfficeRuntime", { auth: { getAccessToken: vi.fn(async () => "office-sso-token") } });
    const tokens = tokensSent();
    await loadProductionHandlers();
    expect(await outlook.fire("onMessageSendHandler", settle)).toEqual([{ allowEvent: true }]);
    expect(acquireSilently).toHaveBeenCalledWith("client-1", "api://valuecheck.contoso.com/client-1/access_as_user");
    expect(tokens).toEqual(["Bearer naa-token"]);
  });

  it("falls back to Office's SSO when silent NAA fails, and where naa.js is absent (classic Outlook)", async () => {
    const outlook = installOutlook(draft, { nestedAppAuth: true });
    vi.stubGlobal("ValueCheckNaa", { acquireSilently: vi.fn(async () => Promise.reject(new Error("interaction_required"))) });
    const getAccessToken = vi.fn(async () => "office-sso-token");
    vi.stubGlobal("OfficeRuntime", { auth: { getAccessToken } });
    const tokens = tokensSent();
    await loadProductionHandlers();
    await outlook.fire("onMessageSendHandler", settle);
    expect(tokens).toEqual(["Bearer office-sso-token"]);
    expect(getAccessToken).toHaveBeenCalledWith({ allowSignInPrompt: false, allowConsentPrompt: false, forMSGraphAccess: false });

    const classic = installOutlook(draft, { nestedAppAuth: true });
    vi.stubGlobal("ValueCheckNaa", undefined);
    const classicTokens = tokensSent();
    await loadProductionHandlers();
    await classic.fire("onMessageSendHandler", settle);
    expect(classicTokens).toEqual(["Bearer office-sso-token"]);
  });
});
