import type { AddInSettings, CheckRequest, CheckResponse } from "../shared/contract";
import { withDeadline } from "../shared/deadline";
import { editedSince, handOver, newDraftKey, type DraftState } from "../shared/draftState";
import { alertWordsFor } from "./alertWords";
import { completionFor, type Completion, type SendOutcome } from "./sendDecision";

/** At most this long from the Send click to a decision: Outlook says "taking longer than expected" at 5 s. */
export const sendDeadlineMilliseconds = 3000;
/** Settings fetched while composing are trusted this long; a manager's switch reaches drafts opened after it at once. */
export const settingsFreshMilliseconds = 10 * 60 * 1000;

/** What the Send handler needs from Outlook and the service; the event module wires the real ones. */
export interface SendPorts {
  readDraft(): Promise<CheckRequest>;
  readState(): Promise<DraftState>;
  writeState(state: DraftState): Promise<void>;
  check(request: CheckRequest, signal: AbortSignal | undefined): Promise<CheckResponse>;
  /** Tells the service the seller edited the draft after that check warned; best effort, never awaited by Send. */
  recordEdited(checkId: string): Promise<void>;
  markdownSupported(): boolean;
  /** Outlook's display language ("de-AT"); the alert speaks it. */
  displayLanguage(): string | undefined;
  now(): number;
}

/**
 * Decides one Send: checks the draft within the deadline and returns the completion options. Never throws: every
 * failure (no token, slow network, outage, an Office call that fails) becomes "unavailable" under the fail mode.
 */
export async function decideSend(ports: SendPorts, deadline = sendDeadlineMilliseconds): Promise<Completion> {
  const started = ports.now();
  let state: DraftState = {};
  let failMode: AddInSettings["failMode"] = "open";
  let outcome: SendOutcome;
  let checked: CheckRequest | undefined;
  try {
    outcome = await withDeadline(deadline, async (signal) => {
      state = await ports.readState().catch(() => ({}));
      const settings = state.settings;
      if (settings && started - settings.fetchedAt < settingsFreshMilliseconds) {
        failMode = settings.failMode;
        if (!settings.checksEnabled) return { kind: "checksOff" } as const;
      }
      const draft = await ports.readDraft();
      if (state.valueAnswer) draft.valueAnswer = state.valueAnswer;
      // One key per compose item, kept with the draft: the service ties this draft's checks together by it.
      const draftKey = state.draftKey ?? newDraftKey();
      draft.draftKey = draftKey;
      // A new key is kept at once, beside the check rather than before it: a Send that times out keeps it too.
      if (draftKey !== state.draftKey) void ports.writeState({ ...state, draftKey }).catch(() => undefined);
      checked = draft;
      const edited = editedSince(state, draft);
      if (edited) void ports.recordEdited(edited).catch(() => undefined);
      const response = await ports.check(draft, signal);
      return { kind: "checked", response } as const;
    });
  } catch (error) {
    outcome = { kind: "unavailable", reason: error instanceof Error ? error.message : String(error), failMode };
  }
  if (outcome.kind === "checked" && checked) {
    // The task pane shows this check and records the seller's answer against it; best effort, never holding the Send.
    const remembered: DraftState = { ...state, draftKey: checked.draftKey, lastCheck: handOver(checked, outcome.response) };
    await withDeadline(250, () => ports.writeState(remembered)).catch(() => undefined);
  }
  return completionFor(outcome, ports.markdownSupported(), alertWordsFor(ports.displayLanguage()));
}
