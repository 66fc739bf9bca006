// What the seller will see for a preview's result, in the words of Outlook's screens rather than the API's.
import type { SendMode, Verdict } from "../shared/contract";

/** What Outlook does on Send for each send mode. */
export const sendModeText: Record<SendMode, string> = {
  none: "Sent at once, no alert.",
  promptUser: "Held with an alert: the seller can open Value Check or choose Send Anyway.",
  softBlock: "Held with an alert and no Send Anyway: the seller must change the mail first.",
  block: "Held: the mail cannot go out until it is changed.",
};

export const verdictText: Record<Verdict, string> = { ok: "Nothing flagged", warn: "Warning", block: "Must fix" };
