// The policy document as the console edits it: the JSON the service stores (PUT /api/v1/policies/current), with the
// documented defaults shown for what a manager has not set. Pure functions, no React, no fetch.
import type { Locale } from "../shared/locale";
import { builtInReasonsIn, findingTexts, sensitivityChoices, thresholdTexts } from "./strings";

/** The settings' names ("their changes", "my changes", the diff); the words are in strings.ts. */
export { fieldLabels } from "./strings";

/**
 * The reasons sellers can pick when the policy sets none: the service's built-in ones, in the console's language
 * (the service offers each seller those of the seller's language).
 */
export { defaultReasons } from "./strings";

/** A language sellers read the value-answer reasons in (the add-in's languages), a key of the translations. */
export type ReasonLanguage = Locale;

/** The languages a manager can translate the reasons into, in the order the editor offers them. */
export const reasonLanguages: readonly ReasonLanguage[] = ["de", "fr", "es", "en"];

/**
 * The value-answer reasons in other languages: per language, one entry per reason, in the reasons' order. An entry left
 * out or null: sellers reading that language see the reason as the manager wrote it (a built-in reason: the add-in's
 * own translation of it).
 */
export type ReasonTranslations = Partial<Record<ReasonLanguage, (string | null)[]>>;

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
  /** Translations of the reasons in force; a team that sets reasons of its own inherits none of the tenant's. */
  valueAnswerReasonTranslations?: ReasonTranslations;
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

/**
 * Every finding code, its default severity, what it means and an example, in the console's words (read when shown, so
 * they follow the console's language).
 */
export const findingCodes: { code: string; severity: Severity; readonly meaning: string; readonly example: string }[] = codeDefaults.map((entry) => ({
  ...entry,
  get meaning() {
    return findingTexts[entry.code]!.meaning;
  },
  get example() {
    return findingTexts[entry.code]!.example;
  },
}));

/** The codes the judge decides from the mail's text, the only ones with a sensitivity (the service refuses it for others). */
export const textCodes: readonly string[] = ["pitch-to-customer", "former-customer", "no-value-check-in", "seller-centric", "renewal-without-value", "at-risk-account", "owned-by-colleague"];

export const sensitivityLevels: { level: Sensitivity; readonly label: string }[] = (["low", "normal", "high"] as const).map((level) => ({
  level,
  get label() {
    return sensitivityChoices[level];
  },
}));

export const defaultThresholds: Required<PolicyThresholds> = { fatigueMessageCount: 3, fatigueWindowDays: 14, renewalWindowDays: 60, lookupDeadlineMs: 1500 };


/** Each threshold with its words (read when shown, so they follow the console's language). */
export const thresholdFields: { key: keyof PolicyThresholds; readonly label: string; readonly unit: string; readonly hint: string }[] = (
  ["fatigueMessageCount", "fatigueWindowDays", "renewalWindowDays", "lookupDeadlineMs"] as const
).map((key) => ({
  key,
  get label() {
    return thresholdTexts[key].label;
  },
  get unit() {
    return thresholdTexts[key].unit;
  },
  get hint() {
    return thresholdTexts[key].hint;
  },
}));

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

/**
 * A language's translations as typed, one per line in the reasons' order: an empty line is null (the reason as
 * written) and keeps its place; empty lines at the end are dropped.
 */
export function translationLinesOf(text: string): (string | null)[] {
  return trimTranslations(text.split(/\r?\n/));
}

/** A language's translations as the editor shows them: one per line, an empty line where there is none. */
export function translationsText(entries: readonly (string | null)[] | undefined): string {
  return (entries ?? []).map((entry) => entry ?? "").join("\n");
}

/**
 * Sets one language's translations (undefined: none). Entries are trimmed and an empty one is null; a language with no
 * translation left is removed, and the field with its last language.
 */
export function withReasonTranslations<T extends PolicyOverrides>(document: T, language: ReasonLanguage, entries: readonly (string | null)[] | undefined): T {
  const translations: ReasonTranslations = { ...document.valueAnswerReasonTranslations };
  const kept = trimTranslations(entries ?? []);
  if (kept.some((entry) => entry !== null)) translations[language] = kept;
  else delete translations[language];
  return withField(document, "valueAnswerReasonTranslations", Object.keys(translations).length > 0 ? translations : undefined);
}

/** Trimmed, empty as null, no nulls at the end. */
function trimTranslations(entries: readonly (string | null | undefined)[]): (string | null)[] {
  const kept = entries.map((entry) => (entry == null || entry.trim() === "" ? null : entry.trim()));
  while (kept.length > 0 && kept[kept.length - 1] === null) kept.pop();
  return kept;
}

/**
 * The reasons sellers pick from under these (effective) settings, in the console's language when they are the
 * built-in ones. `builtIn`: the service translates them itself (no reasons set, or the built-in ones written out, as
 * the service recognises them).
 */
export function reasonsInForce(effective: PolicyOverrides): { reasons: string[]; builtIn: boolean } {
  const own = effective.valueAnswerReasons;
  if (own === undefined) return { reasons: builtInReasonsIn(), builtIn: true };
  const english = builtInReasonsIn("en");
  return { reasons: own, builtIn: own.length === english.length && own.every((reason, i) => reason.trim() === english[i]) };
}

/**
 * Per language, how many of the reasons in force a seller reading it sees as the manager wrote them (no translation
 * there), for the languages worth a warning: those with at least one translation, and, for reasons of the policy's
 * own, those with none at all. The built-in reasons are never missing one: the service translates them itself.
 */
export function missingTranslations(effective: PolicyOverrides): { language: ReasonLanguage; missing: number; total: number }[] {
  const { reasons, builtIn } = reasonsInForce(effective);
  if (builtIn || reasons.length === 0) return [];
  return reasonLanguages
    .map((language) => {
      const entries = effective.valueAnswerReasonTranslations?.[language] ?? [];
      const translated = reasons.filter((_, i) => (entries[i] ?? "").trim() !== "").length;
      return { language, missing: reasons.length - translated, total: reasons.length };
    })
    .filter((entry) => entry.missing > 0);
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
