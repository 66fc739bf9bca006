import { describe, expect, it } from "vitest";
import { quotesOf, type Quote } from "../../src/taskpane/evidenceContext";

const shown = (quote: Quote | undefined) => quote?.segments.map((segment) => (segment.marked ? `[${segment.text}]` : segment.text)).join("");

describe("quotesOf", () => {
  it("finds the phrase at the service's offset, reading CRLF as one character like the service", () => {
    const body = "Hello Sara,\r\n\r\nJust checking in on the proposal.";
    const [quote] = quotesOf([{ kind: "phrase", part: "body", start: 13, length: 16, text: "Just checking in" }], "", body);
    expect(shown(quote)).toBe("Hello Sara, [Just checking in] on the proposal.");
  });

  it("searches for the phrase when the draft changed since the check", () => {
    const [quote] = quotesOf([{ kind: "phrase", part: "body", start: 0, length: 16, text: "Just checking in" }], "", "Hi! Just checking in.");
    expect(shown(quote)).toBe("Hi! [Just checking in].");
  });

  it("shows only the phrase when it is gone from the draft, and nothing for facts", () => {
    expect(quotesOf([{ kind: "phrase", part: "subject", start: 3, length: 12, text: "[First Name]" }], "Hi Sara", "").map(shown)).toEqual(["[[First Name]]"]);
    expect(quotesOf([{ kind: "fact", fact: "account.relationship", value: "customer" }], "", "")).toEqual([]);
  });

  it("quotes a sentence with two cues once, with both marked, and far-apart cues apart", () => {
    const body = "Hi Sara, I would like to introduce Contoso. Are you the right person to talk to?" + " Filler.".repeat(30) + " Could we set up a quick intro call?";
    const evidence = ["introduce Contoso", "the right person", "quick intro call"].map((text) => ({ kind: "phrase" as const, part: "body" as const, start: body.indexOf(text), length: text.length, text }));
    const quotes = quotesOf(evidence, "", body);
    expect(quotes).toHaveLength(2);
    expect(shown(quotes[0])).toContain("[introduce Contoso]. Are you [the right person]");
    expect(shown(quotes[1])).toContain("[quick intro call]");
  });
});
