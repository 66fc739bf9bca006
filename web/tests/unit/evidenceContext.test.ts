import { describe, expect, it } from "vitest";
import { snippetOf } from "../../src/taskpane/evidenceContext";

describe("snippetOf", () => {
  it("finds the phrase at the service's offset, reading CRLF as one character like the service", () => {
    const body = "Hello Sara,\r\n\r\nJust checking in on the proposal.";
    const snippet = snippetOf({ kind: "phrase", part: "body", start: 13, length: 16, text: "Just checking in" }, "", body);
    expect(snippet).toEqual({ before: "Hello Sara, ", match: "Just checking in", after: " on the proposal." });
  });

  it("searches for the phrase when the draft changed since the check", () => {
    const snippet = snippetOf({ kind: "phrase", part: "body", start: 0, length: 16, text: "Just checking in" }, "", "Hi! Just checking in.");
    expect(snippet?.match).toBe("Just checking in");
    expect(snippet?.before).toBe("Hi! ");
  });

  it("shows only the phrase when it is gone from the draft, and nothing for facts", () => {
    expect(snippetOf({ kind: "phrase", part: "subject", start: 3, length: 12, text: "[First Name]" }, "Hi Sara", "")).toEqual({ before: "", match: "[First Name]", after: "" });
    expect(snippetOf({ kind: "fact", fact: "relationship", value: "customer" }, "", "")).toBeUndefined();
  });
});
