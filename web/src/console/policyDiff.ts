import {
  defaultReasons,
  defaultThresholds,
  fieldLabels,
  findingCodes,
  sensitivityOf,
  severityOf,
  textCodes,
  thresholdFields,
  type PolicyDocument,
  type PolicyOverrides,
} from "./policyModel";

/** One readable line of a diff between two policy versions: "Severity of no-value-check-in: warn → block". */
export interface PolicyChange {
  what: string;
  before: string;
  after: string;
}

/**
 * What changed between two versions, in a manager's words, comparing effective values (a setting removed goes back
 * to its default, and says so).
 */
export function diffPolicies(before: PolicyDocument, after: PolicyDocument): PolicyChange[] {
  const changes = diffOverrides(before, after, "");
  const teams = new Set([...Object.keys(before.teams ?? {}), ...Object.keys(after.teams ?? {})]);
  for (const group of [...teams].sort()) {
    const old = before.teams?.[group];
    const now = after.teams?.[group];
    const name = now?.name ?? old?.name ?? group;
    if (!old) changes.push({ what: `Team ${name}`, before: "not in the policy", after: "added" });
    else if (!now) changes.push({ what: `Team ${name}`, before: "in the policy", after: "removed" });
    // A team inherits what it does not set: compare what its sellers actually get.
    else changes.push(...diffOverrides(inherit(before, old), inherit(after, now), `Team ${name}: `));
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
    const team = /^Team (.+?)(?::|$)/.exec(change.what)?.[1];
    if (team === undefined) return "all sellers (the tenant policy, and every team where it does not override)";
    teams.add(team);
  }
  const named = [...teams].sort();
  return named.length === 1 ? `the sellers of team ${named[0]}` : `the sellers of the teams ${named.join(", ")}`;
}

function diffOverrides(before: PolicyOverrides, after: PolicyOverrides, prefix: string): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const push = (what: string, old: string, now: string) => {
    if (old !== now) changes.push({ what: prefix + what, before: old, after: now });
  };
  push(fieldLabels.checksEnabled, before.checksEnabled === false ? "off" : "on", after.checksEnabled === false ? "off" : "on");
  for (const entry of findingCodes) push(`Severity of ${entry.code}`, severityOf(before, entry.code), severityOf(after, entry.code));
  for (const code of textCodes) push(`Sensitivity of ${code}`, sensitivityOf(before, code), sensitivityOf(after, code));
  for (const field of thresholdFields)
    push(field.label, `${before.thresholds?.[field.key] ?? defaultThresholds[field.key]} ${field.unit}`, `${after.thresholds?.[field.key] ?? defaultThresholds[field.key]} ${field.unit}`);
  push(fieldLabels.exemptDomains, list(before.exemptDomains), list(after.exemptDomains));
  push(fieldLabels.exemptAddresses, list(before.exemptAddresses), list(after.exemptAddresses));
  push(fieldLabels.valueAnswerReasons, list(before.valueAnswerReasons ?? defaultReasons), list(after.valueAnswerReasons ?? defaultReasons));
  push(fieldLabels.failMode, before.failMode === "closed" ? "hold the mail" : "let the mail go", after.failMode === "closed" ? "hold the mail" : "let the mail go");
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
    failMode: team.failMode ?? tenant.failMode,
  };
}

function list(values: string[] | undefined): string {
  return values && values.length > 0 ? values.join(", ") : "none";
}
