import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/shared/contract";
import { codeTitles, factSentence, nextStepFor, titleOf } from "../../src/taskpane/strings";

const atRisk = (fact: string, value: string): Finding => ({
  code: "at-risk-account",
  severity: "warn",
  recipient: "ana@fabrikam.example",
  message: "…",
  evidence: [{ kind: "phrase", text: "add the Forecasting module" }, { kind: "fact", fact, value, source: "built-in CRM" }],
});

describe("the task pane's words", () => {
  it("names every finding code of the design for a seller, never by its code", () => {
    const codes = ["pitch-to-customer", "former-customer", "no-value-check-in", "seller-centric", "unfilled-placeholder", "renewal-without-value",
      "contact-fatigue", "at-risk-account", "do-not-email", "owned-by-colleague", "lookup-unavailable"];
    expect(Object.keys(codeTitles).sort()).toEqual([...codes].sort());
    for (const code of codes) expect(titleOf(code)).not.toBe(code);
    expect(titleOf("a-code-from-a-newer-service")).toBe("Worth a look");
  });

  it("says the facts as sentences, without field names or sources", () => {
    expect(factSentence({ kind: "fact", fact: "account.relationship", value: "former-customer", source: "built-in CRM" })).toBe("Former customer");
    expect(factSentence({ kind: "fact", fact: "account.customer_since", value: "2020-03-01" })).toMatch(/^Customer since .*2020/);
    expect(factSentence({ kind: "fact", fact: "account.open_high_severity_cases", value: "1" })).toBe("1 open high-severity case");
    expect(factSentence({ kind: "fact", fact: "contact.do_not_email", value: "true" })).not.toContain("true");
    expect(factSentence({ kind: "fact", fact: "mail.last_received", value: "never" })).toBe("They have never replied");
  });

  it("gives the at-risk next step that follows the fact that raised it", () => {
    expect(nextStepFor(atRisk("account.open_high_severity_cases", "2"))).toContain("open issues");
    expect(nextStepFor(atRisk("account.renewal_date", "2026-12-20"))).toContain("renewal is close");
    expect(nextStepFor(atRisk("account.renewal_date", "2026-12-20"))).not.toContain("open issues");
  });
});
