import { describe, expect, it } from "vitest";
import type { CheckResponse, Finding } from "../../src/shared/contract";
import { completionFor, escapeMarkdown } from "../../src/events/sendDecision";

const finding = (message: string, severity: Finding["severity"] = "warn"): Finding => ({ code: "no-value-check-in", severity, recipient: null, message, evidence: [] });
const warn = (findings: Finding[]): CheckResponse => ({
  checkId: "c",
  verdict: "warn",
  sendMode: "promptUser",
  findings,
  recipients: [],
  valueQuestion: { question: "Does this add value for them?", reasons: [] },
});

describe("completionFor", () => {
  it("keeps the markdown message within Outlook's 500 characters however many findings there are", () => {
    const many = Array.from({ length: 30 }, (_, i) => finding(`Finding number ${i} says something long enough to matter for the limit.`));
    const completion = completionFor({ kind: "checked", response: warn(many) }, true);
    expect(completion.errorMessageMarkdown!.length).toBeLessThanOrEqual(500);
    expect(completion.errorMessage!.length).toBeLessThanOrEqual(500);
    expect(completion.errorMessageMarkdown).toContain("Does this add value for them?");
    expect(completion.cancelLabel!.length).toBeLessThanOrEqual(20);
  });

  it("does not list info findings in the alert", () => {
    const completion = completionFor({ kind: "checked", response: warn([finding("Stop here."), finding("Only for the pane.", "info")]) }, true);
    expect(completion.errorMessageMarkdown).toContain("Stop here");
    expect(completion.errorMessageMarkdown).not.toContain("Only for the pane");
  });

  it("escapes CRM text so Markdown cannot turn it into links or formatting", () => {
    expect(escapeMarkdown("[click](https://evil.example) *now*")).toBe("\\[click\\]\\(https://evil\\.example\\) \\*now\\*");
  });

  it("fails open by default and closed only when the policy says so", () => {
    expect(completionFor({ kind: "unavailable", reason: "timeout", failMode: "open" }, true)).toEqual({ allowEvent: true });
    expect(completionFor({ kind: "unavailable", reason: "timeout", failMode: "closed" }, true).allowEvent).toBe(false);
    expect(completionFor({ kind: "checksOff" }, true)).toEqual({ allowEvent: true });
  });
});
