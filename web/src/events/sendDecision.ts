import type { AddInSettings, CheckResponse, Finding } from "../shared/contract";
import { en, type AlertWords } from "./locales/en";

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

/**
 * Turns the outcome of the check into the one event.completed(...) of the Send handler. Only a verdict stops a
 * mail; an unreachable service lets it go unless the manager's policy says fail closed. The alert's own words are in
 * the seller's display language (locales/); the findings come from the service in it already.
 */
export function completionFor(outcome: SendOutcome, markdownSupported: boolean, words: AlertWords = en): Completion {
  switch (outcome.kind) {
    case "checksOff":
      return { allowEvent: true };
    case "unavailable":
      return outcome.failMode === "closed"
        ? {
            allowEvent: false,
            errorMessage: words.unavailableClosed,
          }
        : { allowEvent: true };
    case "checked":
      return verdictCompletion(outcome.response, markdownSupported, words);
  }
}

function verdictCompletion(response: CheckResponse, markdownSupported: boolean, words: AlertWords): Completion {
  if (response.sendMode === "none") return { allowEvent: true };
  const stopping = response.findings.filter((finding) => finding.severity !== "info");
  const completion: Completion = {
    allowEvent: false,
    errorMessage: plainMessage(response, stopping, words),
    cancelLabel: words.cancelLabel.slice(0, 20),
    commandId: openPaneCommandId,
  };
  if (markdownSupported) completion.errorMessageMarkdown = markdownMessage(response, stopping, words);
  // The manifest declares soft block; a warning is lowered to "prompt user" so the seller can still send anyway.
  if (response.sendMode === "promptUser") completion.sendModeOverride = "promptUser"; // Office.MailboxEnums.SendModeOverride.PromptUser
  return completion;
}

function plainMessage(response: CheckResponse, findings: Finding[], words: AlertWords): string {
  const lead = response.verdict === "block" ? words.fixLead : words.warnLead;
  const lines = findings.map((finding) => finding.message);
  const question = response.valueQuestion && response.verdict !== "block" ? ` ${response.valueQuestion.question}` : "";
  return fit(`${lead} ${lines.join(" ")}${question}`);
}

function markdownMessage(response: CheckResponse, findings: Finding[], words: AlertWords): string {
  const blocked = response.verdict === "block";
  const lead = `**${blocked ? words.fixLead : words.warnLead}**`;
  const question = response.valueQuestion && !blocked ? `\n\n**${escapeMarkdown(response.valueQuestion.question)}**` : "";
  const label = words.cancelLabel.slice(0, 20);
  const tail = `${question}\n\n${blocked ? words.fixTail(label) : words.warnTail(label)}`;
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
