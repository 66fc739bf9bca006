import {
  defaultReasons,
  defaultThresholds,
  fieldLabels,
  findingCodes,
  reasonLanguages,
  sensitivityOf,
  severityOf,
  textCodes,
  thresholdFields,
  type PolicyDocument,
  type PolicyOverrides,
} from "./policyModel";
import { diff, sensitivityLabels, severityLabels } from "./strings";

/** One readable line of a diff between two policy versions: "Severity of no-value-check-in: warn → block". */
export interface PolicyChange {
  what: string;
  before: string;
  after: string;
  /** The team whose sellers the change reaches (its name), undefined for the tenant policy. */
  team?: string;
}

/**
 * What changed between two versions, in a manager's words, comparing effective values (a setting removed goes back
 * to its default, and says so).
 */
export function diffPolicies(before: PolicyDocument, after: PolicyDocument): PolicyChange[] {
  const changes = diffOverrides(before, after);
  const teams = new Set([...Object.keys(before.teams ?? {}), ...Object.keys(after.teams ?? {})]);
  for (const group of [...teams].sort()) {
    const old = before.teams?.[group];
    const now = after.teams?.[group];
    const name = now?.name ?? old?.name ?? group;
    if (!old) changes.push({ what: diff.team(name), before: diff.teamAbsent, after: diff.teamAdded, team: name });
    else if (!now) changes.push({ what: diff.team(name), before: diff.teamPresent, after: diff.teamRemoved, team: name });
    // A team inherits what it does not set: compare what its sellers actually get.
    else changes.push(...diffOverrides(inherit(before, old), inherit(after, now), name));
  }
  return changes;
}

/**
 * Who a set of changes reaches, in a manager's words: every seller when the tenant policy changes (teams inherit
 * what they do not override), else the teams named.
 */
export function whoIsAffected(changes: PolicyChange[]): string {
  const teams = new Set<string>();
  for (const change of changes) {
    if (change.team === undefined) return diff.allSellers;
    teams.add(change.team);
  }
  return diff.sellersOf([...teams].sort());
}

/** A setting is named as is for the tenant policy, after the team's name for a team (`team`, kept with the change too). */
function diffOverrides(before: PolicyOverrides, after: PolicyOverrides, team?: string): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const push = (what: string, old: string, now: string) => {
    if (old === now) return;
    changes.push(team === undefined ? { what, before: old, after: now } : { what: diff.teamSetting(team, what), before: old, after: now, team });
  };
  const checks = (document: PolicyOverrides) => (document.checksEnabled === false ? diff.off : diff.on);
  const failMode = (document: PolicyOverrides) => (document.failMode === "closed" ? diff.failClosed : diff.failOpen);
  push(fieldLabels.checksEnabled, checks(before), checks(after));
  for (const entry of findingCodes) push(diff.severityOf(entry.code), severityLabels[severityOf(before, entry.code)], severityLabels[severityOf(after, entry.code)]);
  for (const code of textCodes) push(diff.sensitivityOf(code), sensitivityLabels[sensitivityOf(before, code)], sensitivityLabels[sensitivityOf(after, code)]);
  for (const field of thresholdFields)
    push(field.label, diff.amount(before.thresholds?.[field.key] ?? defaultThresholds[field.key], field.unit), diff.amount(after.thresholds?.[field.key] ?? defaultThresholds[field.key], field.unit));
  push(fieldLabels.exemptDomains, list(before.exemptDomains), list(after.exemptDomains));
  push(fieldLabels.exemptAddresses, list(before.exemptAddresses), list(after.exemptAddresses));
  push(fieldLabels.valueAnswerReasons, list(before.valueAnswerReasons ?? defaultReasons), list(after.valueAnswerReasons ?? defaultReasons));
  for (const language of reasonLanguages)
    push(diff.reasonsIn(language), translations(before.valueAnswerReasonTranslations?.[language]), translations(after.valueAnswerReasonTranslations?.[language]));
  push(fieldLabels.failMode, failMode(before), failMode(after));
  return changes;
}

/** What a team's sellers get: the tenant policy with the team's overrides on top. */
export function inherit(tenant: PolicyOverrides, team: PolicyOverrides): PolicyOverrides {
  return {
    checksEnabled: team.checksEnabled ?? tenant.checksEnabled,
    severities: { ...tenant.severities, ...team.severities },
    sensitivity: { ...tenant.sensitivity, ...team.sensitivity },
    thresholds: { ...tenant.thresholds, ...team.thresholds },
    exemptDomains: team.exemptDomains ?? tenant.exemptDomains,
    exemptAddresses: team.exemptAddresses ?? tenant.exemptAddresses,
    valueAnswerReasons: team.valueAnswerReasons ?? tenant.valueAnswerReasons,
    // Translations go with the reasons they translate: a team's own replace all of the tenant's, and a team with
    // reasons of its own inherits none.
    valueAnswerReasonTranslations: team.valueAnswerReasonTranslations ?? (team.valueAnswerReasons === undefined ? tenant.valueAnswerReasonTranslations : undefined),
    failMode: team.failMode ?? tenant.failMode,
  };
}

/** One language's translations, in the reasons' order: a reason without one says so; none at all is "none". */
function translations(entries: (string | null)[] | undefined): string {
  const kept = [...(entries ?? [])];
  while (kept.length > 0 && !kept[kept.length - 1]) kept.pop();
  return kept.length > 0 ? kept.map((entry) => entry || diff.notTranslated).join(", ") : diff.none;
}

function list(values: string[] | undefined): string {
  return values && values.length > 0 ? values.join(", ") : diff.none;
}
