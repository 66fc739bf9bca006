// The policy document as the console edits it: the JSON the service stores (PUT /api/v1/policies/current), with the
// documented defaults shown for what a manager has not set. Pure functions, no React, no fetch.
import { findingTexts, sensitivityChoices, thresholdTexts } from "./strings";

/** The settings' names ("their changes", "my changes", the diff); the words are in strings.ts. */
export { fieldLabels } from "./strings";

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

/** Every finding code (design.md's public contract) and its default severity; what it means is in strings.ts. */
const codeDefaults: { code: string; severity: Severity }[] = [
  { code: "pitch-to-customer", severity: "warn" },
  { code: "former-customer", severity: "warn" },
  { code: "no-value-check-in", severity: "warn" },
  { code: "seller-centric", severity: "info" },
  { code: "unfilled-placeholder", severity: "block" },
  { code: "renewal-without-value", severity: "warn" },
  { code: "contact-fatigue", severity: "warn" },
  { code: "at-risk-account", severity: "warn" },
  { code: "do-not-email", severity: "block" },
  { code: "owned-by-colleague", severity: "info" },
  { code: "lookup-unavailable", severity: "info" },
];

/** Every finding code, its default severity, what it means and an example, in the console's words. */
export const findingCodes: { code: string; severity: Severity; meaning: string; example: string }[] = codeDefaults.map((entry) => ({ ...entry, ...findingTexts[entry.code]! }));

/** The codes the judge decides from the mail's text, the only ones with a sensitivity (the service refuses it for others). */
export const textCodes: readonly string[] = ["pitch-to-customer", "former-customer", "no-value-check-in", "seller-centric", "renewal-without-value", "at-risk-account", "owned-by-colleague"];

export const sensitivityLevels: { level: Sensitivity; label: string }[] = (["low", "normal", "high"] as const).map((level) => ({ level, label: sensitivityChoices[level] }));

export const defaultThresholds: Required<PolicyThresholds> = { fatigueMessageCount: 3, fatigueWindowDays: 14, renewalWindowDays: 60, lookupDeadlineMs: 1500 };

export const defaultReasons = [
  "It answers a question they asked",
  "It brings news that affects them",
  "It follows up on something we agreed",
  "The account owner asked me to send it",
];

export const thresholdFields: { key: keyof PolicyThresholds; label: string; unit: string; hint: string }[] = (
  ["fatigueMessageCount", "fatigueWindowDays", "renewalWindowDays", "lookupDeadlineMs"] as const
).map((key) => ({ key, ...thresholdTexts[key] }));

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
