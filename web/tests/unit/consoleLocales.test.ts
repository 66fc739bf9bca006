import { afterEach, describe, expect, it } from "vitest";
import { de } from "../../src/console/locales/de";
import { en, type ConsoleWords } from "../../src/console/locales/en";
import { es } from "../../src/console/locales/es";
import { fr } from "../../src/console/locales/fr";
import { diffPolicies, whoIsAffected } from "../../src/console/policyDiff";
import { defaultReasons, fieldLabels, findingCodes, sensitivityLevels, thresholdFields } from "../../src/console/policyModel";
import { outcomeLabels, reportCsv, reportFileName, textNotCheckedSummary, type Report } from "../../src/console/reportModel";
import { app, formatCount, formatDateTime, formattingLocale, policy, reports, useConsoleLanguage } from "../../src/console/strings";

// The manager console in English, German, French and Spanish (src/console/locales): every word translated, none
// missing, and the language the browser names chosen before the console renders.

/** Values put into the dictionaries' functions: strings and lists of them are marked so they can be told from words. */
const mark = "ZQX";
const samples: unknown[] = [mark, 1, 2, 0, true, false, [mark, `${mark}2`], [], null];

/** Every word of a dictionary by path: strings as they are, functions as what they say for each sample (undefined when they cannot take it). */
function leaves(words: unknown, path = ""): [string, (string | undefined)[]][] {
  if (typeof words === "string") return [[path, [words]]];
  if (typeof words === "function") {
    const say = words as (...values: unknown[]) => unknown;
    return [[`${path}()`, samples.map((sample) => {
      try {
        const said = say(...Array.from({ length: say.length }, () => sample));
        return typeof said === "string" ? said : undefined;
      } catch {
        return undefined;
      }
    })]];
  }
  if (words && typeof words === "object") return Object.entries(words).flatMap(([key, value]) => leaves(value, `${path}.${key}`));
  return [[path, [String(words)]]];
}

/** The dictionary's shape: its keys, deeply, with the arity of each function and the length of each list. */
function shape(words: unknown, path = ""): string[] {
  if (typeof words === "function") return [`${path}(${(words as () => unknown).length})`];
  if (Array.isArray(words)) return [`${path}[${words.length}]`, ...words.flatMap((value, index) => shape(value, `${path}[${index}]`))];
  if (words && typeof words === "object") return Object.entries(words).flatMap(([key, value]) => shape(value, `${path}.${key}`));
  return [path];
}

/** Has words of its own, beyond the values put in and punctuation ("(X): Y", "—" have nothing to translate). */
const hasWords = (said: string) => /\p{L}/u.test(said.replaceAll(mark, "").replace(/\b(true|false|null|undefined)\b/g, ""));

/**
 * What is rightly the same as in English: the product's name, the unit "ms", and words both languages share
 * ("Version", "Team", "Code"; French "Actions", "Contacts", "Exemptions").
 */
const sameAsEnglish: Record<string, string[]> = {
  de: [".common.productName", ".thresholdTexts.lookupDeadlineMs.unit", ".history.version", ".reports.team", ".reports.code", ".teams.team()", ".diff.team()", ".diff.teamSetting()"],
  fr: [".common.productName", ".thresholdTexts.lookupDeadlineMs.unit", ".history.version", ".history.actions", ".reports.code", ".crm.contacts", ".policy.exemptions"],
  es: [".common.productName", ".thresholdTexts.lookupDeadlineMs.unit"],
};

const translations: [string, ConsoleWords][] = [["de", de], ["fr", fr], ["es", es]];

