// Every word the task pane shows the seller, in the seller's display language (English, German, French, Spanish;
// locales/*.ts): finding titles, severities, evidence facts as sentences, next steps, headings and buttons. Codes and
// field names stay inside. The pane picks its language once, before it renders (usePaneLanguage); the bindings
// below follow it.
import type { Evidence, Finding } from "../shared/contract";
import { formattingTag, localeOf, type Locale } from "../shared/locale";
import { de } from "./locales/de";
import { en, type PaneWords } from "./locales/en";
import { es } from "./locales/es";
import { fr } from "./locales/fr";

const dictionaries: Record<Locale, PaneWords> = { en, de, fr, es };

let words: PaneWords = en;
let dateTag = "en";

export let codeTitles = en.codeTitles;
export let severityLabels = en.severityLabels;
export let relationshipLabels = en.relationshipLabels;
export let paneText = en.paneText;
export let cardTerms = en.cardTerms;

/** Speaks the display language Office names ("de-AT"); English for any language the pane does not speak. */
export function usePaneLanguage(displayLanguage: string | undefined): Locale {
  const locale = localeOf(displayLanguage);
  words = dictionaries[locale];
  dateTag = formattingTag(displayLanguage);
  ({ codeTitles, severityLabels, relationshipLabels, paneText, cardTerms } = words);
  return locale;
}

export const titleOf = (code: string): string => codeTitles[code] ?? words.unknownCodeTitle;

/** A date the service sends (yyyy-mm-dd) the way the seller reads dates in their language; anything else as it came. */
export function formatDate(iso: string | null | undefined, style: "day" | "month" = "day"): string | undefined {
  if (!iso) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(dateTag, style === "month" ? { year: "numeric", month: "long" } : { year: "numeric", month: "short", day: "numeric" });
}

/**
 * A fact behind a finding as a sentence ("Customer since March 2020"); undefined for facts the finding's own message
 * already says. Values from the CRM and the mailbox are inserted as text.
 */
export function factSentence(evidence: Evidence): string | undefined {
  const value = evidence.value ?? "";
  const facts = words.facts;
  switch (evidence.fact) {
    case "account.relationship":
      return relationshipLabels[value] ?? value;
    case "account.customer_since":
      return value ? facts.customerSince(formatDate(value, "month")!) : undefined;
    case "account.renewal_date":
      return facts.renewsOn(formatDate(value)!);
    case "account.open_high_severity_cases":
      return facts.openCases(Number(value));
    case "account.owner":
      return facts.owner(value);
    case "contact.do_not_email":
      return facts.doNotEmail;
    case "mail.unanswered_sent_in_window": {
      const dates = value.split(",").map((day) => formatDate(day.trim())).filter(Boolean);
      return facts.sentWithoutReply(dates.join(", "));
    }
    case "mail.last_received":
      return value && value !== "never" ? facts.lastReply(formatDate(value)!) : facts.neverReplied;
    case "mail.we_versus_you":
      return facts.weVersusYou(value);
    case "address.sub_address_of":
      return facts.sameMailboxAs(value.split(" ")[0] ?? value);
    default:
      // Lookup failures ("lookup.graph") and facts of newer services: the value says it in words already.
      return value || undefined;
  }
}

/** A concrete thing the seller can do about a finding, following the fact that raised it. */
export function nextStepFor(finding: Finding): string {
  const steps = words.nextSteps;
  const phrase = finding.evidence.find((evidence) => evidence.kind === "phrase")?.text;
  const has = (fact: string) => finding.evidence.some((evidence) => evidence.fact === fact);
  switch (finding.code) {
    case "unfilled-placeholder":
      return phrase ? steps.placeholderNamed(phrase) : steps.placeholder;
    case "pitch-to-customer":
      return steps.pitchToCustomer;
    case "former-customer":
      return steps.formerCustomer;
    case "no-value-check-in":
      return steps.checkIn;
    case "seller-centric":
      return steps.sellerCentric;
    case "renewal-without-value":
      return steps.renewal;
    case "contact-fatigue":
      return steps.fatigue;
    case "at-risk-account":
      return has("account.open_high_severity_cases") ? steps.atRiskCases : steps.atRiskRenewal;
    case "do-not-email":
      return steps.doNotEmail;
    case "owned-by-colleague":
      return steps.ownedByColleague;
    case "lookup-unavailable":
      return steps.lookupUnavailable;
    default:
      return steps.other;
  }
}
