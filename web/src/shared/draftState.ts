import type { AddInSettings, CheckRequest, CheckResponse } from "./contract";
import { officeCall } from "./officeAsync";
import { readRecipients } from "./readDraft";

/** What the add-in remembers about one draft between the Send handler and the task pane. */
export interface DraftState {
  /** The seller's answer to "Does this add value for them?", which lets the next Send of this draft through. */
  valueAnswer?: string;
  /** This compose item's key, made on its first check: the service counts the checks of one draft as one. */
  draftKey?: string;
  /** The last check of this draft, so the task pane shows the check the Send made and records the answer against it. */
  lastCheck?: HandedOverCheck;
  /** The seller's add-in settings as the service last gave them (checks on or off, fail open or closed). */
  settings?: AddInSettings & { fetchedAt: number };
}

/**
 * A check handed from the Send handler to the task pane: its ID, the fingerprint of the draft it checked, and the
 * result itself unless it was too large for sessionData (then the pane checks again).
 */
export interface HandedOverCheck {
  checkId: string;
  verdict: CheckResponse["verdict"];
  content: string;
  response?: CheckResponse;
}

const stateKey = "valuecheck.state";

/** sessionData holds 50,000 characters per item: a result larger than this is not kept, so the state always fits. */
export const maxHandedOverCharacters = 30_000;

/** What to keep of a check of <draft> for the task pane. */
export function handOver(draft: CheckRequest, response: CheckResponse): HandedOverCheck {
  const keep = JSON.stringify(response).length <= maxHandedOverCharacters;
  return { checkId: response.checkId, verdict: response.verdict, content: contentFingerprint(draft), ...(keep ? { response } : {}) };
}

/**
 * The check whose warning the seller answered by editing: the draft's last check, when it warned or blocked, no
 * value answer was given, and the draft now differs from what it read. Undefined otherwise.
 */
export function editedSince(state: DraftState, draft: CheckRequest): string | undefined {
  const last = state.lastCheck;
  return last && last.verdict !== "ok" && !state.valueAnswer && last.content !== contentFingerprint(draft) ? last.checkId : undefined;
}

/** A new key for a compose item: random, so it says nothing about the mail. */
export function newDraftKey(): string {
  return typeof crypto !== "undefined" && typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/** Where a draft's state lives: Office's per-item sessionData, or local storage where sessionData is unreliable. */
export interface DraftStateStore {
  read(): Promise<DraftState>;
  write(state: DraftState): Promise<void>;
}

/**
 * item.sessionData (Mailbox 1.11) is the place Microsoft gives handlers and task panes to share a draft's state. On Mac
 * it can come back empty when Send follows compose within seconds, and Microsoft points Mac add-ins at localStorage; so
 * the state is written to both where both exist, and read from whichever has it. The classic-Windows handler runtime
 * has no localStorage, and there sessionData alone is used; the draft's fingerprint (the local-storage key) is then
 * never read, so Send does not pay for it.
 */
export function draftStateStore(item: Office.MessageCompose, fingerprint: () => Promise<string> = () => draftFingerprint(item)): DraftStateStore {
  const storage = localStorageIfAny();
  let localKey: Promise<string> | undefined;
  const key = () => (localKey ??= fingerprint().then((value) => `${stateKey}:${value}`));
  const sessionData = sessionDataIfSupported(item);

  return {
    async read() {
      let fromSession: DraftState | undefined;
      if (sessionData) {
        try {
          const raw = await officeCall<string>((callback) => sessionData.getAsync(stateKey, callback));
          fromSession = parse(raw);
        } catch {
          // A key that was never set is an error in Office.js: nothing stored yet.
        }
      }
      const fromLocal = storage ? parse(storage.getItem(await key())) : undefined;
      return { ...fromLocal, ...fromSession };
    },
    async write(state) {
      const raw = JSON.stringify(state);
      if (storage) storage.setItem(await key(), raw);
      if (sessionData) await officeCall<void>((callback) => sessionData.setAsync(stateKey, raw, callback));
    },
  };
}

function sessionDataIfSupported(item: Office.MessageCompose): Office.SessionData | undefined {
  try {
    return Office.context.requirements.isSetSupported("Mailbox", "1.11") ? item.sessionData : undefined;
  } catch {
    return undefined;
  }
}

function localStorageIfAny(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function parse(raw: string | null | undefined): DraftState | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === "object" && value !== null ? (value as DraftState) : undefined;
  } catch {
    return undefined;
  }
}

/** The draft's fingerprint as the handlers and the task pane both compute it; an unreadable part counts as empty. */
export async function draftFingerprint(item: Office.MessageCompose): Promise<string> {
  const [subject, recipients] = await Promise.all([
    officeCall<string>((callback) => item.subject.getAsync(callback)).catch(() => ""),
    readRecipients(item).catch((): string[] => []),
  ]);
  return fingerprintOf(subject, recipients);
}

/** A stable name for a draft where Office gives none: its subject and recipients (what the answer was given for). */
export function fingerprintOf(subject: string, recipients: string[]): string {
  return fnv1a(subject.trim().toLowerCase() + "|" + [...recipients].map((r) => r.toLowerCase()).sort().join(","));
}

/** What a check read of a draft (subject, body, recipients): equal fingerprints, the same check result. */
export function contentFingerprint(draft: CheckRequest): string {
  const recipients = [...draft.to, ...draft.cc, ...draft.bcc].map((r) => r.toLowerCase()).sort().join(",");
  return `${fnv1a(draft.subject)}.${fnv1a(draft.body)}.${fnv1a(recipients)}.${draft.body.length}`;
}

function fnv1a(text: string): string {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0).toString(16);
}
