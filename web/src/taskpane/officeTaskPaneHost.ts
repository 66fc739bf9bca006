import type { AddInConfig } from "../shared/contract";
import { contentFingerprint, draftStateStore, editedSince, handOver, newDraftKey } from "../shared/draftState";
import { readDraft } from "../shared/readDraft";
import { ServiceClient } from "../shared/serviceClient";
import type { TaskPaneHost } from "./TaskPaneHost";
import { taskPaneTokenSource } from "./taskpaneToken";

/** The task pane's host module: the only place it calls Office.js. */
export function officeTaskPaneHost(config: AddInConfig): TaskPaneHost {
  const item = Office.context.mailbox.item as Office.MessageCompose;
  const service = new ServiceClient(config.serviceOrigin, taskPaneTokenSource(config));
  // A fresh store per use: the fingerprint follows the draft as the seller edits it with the pane open.
  const store = () => draftStateStore(item);
  return {
    readDraft: () => readDraft(item),
    opened: async (draft) => {
      const { valueAnswer, lastCheck } = await store().read();
      const handedOver = lastCheck?.response && lastCheck.content === contentFingerprint(draft) ? lastCheck.response : undefined;
      return { answered: valueAnswer, handedOver };
    },
    check: async (request) => {
      const drafts = store();
      const state = await drafts.read();
      const draftKey = state.draftKey ?? newDraftKey();
      const edited = editedSince(state, request);
      if (edited) void service.recordDecision(edited, "edited").catch(() => undefined);
      const response = await service.check({ ...request, draftKey });
      // Kept best effort: a result that cannot be stored only means the next pane checks again.
      await drafts.write({ ...state, draftKey, lastCheck: handOver(request, response) }).catch(() => undefined);
      return response;
    },
    answer: async (checkId, answer) => {
      const drafts = store();
      const state = await drafts.read();
      // Stored with the draft first: the next Send must pass even if recording the decision fails.
      await drafts.write({ ...state, valueAnswer: answer });
      await service.recordDecision(checkId, "answered", answer);
    },
  };
}

/** Outlook's theme, light or dark, read from the body background it reports. */
export function prefersDark(): boolean {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  const hex = background.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