describe("the console's dictionaries", () => {
  const english = new Map(leaves(en));

  it("have about three hundred English words to translate", () => {
    expect(english.size).toBeGreaterThan(250);
  });

  for (const [language, words] of translations) {
    it(`has exactly the English words in ${language}, none of them empty`, () => {
      expect(shape(words)).toEqual(shape(en));
      for (const [path, said] of leaves(words)) {
        const inEnglish = english.get(path)!;
        said.forEach((value, index) => {
          if (inEnglish[index] === undefined) return; // a sample the English function does not take either
          expect(value, `${path} with ${JSON.stringify(samples[index])}`).toBeTypeOf("string");
          if (inEnglish[index].trim() !== "") expect(value!.trim(), `${path} with ${JSON.stringify(samples[index])}`).not.toBe("");
        });
      }
    });

    it(`translates nearly every word into ${language}`, () => {
      const same = leaves(words)
        .filter(([path, said]) => said.some((value) => value !== undefined && hasWords(value)) && said.every((value, index) => value === english.get(path)![index]))
        .map(([path]) => path);
      expect(same.sort()).toEqual([...sameAsEnglish[language]!].sort());
    });

    it(`keeps codes, file names, CSV columns and the severity choice's label intact in ${language}`, () => {
      expect(words.crm.format("id,name", "email,account_id")).toMatch(/^accounts\.csv\s?:\s.*id,name.*contacts\.csv\s?:\s.*email,account_id/u);
      expect(words.crm.downloadTemplate("contacts.csv")).toContain("contacts.csv");
      // The reports' "Adjust" finds a code's severity choice by this label in the console's language.
      expect(words.policy.severityOf("no-value-check-in")).toContain("no-value-check-in");
      expect(words.diff.teamSetting("EMEA", "X")).toContain("EMEA");
      expect(Object.keys(words.findingTexts).sort()).toEqual(Object.keys(en.findingTexts).sort());
    });
  }

  it("writes French with no-break spaces before : ; ? ! and inside « »", () => {
    const said = leaves(fr).flatMap(([path, values]) => values.filter((value) => value !== undefined).map((value) => [path, value!] as const));
    const wrong = said.filter(([, value]) => / [:;?!»]|« |[^\s\u00a0\u202f][:;?!]|«(?!\u00a0)|(?<!\u00a0)»/u.test(value.replaceAll("3f1c…-…", "")));
    expect(wrong.map(([path, value]) => `${path}: ${value}`)).toEqual([]);
  });

  it("puts no no-break space where German and Spanish do not use one", () => {
    for (const words of [de, es, en]) for (const [path, values] of leaves(words)) for (const value of values) expect(value ?? "", path).not.toMatch(/[\u00a0\u202f]/u);
  });
});

