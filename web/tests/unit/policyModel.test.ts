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
