import { afterEach, describe, expect, it } from "vitest";
import { alertWordsFor } from "../../src/events/alertWords";
import { de as alertDe } from "../../src/events/locales/de";
import { en as alertEn } from "../../src/events/locales/en";
import { es as alertEs } from "../../src/events/locales/es";
import { fr as alertFr } from "../../src/events/locales/fr";
import { completionFor } from "../../src/events/sendDecision";
import { localeOf } from "../../src/shared/locale";
import { de as paneDe } from "../../src/taskpane/locales/de";
import { en as paneEn } from "../../src/taskpane/locales/en";
import { es as paneEs } from "../../src/taskpane/locales/es";
import { fr as paneFr } from "../../src/taskpane/locales/fr";
import { formatDate, paneText, titleOf, usePaneLanguage } from "../../src/taskpane/strings";

/** Every word of a dictionary: strings as they are, functions called with a sample value. */
function leaves(words: unknown, path = ""): [string, string][] {
  if (typeof words === "string") return [[path, words]];
  if (typeof words === "function") return [[path, String((words as (value: never) => unknown)("X" as never))]];
  if (words && typeof words === "object") return Object.entries(words).flatMap(([key, value]) => leaves(value, `${path}.${key}`));
  return [];
}

const translations = [
  ["de", paneDe, alertDe],
  ["fr", paneFr, alertFr],
  ["es", paneEs, alertEs],
] as const;

describe("the add-in's languages", () => {
  afterEach(() => usePaneLanguage("en-US"));

  it("speaks the display language Office names, and English for any other", () => {
    expect(["de-AT", "de-CH", "fr-CA", "fr-BE", "es-419", "es-MX", "en-GB", "it-IT", "", undefined].map(localeOf)).toEqual([
      "de", "de", "fr", "fr", "es", "es", "en", "en", "en", "en",
    ]);
    expect(alertWordsFor("pt-BR")).toBe(alertEn);
  });

  for (const [locale, pane, alert] of translations) {
    it(`has every word of the pane and the alert in ${locale}, translated`, () => {
      const english = new Map([...leaves(paneEn), ...leaves(alertEn)]);
      const words = [...leaves(pane), ...leaves(alert)];
      expect(words.map(([path]) => path).sort()).toEqual([...english.keys()].sort());
      for (const [path, value] of words) expect(value.trim(), path).not.toBe("");
      // A few words are the same in both languages ("Partner", "Stop"); the rest is not English.
      const same = words.filter(([path, value]) => english.get(path) === value && value.trim().length > 0);
      expect(same.length, same.map(([path]) => path).join(", ")).toBeLessThanOrEqual(3);
      expect(alert.cancelLabel.length).toBeLessThanOrEqual(20);
      expect(alert.warnTail("L")).toContain("*L*");
      expect(alert.fixTail("L")).toContain("*L*");
    });
  }

  it("switches the pane's words and dates to the display language", () => {
    usePaneLanguage("de-AT");
    expect(paneText.checkAgain).toBe(paneDe.paneText.checkAgain);
    expect(titleOf("pitch-to-customer")).toBe(paneDe.codeTitles["pitch-to-customer"]);
    expect(formatDate("2026-03-05", "month")).toMatch(/März 2026/);
    usePaneLanguage("es-MX");
    expect(formatDate("2026-03-05", "month")).toMatch(/marzo de 2026/);
  });

  it.each(["en-US", "de-DE", "fr-FR", "es-ES"])("keeps the Smart Alert within Outlook's 500 characters in %s, however many findings", (tag) => {
    const long = "Diese Nachricht ist absichtlich lang, damit die Grenze von Outlook erreicht wird, égale à 500 caractères, sí.";
    const completion = completionFor(
      {
        kind: "checked",
        response: {
          checkId: "c1", verdict: "warn", sendMode: "promptUser", recipients: [],
          findings: Array.from({ length: 30 }, (_, i) => ({ code: "no-value-check-in", severity: "warn" as const, recipient: `r${i}@b.example`, message: `${i}: ${long}`, evidence: [] })),
          valueQuestion: { question: "¿Esto les aporta algo a ellos, de verdad, más allá de lo que ya saben?", reasons: [] },
        },
      },
      true,
      alertWordsFor(tag),
    );
    expect(completion.errorMessageMarkdown!.length).toBeLessThanOrEqual(500);
    expect(completion.errorMessage!.length).toBeLessThanOrEqual(500);
    expect(completion.cancelLabel!.length).toBeLessThanOrEqual(20);
  });

  it("words the Smart Alert in the seller's language", () => {
    const completion = completionFor(
      {
        kind: "checked",
        response: {
          checkId: "c1", verdict: "warn", sendMode: "promptUser", recipients: [],
          findings: [{ code: "no-value-check-in", severity: "warn", recipient: "a@b.example", message: "…", evidence: [] }],
          valueQuestion: { question: "¿Esto les aporta algo?", reasons: [] },
        },
      },
      true,
      alertWordsFor("es-ES"),
    );
    expect(completion.errorMessageMarkdown).toContain(alertEs.warnLead);
    expect(completion.cancelLabel).toBe(alertEs.cancelLabel);
  });
});
