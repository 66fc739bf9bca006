import { OfficeMockObject } from "office-addin-mock";
import { vi } from "vitest";

type Completed = (options?: Record<string, unknown>) => void;
type Handler = (event: { completed: Completed }) => void;

export interface Draft {
  to: string[];
  cc?: string[];
  subject: string;
  body: string;
}

/** An Outlook compose item built with office-addin-mock: recipients, subject, text body and sessionData. */
export function installOutlook(draft: Draft, options: { mailbox?: string; sessionData?: Record<string, string>; nestedAppAuth?: boolean } = {}) {
  const handlers = new Map<string, Handler>();
  // A copy: a test that edits the draft must not edit the next test's.
  const current = { ...draft };
  const session = new Map(Object.entries(options.sessionData ?? {}));
  const ok = <T>(value: T) => ({ status: "succeeded", value });
  const supported = options.mailbox ?? "1.15";
  const reads = { body: 0, subject: 0 };
  const sessionReads = { count: 0 };
  const recipients = (list: string[]) => ({
    getAsync: (callback: (result: unknown) => void) => setTimeout(() => callback(ok(list.map((emailAddress) => ({ emailAddress, displayName: emailAddress })))), 0),
  });
  // host "outlook" makes the mock hand out properties without load(), as Outlook's API does.
  const office = new OfficeMockObject({
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
    actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          (name === "Mailbox" && Number(version.split(".")[1]) <= Number(supported.split(".")[1])) || (name === "NestedAppAuth" && options.nestedAppAuth === true),
      },
      mailbox: {
        item: {
          to: recipients(draft.to),
          cc: recipients(draft.cc ?? []),
          bcc: recipients([]),
          subject: { getAsync: (callback: (result: unknown) => void) => (reads.subject++, setTimeout(() => callback(ok(draft.subject)), 0)) },
          body: { getAsync: (_coercion: string, callback: (result: unknown) => void) => (reads.body++, setTimeout(() => callback(ok(current.body)), 0)) },
          sessionData: {
            getAsync: (name: string, callback: (result: unknown) => void) => (
              sessionReads.count++,
              setTimeout(() => callback(session.has(name) ? ok(session.get(name)) : { status: "failed", error: { message: "not set" } }), 0)
            ),
            setAsync: (name: string, value: string, callback: (result: unknown) => void) =>
              setTimeout(() => {
                session.set(name, value);
                callback(ok(undefined));
              }, 0),
          },
        },
      },
    },
  });
  vi.stubGlobal("Office", office);
  return {
    session,
    /** The seller rewrites the body. */
    setBody: (body: string) => {
      current.body = body;
    },
    /** How often the handlers read the subject and the body (Send must not read them twice). */
    reads,
    /** How often sessionData was read (the task pane reads it once on opening). */
    sessionReads,
    /** Runs a handler as Outlook does and resolves with every completed(...) call it made. */
    async fire(name: string, settle: () => Promise<void>) {
      const calls: (Record<string, unknown> | undefined)[] = [];
      const handler = handlers.get(name);
      if (!handler) throw new Error(`${name} is not registered`);
      handler({ completed: (options) => calls.push(options) });
      await settle();
      return calls;
    },
  };
}

/** A fetch that answers the development token path and the service's endpoints from the given routes. */
export function stubService(routes: Record<string, (body: unknown) => Response | Promise<Response>>) {
  const calls: { path: string; body: unknown }[] = [];
  const fetchStub = vi.fn(async (url: string, init?: RequestInit) => {
    const path = new URL(url).pathname;
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ path, body });
    if (path === "/dev/token") return json({ token: "header.eyJleHAiOjQxMDI0NDQ4MDB9.signature" });
    const route = routes[path];
    if (!route) return json({ title: "Not Found" }, 404);
    if (init?.signal?.aborted) throw new DOMException("aborted", "AbortError");
    return route(body);
  });
  vi.stubGlobal("fetch", fetchStub);
  return calls;
}

export function json(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), { status, headers: { "Content-Type": "application/json" } });
}
