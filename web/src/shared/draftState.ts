import type { AddInSettings } from "./contract";
import { officeCall } from "./officeAsync";
import { readRecipients } from "./readDraft";

/** What the add-in remembers about one draft between the Send handler and the task pane. */
export interface DraftState {
  /** The seller's answer to "Does this add value for them?", which lets the next Send of this draft through. */
  valueAnswer?: string;
  /** The last check of this draft, so the answer can be recorded against it. */
  lastCheckId?: string;
  /** The seller's add-in settings as the service last gave them (checks on or off, fail open or closed). */
  settings?: AddInSettings & { fetchedAt: number };
}

const stateKey = "valuecheck.state";

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
  const text = subject.trim().toLowerCase() + "|" + [...recipients].map((r) => r.toLowerCase()).sort().join(",");
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0).toString(16);
}
