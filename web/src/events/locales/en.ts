// Every word of the Smart Alert in English; de.ts, fr.ts and es.ts are typed by it, so a word missing in one of
// them fails the build.
export const en = {
  /** The alert's button that opens the task pane: Outlook allows at most 20 characters. */
  cancelLabel: "Open Value Check",
  unavailableClosed:
    "Value Check could not check this mail just now, and your organisation asks for a check before mail goes out. Try Send again in a moment.",
  fixLead: "Fix this before sending:",
  warnLead: "Before this goes out:",
  // A block has nothing to answer: it says where to see what to change.
  fixTail: (label: string) => `Select *${label}* to see what to change.`,
  warnTail: (label: string) => `Select *${label}* to see who they are and answer.`,
};

export type AlertWords = typeof en;
