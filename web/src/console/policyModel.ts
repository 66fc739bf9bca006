// The policy document as the console edits it: the JSON the service stores (PUT /api/v1/policies/current), with the
// documented defaults shown for what a manager has not set. Pure functions, no React, no fetch.

export type Severity = "off" | "info" | "warn" | "block";

/** How sure the text judge must be before it raises a text code: low asks for more certainty, high for less. */
export type Sensitivity = "low" | "normal" | "high";

export interface PolicyThresholds {
  fatigueMessageCount?: number;
  fatigueWindowDays?: number;
  renewalWindowDays?: number;
  lookupDeadlineMs?: number;
}

export interface PolicyOverrides {
  checksEnabled?: boolean;
  severities?: Record<string, Severity>;
  sensitivity?: Record<string, Sensitivity>;
  thresholds?: PolicyThresholds;
  exemptDomains?: string[];
  exemptAddresses?: string[];
  valueAnswerReasons?: string[];
  failMode?: "open" | "closed";
}

export interface PolicyDocument extends PolicyOverrides {
  teams?: Record<string, PolicyOverrides & { name?: string }>;
}

export interface PolicyVersion {
  version: number;
  changedBy: string;
  changedAt: string;
  rolledBackFrom: number | null;
  document: PolicyDocument;
}

/** Every finding code (design.md's public contract), what it means and an example, in the console's words. */
export const findingCodes: { code: string; severity: Severity; meaning: string; example: string }[] = [
  { code: "pitch-to-customer", severity: "warn", meaning: "A new-business pitch to someone whose company already buys from you.", example: "\"I'd love to introduce Contoso\" to a customer since 2020." },
  { code: "former-customer", severity: "warn", meaning: "A generic pitch to a former customer that ignores the history.", example: "\"Are you the right person to talk to?\" to a customer who left last year." },
  { code: "no-value-check-in", severity: "warn", meaning: "The mail only exists to stay in touch and brings nothing new.", example: "\"Just checking in, any updates?\"" },
  { code: "seller-centric", severity: "info", meaning: "The mail is about the seller's company, with nothing specific to the recipient.", example: "Three paragraphs about our awards and none about their situation." },
  { code: "unfilled-placeholder", severity: "block", meaning: "A template placeholder was left in.", example: "\"Hi [First Name]\" or \"{{company}}\"." },
  { code: "renewal-without-value", severity: "warn", meaning: "A renewal or price mail that pushes price or signature with no recap of value.", example: "\"Your renewal is due; the new price is attached. Please sign by Friday.\"" },
  { code: "contact-fatigue", severity: "warn", meaning: "The recipient already got several unanswered mails from this seller recently.", example: "The fourth mail in two weeks with no reply in between." },
  { code: "at-risk-account", severity: "warn", meaning: "An upsell or renewal push to a customer with open severe cases or a renewal coming up.", example: "Pitching an add-on while two high-severity cases are open." },
  { code: "do-not-email", severity: "block", meaning: "A recipient is marked do-not-email in the CRM.", example: "A contact who asked to receive no sales mail." },
  { code: "owned-by-colleague", severity: "info", meaning: "A pitch or renewal to an account another salesperson owns.", example: "Mailing a customer whose account owner is a colleague." },
  { code: "lookup-unavailable", severity: "info", meaning: "Microsoft 365 or the CRM could not be asked in time; the check ran on what it had.", example: "The CRM was slow during Send." },
];

/** The codes the judge decides from the mail's text, the only ones with a sensitivity (the service refuses it for others). */
export const textCodes: readonly string[] = ["pitch-to-customer", "former-customer", "no-value-check-in", "seller-centric", "renewal-without-value", "at-risk-account", "owned-by-colleague"];

export const sensitivityLevels: { level: Sensitivity; label: string }[] = [
  { level: "low", label: "Low — only when the mail clearly does this" },
  { level: "normal", label: "Normal" },
  { level: "high", label: "High — also when it only reads like it" },
];

export const defaultThresholds: Required<PolicyThresholds> = { fatigueMessageCount: 3, fatigueWindowDays: 14, renewalWindowDays: 60, lookupDeadlineMs: 1500 };

