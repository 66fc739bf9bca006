import { describe, expect, it } from "vitest";
import {
  changedFields,
  errorsUnder,
  fieldLabels,
  findingCodes,
  reapply,
  sensitivityOf,
  severityOf,
  textCodes,
  withSensitivity,
  withSeverity,
  withThreshold,
  type PolicyDocument,
} from "../../src/console/policyModel";

describe("policy model", () => {
  it("stores only what differs from the documented defaults", () => {
    const blocked = withSeverity({}, "no-value-check-in", "block");
    expect(blocked).toEqual({ severities: { "no-value-check-in": "block" } });
    expect(withSeverity(blocked, "no-value-check-in", "warn")).toEqual({});
    expect(severityOf({}, "unfilled-placeholder")).toBe("block");
    expect(withThreshold(withThreshold({}, "fatigueWindowDays", 21), "fatigueWindowDays", undefined)).toEqual({});
  });

  it("stores a sensitivity only where it differs from normal, and a code left out is normal", () => {
    const high = withSensitivity({}, "no-value-check-in", "high");
    expect(high).toEqual({ sensitivity: { "no-value-check-in": "high" } });
    expect(sensitivityOf(high, "no-value-check-in")).toBe("high");
    expect(sensitivityOf(high, "seller-centric")).toBe("normal");
    const both = withSensitivity(high, "seller-centric", "low");
    expect(both).toEqual({ sensitivity: { "no-value-check-in": "high", "seller-centric": "low" } });
    expect(withSensitivity(withSensitivity(both, "seller-centric", "normal"), "no-value-check-in", "normal")).toEqual({});
  });

  it("keeps a team's sensitivity only where it differs from the tenant's", () => {
    const emea: NonNullable<PolicyDocument["teams"]>[string] = { name: "EMEA" };
    const team = withSensitivity(emea, "no-value-check-in", "high", "high");
    expect(team).toEqual({ name: "EMEA" });
    expect(withSensitivity(team, "no-value-check-in", "normal", "high")).toEqual({ name: "EMEA", sensitivity: { "no-value-check-in": "normal" } });
  });

  it("offers a sensitivity for the text codes only, each of them a finding code", () => {
    expect(textCodes).toHaveLength(7);
    for (const code of textCodes) expect(findingCodes.map((entry) => entry.code)).toContain(code);
    expect(textCodes).not.toContain("do-not-email");
    expect(textCodes).not.toContain("unfilled-placeholder");
  });

  it("keeps a saved document's sensitivities, the tenant's and the teams', when another field is edited", () => {
    const document: PolicyDocument = {
      sensitivity: { "pitch-to-customer": "low" },
      teams: { "11111111-2222-3333-4444-555555555555": { name: "EMEA", sensitivity: { "pitch-to-customer": "normal", "seller-centric": "high" } } },
    };
    const edited = withSeverity(JSON.parse(JSON.stringify(document)) as PolicyDocument, "seller-centric", "warn");
    expect(edited).toEqual({ ...document, severities: { "seller-centric": "warn" } });
    expect(changedFields(document, withSensitivity(document, "pitch-to-customer", "high"))).toEqual(["sensitivity"]);
    expect(fieldLabels.sensitivity).toBe("How sure before warning");
  });

  it("re-applies my changes on top of another manager's save, field by field", () => {
    const base = { failMode: "open" as const };
    const mine = { failMode: "open" as const, severities: { "seller-centric": "warn" as const } };
    const latest = { failMode: "closed" as const, exemptDomains: ["partner.example"] };
    expect(changedFields(base, latest)).toEqual(["exemptDomains", "failMode"]);
    expect(reapply(base, mine, latest)).toEqual({ failMode: "closed", exemptDomains: ["partner.example"], severities: { "seller-centric": "warn" } });
  });

  it("finds the service's errors for a field, including list entries", () => {
    const errors = { "exemptDomains[1]": ["'x' is not a domain name like example.com."], "thresholds.fatigueWindowDays": ["Must be between 1 and 365 days."] };
    expect(errorsUnder(errors, "exemptDomains")).toBe("'x' is not a domain name like example.com.");
    expect(errorsUnder(errors, "thresholds.fatigueWindowDays")).toBe("Must be between 1 and 365 days.");
    expect(errorsUnder(errors, "failMode")).toBeUndefined();
  });
});

import { whoIsAffected, diffPolicies, inherit } from "../../src/console/policyDiff";

