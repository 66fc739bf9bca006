// A small stand-in for Office.js with exactly the mailbox surface the add-in uses, so the compose simulator (and the
// browser tests) can run the real handlers and task pane without Outlook. Development only.

export interface ComposeFields {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
}

type Handler = (event: { completed: (options?: Record<string, unknown>) => void }) => void;

export interface StandIn {
  handlers: Map<string, Handler>;
  /** Runs a registered handler and resolves with the options it completed with (or rejects if it completes twice). */
  fire(name: string): Promise<Record<string, unknown> | undefined>;
  setDark(dark: boolean): void;
  /** Handlers that called event.completed more than once (a bug the browser tests look for). */
  completedTwice: string[];
}

function succeeded<T>(value: T): Office.AsyncResult<T> {
  return { status: "succeeded", value, error: undefined, asyncContext: undefined, diagnostics: undefined } as unknown as Office.AsyncResult<T>;
}
function failed<T>(message: string): Office.AsyncResult<T> {
  return { status: "failed", value: undefined, error: { name: "Error", message, code: 9000 }, asyncContext: undefined, diagnostics: undefined } as unknown as Office.AsyncResult<T>;
}
/** Office calls back asynchronously, never inside the call. */
function later(callback: (() => void) | undefined) {
  setTimeout(() => callback?.(), 0);
}

/** <paramref>displayLanguage</paramref> plays Outlook's display language ("de-DE"), as Office.context.displayLanguage. */
export function installOfficeStandIn(fields: () => ComposeFields, supportedMailbox = "1.15", displayLanguage = "en-US"): StandIn {
  const handlers = new Map<string, Handler>();
  const sessionData = new Map<string, string>();
  const theme = { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" };
  const recipients = (pick: (f: ComposeFields) => string[]) => ({
    getAsync: (callback: (result: Office.AsyncResult<Office.EmailAddressDetails[]>) => void) =>
      later(() => callback(succeeded(pick(fields()).map((emailAddress) => ({ emailAddress, displayName: emailAddress, recipientType: "other" }) as Office.EmailAddressDetails)))),
  });
  const optionsAndCallback = <T>(args: unknown[]) => args.find((arg) => typeof arg === "function") as ((result: Office.AsyncResult<T>) => void) | undefined;

  const item = {
    itemType: "message",
    to: recipients((f) => f.to),
    cc: recipients((f) => f.cc),
    bcc: recipients((f) => f.bcc),
    subject: { getAsync: (...args: unknown[]) => later(() => optionsAndCallback<string>(args)?.(succeeded(fields().subject))) },
    body: {
      getAsync: (coercion: string, ...args: unknown[]) =>
        later(() => optionsAndCallback<string>(args)?.(coercion === "text" ? succeeded(fields().body) : failed("Only text is simulated."))),
    },
    sessionData: {
      getAsync: (name: string, callback: (result: Office.AsyncResult<string>) => void) =>
        later(() => callback(sessionData.has(name) ? succeeded(sessionData.get(name)!) : failed(`No session data named ${name}.`))),
      setAsync: (name: string, value: string, callback?: (result: Office.AsyncResult<void>) => void) =>
        later(() => {
          if (value.length > 50_000) return callback?.(failed("sessionData holds at most 50,000 characters."));
          sessionData.set(name, value);
          callback?.(succeeded(undefined));
        }),
      removeAsync: (name: string, callback?: (result: Office.AsyncResult<void>) => void) => later(() => (sessionData.delete(name), callback?.(succeeded(undefined)))),
      clearAsync: (callback?: (result: Office.AsyncResult<void>) => void) => later(() => (sessionData.clear(), callback?.(succeeded(undefined)))),
    },
  };

  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
    HostType: { Outlook: "Outlook" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
    context: {
      displayLanguage,
      officeTheme: theme,
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "Mailbox" && compareVersions(version ?? "1.1", supportedMailbox) <= 0,
      },
      mailbox: { item, userProfile: { emailAddress: "joao.costa@contoso.com", displayName: "João Costa" } },
    },
  };
  Object.assign(globalThis, { Office: office });

  const completedTwice: string[] = [];
  return {
    handlers,
    completedTwice,
    fire(name) {
      const handler = handlers.get(name);
      if (!handler) return Promise.reject(new Error(`No handler is registered as ${name}.`));
      return new Promise((resolve) => {
        let done = false;
        handler({
          completed: (options) => {
            if (done) {
              completedTwice.push(name);
              return;
            }
            done = true;
            resolve(options);
          },
        });
      });
    },
    setDark(dark) {
      theme.bodyBackgroundColor = dark ? "#1f1f1f" : "#ffffff";
      theme.bodyForegroundColor = dark ? "#ffffff" : "#000000";
    },
  };
}

function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
