// Every word the task pane shows the seller, in one place (German, French and Spanish come next): finding titles,
// severities, evidence facts as sentences, next steps, headings and buttons. Codes and field names stay inside.
import type { Evidence, Finding } from "../shared/contract";

/** What each finding is called, as a sales manager would say it. */
export const codeTitles: Record<string, string> = {
  "pitch-to-customer": "Pitch to a customer",
  "former-customer": "Cold pitch to a former customer",
  "no-value-check-in": "Check-in with nothing new",
  "seller-centric": "About us, not about them",
  "unfilled-placeholder": "Template placeholder left in",
  "renewal-without-value": "Renewal push without the value",
  "contact-fatigue": "Mailed again without a reply",
  "at-risk-account": "Selling to an account at risk",
  "do-not-email": "Asked not to be emailed",
  "owned-by-colleague": "A colleague's account",
  "lookup-unavailable": "Some facts could not be checked",
};

export const titleOf = (code: string): string => codeTitles[code] ?? "Worth a look";

export const severityLabels: Record<Finding["severity"], string> = { block: "Must fix", warn: "Warning", info: "Worth knowing" };

export const relationshipLabels: Record<string, string> = {
  customer: "Customer",
  prospect: "Prospect",
  "former-customer": "Former customer",
  partner: "Partner",
  competitor: "Competitor",
};

/** A date the service sends (yyyy-mm-dd) the way the seller reads dates; anything else as it came. */
export function formatDate(iso: string | null | undefined, style: "day" | "month" = "day"): string | undefined {
  if (!iso) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, style === "month" ? { year: "numeric", month: "long" } : { year: "numeric", month: "short", day: "numeric" });
}

/**
 * A fact behind a finding as a sentence ("Customer since March 2020"); undefined for facts the finding's own message
 * already says. Values from the CRM and the mailbox are inserted as text.
 */
export function factSentence(evidence: Evidence): string | undefined {
  const value = evidence.value ?? "";
  switch (evidence.fact) {
    case "account.relationship":
      return relationshipLabels[value] ?? value;
    case "account.customer_since":
      return value ? `Customer since ${formatDate(value, "month")}` : undefined;
    case "account.renewal_date":
      return `Renews on ${formatDate(value)}`;
    case "account.open_high_severity_cases":
      return `${value} open high-severity ${value === "1" ? "case" : "cases"}`;
    case "account.owner":
      return `Account owner: ${value}`;
    case "contact.do_not_email":
      return "Marked “do not email” in the CRM";
    case "mail.unanswered_sent_in_window": {
      const dates = value.split(",").map((day) => formatDate(day.trim())).filter(Boolean);
      return `Sent without a reply: ${dates.join(", ")}`;
    }
    case "mail.last_received":
      return value && value !== "never" ? `Last reply from them: ${formatDate(value)}` : "They have never replied";
    case "mail.we_versus_you":
      return `Words about us and about them: ${value}`;
    case "address.sub_address_of":
      return `Delivered to the same mailbox as ${value.split(" ")[0]}`;
    default:
      // Lookup failures ("lookup.graph") and facts of newer services: the value says it in words already.
      return value || undefined;
  }
}

/** A concrete thing the seller can do about a finding, following the fact that raised it. */
export function nextStepFor(finding: Finding): string {
  const phrase = finding.evidence.find((evidence) => evidence.kind === "phrase")?.text;
  const has = (fact: string) => finding.evidence.some((evidence) => evidence.fact === fact);
  switch (finding.code) {
    case "unfilled-placeholder":
      return phrase ? `Replace ${phrase} with the real value.` : "Replace the template placeholder.";
    case "pitch-to-customer":
      return "They already buy from you: drop the introduction and build on what they have.";
    case "former-customer":
      return "Acknowledge the history before pitching again.";
    case "no-value-check-in":
      return "Add something useful: news, an answer, an idea for their situation, or do not send.";
    case "seller-centric":
      return "Say what this means for them, not only about your company.";
    case "renewal-without-value":
      return "Recap the value they got this year and their goals before the price.";
    case "contact-fatigue":
      return "They have not answered your last mails: wait, or try another way to help.";
    case "at-risk-account":
      return has("account.open_high_severity_cases")
        ? "Sort out their open issues before pushing for more business."
        : "Their renewal is close: secure it before offering more.";
    case "do-not-email":
      return "Remove this recipient: they asked not to be emailed.";
    case "owned-by-colleague":
      return "Ask the account owner first.";
    case "lookup-unavailable":
      return "Some facts could not be looked up in time; the check ran on what it had.";
    default:
      return "Review this before sending.";
  }
}

/** Headings, buttons and notes of the pane. */
export const paneText = {
  loading: "Looking up your recipients…",
  signInTitle: "Sign in to Value Check",
  unreachableTitle: "Value Check is not reachable",
  signIn: "Sign in",
  tryAgain: "Try again",
  textNotChecked: "Text not checked",
  stillChecked: "Who the recipients are and any placeholders were still checked.",
  nothingToFlag: "Nothing to flag",
  nothingAboutRecipients: "Nothing about the recipients stands in the way.",
  readsWell: "This mail reads well for its recipients.",
  fixBeforeSending: "Fix before sending",
  beforeThisGoesOut: "Before this goes out",
  worthKnowing: "Worth knowing",
  whoTheyAre: "Who they are",
  allColleagues: "All recipients are colleagues.",
  checkAgain: "Check again",
  answerNotSaved: "The answer could not be saved:",
  nextStep: "Next step:",
  subjectPrefix: "Subject: ",
  findingsLabel: "Findings",
  saveAnswer: "Save answer",
  valueQuestion: "Value question",
  ownWords: "In my own words",
  whatItGives: "What does this mail give them?",
  atMost: (characters: number) => `At most ${characters} characters.`,
  answerSaved: "Answer saved",
  sendAgain: "Press Send again: this draft goes out.",
  sendAgainWhenFixed: "Fix what must be fixed, then press Send again.",
  notInCrm: "Not in the CRM: no relationship known.",
  doNotEmail: "Do not email",
  noneFound: "none found",
  from: (sources: string) => `From ${sources}.`,
  and: " and ",
  couldNotAsk: "could not be asked:",
  yourMailbox: "your mailbox",
};

/** The recipient card's rows. */
export const cardTerms = {
  relationship: "Relationship",
  account: "Account",
  customerSince: "Customer since",
  renewal: "Renewal",
  owner: "Owner",
  openCases: "Open high-severity cases",
  title: "Title",
  lastMailSent: "Last mail sent",
  lastReply: "Last reply received",
};
