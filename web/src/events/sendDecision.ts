import type { AddInSettings, CheckResponse, Finding } from "../shared/contract";

/** The command that opens the task pane, as the manifests name it. */
export const openPaneCommandId = "msgComposeOpenPaneButton";

/** How the check on Send ended, before it is turned into Outlook's completion options. */
export type SendOutcome =
  | { kind: "checked"; response: CheckResponse }
  | { kind: "checksOff" }
  | { kind: "unavailable"; reason: string; failMode: AddInSettings["failMode"] };

export interface Completion {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  sendModeOverride?: Office.MailboxEnums.SendModeOverride | string;
}

const errorMessageLimit = 500; // Outlook's limit for errorMessageMarkdown (Mailbox 1.15).

/** Every word of the Smart Alert, in one place. */
const alertText = {
  cancelLabel: "Open Value Check", // Outlook allows at most 20 characters.
  unavailableClosed:
    "Value Check could not check this mail just now, and your organisation asks for a check before mail goes out. Try Send again in a moment.",
  fixLead: "Fix this before sending:",
  warnLead: "Before this goes out:",
  // A block has nothing to answer: it says where to see what to change.
  fixTail: (label: string) => `Select *${label}* to see what to change.`,
  warnTail: (label: string) => `Select *${label}* to see who they are and answer.`,
};
const cancelLabel = alertText.cancelLabel;

/**
 * Turns the outcome of the check into the one event.completed(...) of the Send handler. Only a verdict stops a
 * mail; an unreachable service lets it go unless the manager's policy says fail closed.
 */
export function completionFor(outcome: SendOutcome, markdownSupported: boolean): Completion {
  switch (outcome.kind) {
    case "checksOff":
      return { allowEvent: true };
    case "unavailable":
      return outcome.failMode === "closed"
        ? {
            allowEvent: false,
            errorMessage: alertText.unavailableClosed,
          }
        : { allowEvent: true };
    case "checked":
      return verdictCompletion(outcome.response, markdownSupported);
  }
}

function verdictCompletion(response: CheckResponse, markdownSupported: boolean): Completion {
  if (response.sendMode === "none") return { allowEvent: true };
  const stopping = response.findings.filter((finding) => finding.severity !== "info");
  const completion: Completion = {
    allowEvent: false,
    errorMessage: plainMessage(response, stopping),
    cancelLabel: cancelLabel.slice(0, 20),
    commandId: openPaneCommandId,
  };
  if (markdownSupported) completion.errorMessageMarkdown = markdownMessage(response, stopping);
  // The manifest declares soft block; a warning is lowered to "prompt user" so the seller can still send anyway.
  if (response.sendMode === "promptUser") completion.sendModeOverride = "promptUser"; // Office.MailboxEnums.SendModeOverride.PromptUser
  return completion;
}

function plainMessage(response: CheckResponse, findings: Finding[]): string {
  const lead = response.verdict === "block" ? alertText.fixLead : alertText.warnLead;
  const lines = findings.map((finding) => finding.message);
  const question = response.valueQuestion && response.verdict !== "block" ? ` ${response.valueQuestion.question}` : "";
  return fit(`${lead} ${lines.join(" ")}${question}`);
}

function markdownMessage(response: CheckResponse, findings: Finding[]): string {
  const blocked = response.verdict === "block";
  const lead = `**${blocked ? alertText.fixLead : alertText.warnLead}**`;
  const question = response.valueQuestion && !blocked ? `\n\n**${escapeMarkdown(response.valueQuestion.question)}**` : "";
  const tail = `${question}\n\n${blocked ? alertText.fixTail(cancelLabel) : alertText.warnTail(cancelLabel)}`;
  const head = lead + "\n";
  let bullets = "";
  for (const finding of findings) {
    const line = `\n- ${escapeMarkdown(finding.message)}`;
    if ((head + bullets + line + tail).length > errorMessageLimit) break;
    bullets += line;
  }
  return fit(head + bullets + tail);
}

/** Messages carry CRM names: they are text, so characters Markdown would read are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (character) => `\\${character}`);
}

function fit(text: string): string {
  return text.length <= errorMessageLimit ? text : text.slice(0, errorMessageLimit - 1) + "…";
}