describe("the console's language", () => {
  afterEach(() => useConsoleLanguage("en-US"));

  it.each([
    ["de-AT", "de", de],
    ["de", "de", de],
    ["fr-CA", "fr", fr],
    ["fr-FR", "fr", fr],
    ["es-419", "es", es],
    ["es-ES", "es", es],
    ["it-IT", "en", en],
    ["pt-BR", "en", en],
    ["en-GB", "en", en],
    [undefined, "en", en],
  ] as const)("follows the browser's %s: %s", (tag, locale, words) => {
    expect(useConsoleLanguage(tag)).toBe(locale);
    expect(app.save).toBe(words.app.save);
    expect(reports.summary(2, "2026-11-01", "2026-11-30", 3)).toBe(words.reports.summary(2, "2026-11-01", "2026-11-30", 3));
    expect(policy.severityOf("seller-centric")).toBe(words.policy.severityOf("seller-centric"));
    // The models' words follow too, though they were built before the language was chosen.
    expect(fieldLabels.failMode).toBe(words.fieldLabels.failMode);
    expect(findingCodes[0]!.meaning).toBe(words.findingTexts["pitch-to-customer"].meaning);
    expect(findingCodes[0]!.example).toBe(words.findingTexts["pitch-to-customer"].example);
    expect(thresholdFields[0]!.label).toBe(words.thresholdTexts.fatigueMessageCount.label);
    expect(sensitivityLevels[2]!.label).toBe(words.sensitivityChoices.high);
    expect(defaultReasons).toEqual(words.defaultReasons);
    expect(outcomeLabels.sentAnyway).toBe(words.outcomeLabels.sentAnyway);
  });

  it("formats numbers and dates for the browser's tag when it speaks the language, in English otherwise", () => {
    const moment = "2026-03-05T14:30:00Z";
    for (const [tag, formatting] of [["de-AT", "de-AT"], ["fr-CA", "fr-CA"], ["es-419", "es-419"], ["en-GB", "en-GB"], ["it-IT", "en"], ["pt-BR", "en"]] as const) {
      useConsoleLanguage(tag);
      expect(formattingLocale()).toBe(formatting);
      expect(formatCount(12345)).toBe(new Intl.NumberFormat(formatting).format(12345));
      expect(formatDateTime(moment)).toBe(new Date(moment).toLocaleString(formatting));
    }
    useConsoleLanguage("de-DE");
    expect(formatCount(12345)).toBe("12.345");
    expect(reports.summary(1234, "2026-11-01", "2026-11-30", 1)).toMatch(/^1\.234 Entwürfe .* \(1 Prüfung:/);
    useConsoleLanguage("fr-FR");
    expect(reports.summary(1, "2026-11-01", "2026-11-30", 0)).toMatch(/^1 brouillon vérifié .* \(0 vérification\u00a0:/u);
    expect(formatDateTime("not a date")).toBe("not a date");
  });

  it("says who a rollback affects in every language, from the change's team and not from its wording", () => {
    const before = { teams: { g1: { name: "Team: Nord", severities: { "seller-centric": "warn" as const } }, g2: { name: "Süd" } } };
    const after = { teams: { g1: { name: "Team: Nord" }, g2: { name: "Süd", failMode: "closed" as const } } };
    for (const [tag, words] of [["de-DE", de], ["fr-FR", fr], ["es-MX", es], ["en-US", en]] as const) {
      useConsoleLanguage(tag);
      const changes = diffPolicies(before, after);
      expect(changes.map((change) => change.team)).toEqual(["Team: Nord", "Süd"]);
      expect(changes[0]!.what).toBe(words.diff.teamSetting("Team: Nord", words.diff.severityOf("seller-centric")));
      expect(whoIsAffected(changes)).toBe(words.diff.sellersOf(["Süd", "Team: Nord"]));
      expect(whoIsAffected(diffPolicies({}, { failMode: "closed" }))).toBe(words.diff.allSellers);
    }
  });

  it("names the languages whose text was not read in the console's language, and keeps the export's file name", () => {
    const report: Report = {
      from: "2026-11-01", to: "2026-11-30", team: null, drafts: 3, checks: 3, demoDrafts: 0, byDay: [], byTeam: [], byOutcome: {},
      byWeek: [], byCode: [{ code: "contact-fatigue", findings: 1, outcomes: { sentAnyway: 1 }, reasons: [] }], fatigueAccounts: [], valueAnswers: [],
      textNotChecked: [{ language: "de", name: "German", drafts: 2 }, { language: null, name: "Unknown", drafts: 1 }],
    };
    expect(textNotCheckedSummary(report)).toBe("2 German, 1 Unknown");
    useConsoleLanguage("de-DE");
    expect(textNotCheckedSummary(report)).toBe("2 Deutsch, 1 Unknown");
    expect(reportCsv(report)).toContain(`outcomes per code,contact-fatigue,${de.outcomeLabels.sentAnyway},1`);
    expect(reportFileName(report)).toBe("value-check-report-2026-11-01-to-2026-11-30.csv");
    useConsoleLanguage("es-419");
    expect(textNotCheckedSummary(report)).toBe("2 alemán, 1 Unknown");
    expect(reportFileName({ ...report, team: "tenant" })).toBe("value-check-report-2026-11-01-to-2026-11-30-tenant.csv");
  });
});