describe("diffPolicies", () => {
  it("says what changed in a manager's words, with defaults where a setting was removed", () => {
    const changes = diffPolicies({ severities: { "no-value-check-in": "block" }, thresholds: { fatigueWindowDays: 21 } }, { failMode: "closed", exemptDomains: ["partner.example"] });
    expect(changes).toEqual([
      { what: "Severity of no-value-check-in", before: "block", after: "warn" },
      { what: "Contact fatigue window", before: "21 days", after: "14 days" },
      { what: "Exempt domains", before: "none", after: "partner.example" },
      { what: "When the service cannot answer", before: "let the mail go", after: "hold the mail" },
    ]);
  });

  it("lists sensitivity changes per text code, a removed one back to normal", () => {
    expect(diffPolicies({ sensitivity: { "seller-centric": "low" } }, { sensitivity: { "no-value-check-in": "high" } })).toEqual([
      { what: "Sensitivity of no-value-check-in", before: "normal", after: "high" },
      { what: "Sensitivity of seller-centric", before: "low", after: "normal" },
    ]);
    expect(diffPolicies({}, { sensitivity: {} })).toEqual([]);
  });

  it("compares a team's sensitivity with what it inherits from the tenant", () => {
    const team = "11111111-2222-3333-4444-555555555555";
    // The tenant's change reaches the team too, unless the team sets its own.
    expect(diffPolicies({ teams: { [team]: { name: "EMEA" } } }, { sensitivity: { "no-value-check-in": "high" }, teams: { [team]: { name: "EMEA" } } })).toEqual([
      { what: "Sensitivity of no-value-check-in", before: "normal", after: "high" },
      { what: "Team EMEA: Sensitivity of no-value-check-in", before: "normal", after: "high", team: "EMEA" },
    ]);
    const tenant: PolicyDocument = { sensitivity: { "no-value-check-in": "high" } };
    expect(diffPolicies({ ...tenant, teams: { [team]: { name: "EMEA" } } }, { ...tenant, teams: { [team]: { name: "EMEA", sensitivity: { "no-value-check-in": "normal" } } } })).toEqual([
      { what: "Team EMEA: Sensitivity of no-value-check-in", before: "high", after: "normal", team: "EMEA" },
    ]);
    expect(inherit({ sensitivity: { "no-value-check-in": "high", "seller-centric": "low" } }, { sensitivity: { "seller-centric": "normal" } }).sensitivity).toEqual({
      "no-value-check-in": "high",
      "seller-centric": "normal",
    });
  });

  it("names teams added, removed and changed", () => {
    const team = "11111111-2222-3333-4444-555555555555";
    expect(diffPolicies({}, { teams: { [team]: { name: "EMEA renewals" } } })).toEqual([{ what: "Team EMEA renewals", before: "not in the policy", after: "added", team: "EMEA renewals" }]);
    expect(diffPolicies({ teams: { [team]: { name: "EMEA" } } }, { teams: { [team]: { name: "EMEA", failMode: "closed" } } })).toEqual([
      { what: "Team EMEA: When the service cannot answer", before: "let the mail go", after: "hold the mail", team: "EMEA" },
    ]);
  });
});

describe("who a rollback affects", () => {
  it("is every seller when the tenant policy changes, else the teams whose sellers get something else", () => {
    const renewals = { name: "Renewals", severities: { "no-value-check-in": "block" as const } };
    expect(whoIsAffected(diffPolicies({}, { severities: { "seller-centric": "warn" } }))).toMatch(/^all sellers/);
    expect(whoIsAffected(diffPolicies({ teams: { g1: renewals } }, { teams: { g1: { name: "Renewals" } } }))).toBe("the sellers of team Renewals");
    expect(whoIsAffected(diffPolicies({}, { teams: { g1: renewals, g2: { name: "Hunters" } } }))).toBe("the sellers of the teams Hunters, Renewals");
  });

  it("knows the team from the change itself, not from its wording (a team's name may hold a colon, or read like a label)", () => {
    const named = (name: string) => ({ teams: { g1: { name, severities: { "seller-centric": "warn" as const } } } });
    expect(whoIsAffected(diffPolicies(named("Team: North"), { teams: { g1: { name: "Team: North" } } }))).toBe("the sellers of team Team: North");
    expect(whoIsAffected(diffPolicies({}, named("EMEA")))).toBe("the sellers of team EMEA");
    expect(diffPolicies({}, { severities: { "seller-centric": "warn" } })[0]?.team).toBeUndefined();
  });
});
