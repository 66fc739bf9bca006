import type { Finding } from "../shared/contract";

/** A concrete thing the seller can do about a finding, in their words rather than the engine's. */
export function nextStepFor(finding: Finding): string {
  const phrase = finding.evidence.find((evidence) => evidence.kind === "phrase")?.text;
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
      return "Sort out their open issues before pushing for more business.";
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