export const defaultReasons = [
  "It answers a question they asked",
  "It brings news that affects them",
  "It follows up on something we agreed",
  "The account owner asked me to send it",
];

export const thresholdFields: { key: keyof PolicyThresholds; label: string; unit: string; hint: string }[] = [
  { key: "fatigueMessageCount", label: "Unanswered mails before contact fatigue", unit: "mails", hint: "1 to 100" },
  { key: "fatigueWindowDays", label: "Contact fatigue window", unit: "days", hint: "1 to 365" },
  { key: "renewalWindowDays", label: "Renewal counts as near within", unit: "days", hint: "0 to 730" },
  { key: "lookupDeadlineMs", label: "Time to look recipients up on Send", unit: "ms", hint: "100 to 2500" },
];

export function severityOf(document: PolicyOverrides, code: string): Severity {
  return document.severities?.[code] ?? findingCodes.find((entry) => entry.code === code)?.severity ?? "info";
}

/** Sets a code's severity; the inherited one (the default, or the tenant's for a team) is stored as "not set". */
export function withSeverity<T extends PolicyOverrides>(document: T, code: string, severity: Severity, inherited?: Severity): T {
  const severities = { ...document.severities, [code]: severity };
  if ((inherited ?? findingCodes.find((entry) => entry.code === code)?.severity) === severity) delete severities[code];
  return withField(document, "severities", Object.keys(severities).length > 0 ? severities : undefined);
}

export function sensitivityOf(document: PolicyOverrides, code: string): Sensitivity {
  return document.sensitivity?.[code] ?? "normal";
}

/** Sets a text code's sensitivity; the inherited one (normal, or the tenant's for a team) is stored as "not set". */
export function withSensitivity<T extends PolicyOverrides>(document: T, code: string, sensitivity: Sensitivity, inherited: Sensitivity = "normal"): T {
  const sensitivities = { ...document.sensitivity, [code]: sensitivity };
  if (sensitivity === inherited) delete sensitivities[code];
  return withField(document, "sensitivity", Object.keys(sensitivities).length > 0 ? sensitivities : undefined);
}

export function withThreshold<T extends PolicyOverrides>(document: T, key: keyof PolicyThresholds, value: number | undefined): T {
  const thresholds = { ...document.thresholds, [key]: value };
  if (value === undefined) delete thresholds[key];
  return withField(document, "thresholds", Object.keys(thresholds).length > 0 ? thresholds : undefined);
}

/** Sets one top-level field; undefined removes it (the default applies again). */
export function withField<T extends PolicyDocument, K extends keyof T>(document: T, key: K, value: T[K] | undefined): T {
  const next = { ...document, [key]: value };
  if (value === undefined) delete next[key];
  return next;
}

/** One entry per line, blank lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Field errors from the service (keys such as "thresholds.fatigueMessageCount" or "exemptDomains[1]") under a field. */
export function errorsUnder(errors: Record<string, string[]>, field: string): string | undefined {
  const messages = Object.entries(errors)
    .filter(([key]) => key === field || key.startsWith(`${field}[`) || key.startsWith(`${field}.`))
    .flatMap(([, list]) => list);
  return messages.length > 0 ? messages.join(" ") : undefined;
}

/** Top-level fields that differ between two documents (what "their changes" and "my changes" are made of). */
export function changedFields(before: PolicyDocument, after: PolicyDocument): (keyof PolicyDocument)[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof PolicyDocument)[]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

/** My edits (base → mine) applied again on top of the latest saved document, field by field. */
export function reapply(base: PolicyDocument, mine: PolicyDocument, latest: PolicyDocument): PolicyDocument {
  let result: PolicyDocument = { ...latest };
  for (const key of changedFields(base, mine)) result = withField(result, key, mine[key] as never);
  return result;
}

export const fieldLabels: Record<keyof PolicyDocument, string> = {
  checksEnabled: "Checks on or off",
  severities: "Severities",
  sensitivity: "How sure before warning",
  thresholds: "Thresholds",
  exemptDomains: "Exempt domains",
  exemptAddresses: "Exempt addresses",
  valueAnswerReasons: "Value-answer reasons",
  failMode: "When the service cannot answer",
  teams: "Team overrides",
};
