import { describe, expect, it } from "vitest";
import { changedFields, errorsUnder, reapply, severityOf, withSeverity, withThreshold } from "../../src/console/policyModel";

describe("policy model", () => {
  it("stores only what differs from the documented defaults", () => {
    const blocked = withSeverity({}, "no-value-check-in", "block");
    expect(blocked).toEqual({ severities: { "no-value-check-in": "block" } });
    expect(withSeverity(blocked, "no-value-check-in", "warn")).toEqual({});
    expect(severityOf({}, "unfilled-placeholder")).toBe("block");
    expect(withThreshold(withThreshold({}, "fatigueWindowDays", 21), "fatigueWindowDays", undefined)).toEqual({});
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

import { diffPolicies } from "../../src/console/policyDiff";

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

  it("names teams added, removed and changed", () => {
    const team = "11111111-2222-3333-4444-555555555555";
    expect(diffPolicies({}, { teams: { [team]: { name: "EMEA renewals" } } })).toEqual([{ what: "Team EMEA renewals", before: "not in the policy", after: "added" }]);
    expect(diffPolicies({ teams: { [team]: { name: "EMEA" } } }, { teams: { [team]: { name: "EMEA", failMode: "closed" } } })).toEqual([
      { what: "Team EMEA: When the service cannot answer", before: "let the mail go", after: "hold the mail" },
    ]);
  });
});
