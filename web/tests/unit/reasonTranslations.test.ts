import { afterEach, describe, expect, it } from "vitest";
import { de } from "../../src/console/locales/de";
import { en } from "../../src/console/locales/en";
import { es } from "../../src/console/locales/es";
import { fr } from "../../src/console/locales/fr";
import { diffPolicies, inherit, whoIsAffected } from "../../src/console/policyDiff";
import {
  changedFields,
  errorsUnder,
  fieldLabels,
  missingTranslations,
  reasonsInForce,
  reapply,
  translationLinesOf,
  translationsText,
  withReasonTranslations,
  type PolicyDocument,
} from "../../src/console/policyModel";
import { useConsoleLanguage } from "../../src/console/strings";

// valueAnswerReasonTranslations: per language, one entry per value-answer reason in the reasons' order; null or left
// out is the reason as the manager wrote it. The editor types one line per reason, an empty line for "as written".

const reasons = ["Customer asked for it", "Agreed next step", "Renewal data they need", "News that affects them"];
const team = "11111111-2222-3333-4444-555555555555";
const own: PolicyDocument = { valueAnswerReasons: reasons };
const emea: NonNullable<PolicyDocument["teams"]>[string] = { name: "EMEA" };

describe("reason translations as the editor types them", () => {
  it("keeps empty lines in place as null, trims the text and drops empty lines at the end", () => {
    expect(translationLinesOf("Vom Kunden erbeten\n\n  Verlängerungsdaten  \r\n\n \n")).toEqual(["Vom Kunden erbeten", null, "Verlängerungsdaten"]);
    expect(translationLinesOf("\nVereinbarter nächster Schritt")).toEqual([null, "Vereinbarter nächster Schritt"]);
    expect(translationLinesOf("")).toEqual([]);
    expect(translationsText([null, "Vereinbarter nächster Schritt", null])).toBe("\nVereinbarter nächster Schritt\n");
  });

  it("stores a language's lines by position and leaves the other languages as they are", () => {
    const document = withReasonTranslations(own, "de", translationLinesOf("Vom Kunden erbeten\n\nVerlängerungsdaten"));
    expect(document.valueAnswerReasonTranslations).toEqual({ de: ["Vom Kunden erbeten", null, "Verlängerungsdaten"] });
    const both = withReasonTranslations(document, "fr", translationLinesOf("\nProchaine étape convenue"));
    expect(both.valueAnswerReasonTranslations).toEqual({ de: ["Vom Kunden erbeten", null, "Verlängerungsdaten"], fr: [null, "Prochaine étape convenue"] });
    // Typed again with a line in the gap: the gap fills, the others keep their reasons.
    expect(translationsText(both.valueAnswerReasonTranslations!.de)).toBe("Vom Kunden erbeten\n\nVerlängerungsdaten");
    const filled = withReasonTranslations(both, "de", translationLinesOf("Vom Kunden erbeten\nVereinbart\nVerlängerungsdaten"));
    expect(filled.valueAnswerReasonTranslations!.de).toEqual(["Vom Kunden erbeten", "Vereinbart", "Verlängerungsdaten"]);
    expect(filled.valueAnswerReasonTranslations!.fr).toEqual([null, "Prochaine étape convenue"]);
    // An empty entry from elsewhere is stored as null (the service refuses empty text).
    expect(withReasonTranslations<PolicyDocument>({}, "es", ["  ", "Lo pidió el cliente", ""]).valueAnswerReasonTranslations).toEqual({ es: [null, "Lo pidió el cliente"] });
  });

  it("removes a language whose lines are all empty, and the field with its last language", () => {
    const document: PolicyDocument = { valueAnswerReasons: reasons, valueAnswerReasonTranslations: { de: ["Vom Kunden erbeten"], es: [null, "Próximo paso acordado"] } };
    const withoutGerman = withReasonTranslations(document, "de", translationLinesOf("\n \n\n"));
    expect(withoutGerman.valueAnswerReasonTranslations).toEqual({ es: [null, "Próximo paso acordado"] });
    const withoutAny = withReasonTranslations(withoutGerman, "es", translationLinesOf(""));
    expect(withoutAny).toEqual({ valueAnswerReasons: reasons });
    expect("valueAnswerReasonTranslations" in withoutAny).toBe(false);
    expect(withReasonTranslations(withoutAny, "fr", undefined)).toEqual({ valueAnswerReasons: reasons });
  });

  it("is a field of its own for my changes, their changes, re-applying and the service's errors", () => {
    const base: PolicyDocument = { valueAnswerReasons: reasons };
    const mine = withReasonTranslations(base, "de", ["Vom Kunden erbeten"]);
    expect(changedFields(base, mine)).toEqual(["valueAnswerReasonTranslations"]);
    expect(reapply(base, mine, { ...base, failMode: "closed" })).toEqual({ ...mine, failMode: "closed" });
    expect(fieldLabels.valueAnswerReasonTranslations).toBe("Value-answer reasons in other languages");
    const errors = {
      "valueAnswerReasonTranslations[0].language": ["'it' is not a language the add-in speaks; use en, de, fr, es."],
      [`teams.${team}.valueAnswerReasonTranslations[0].reasons`]: ["Each translation needs text."],
    };
    expect(errorsUnder(errors, "valueAnswerReasonTranslations")).toMatch(/^'it' is not a language/);
    expect(errorsUnder(errors, `teams.${team}.valueAnswerReasonTranslations`)).toBe("Each translation needs text.");
    expect(errorsUnder(errors, "valueAnswerReasons")).toBeUndefined();
  });
});

describe("reason translations in the diff", () => {
  it("names the language that changed, a reason without a translation saying so", () => {
    const before: PolicyDocument = { valueAnswerReasons: reasons, valueAnswerReasonTranslations: { fr: ["Demandé par le client"] } };
    const after: PolicyDocument = { valueAnswerReasons: reasons, valueAnswerReasonTranslations: { fr: ["Demandé par le client"], de: ["Vom Kunden erbeten", null, "Verlängerungsdaten"] } };
    expect(diffPolicies(before, after)).toEqual([{ what: "Value-answer reasons in German", before: "none", after: "Vom Kunden erbeten, (not translated), Verlängerungsdaten" }]);
    expect(diffPolicies(after, { valueAnswerReasons: reasons })).toEqual([
      { what: "Value-answer reasons in German", before: "Vom Kunden erbeten, (not translated), Verlängerungsdaten", after: "none" },
      { what: "Value-answer reasons in French", before: "Demandé par le client", after: "none" },
    ]);
    // Nulls at the end change nothing a seller sees.
    expect(diffPolicies(before, { ...before, valueAnswerReasonTranslations: { fr: ["Demandé par le client", null] } })).toEqual([]);
  });

  it("reaches a team through what it inherits: the tenant's translations unless the team sets reasons or translations of its own", () => {
    const tenant: PolicyDocument = { valueAnswerReasons: reasons, teams: { [team]: { name: "EMEA" } } };
    const translated = withReasonTranslations(tenant, "es", ["Lo pidió el cliente"]);
    const changes = diffPolicies(tenant, translated);
    expect(changes).toEqual([
      { what: "Value-answer reasons in Spanish", before: "none", after: "Lo pidió el cliente" },
      { what: "Team EMEA: Value-answer reasons in Spanish", before: "none", after: "Lo pidió el cliente", team: "EMEA" },
    ]);
    expect(whoIsAffected(changes)).toMatch(/^all sellers/);

    const ownReasons: PolicyDocument = { ...tenant, teams: { [team]: { name: "EMEA", valueAnswerReasons: ["Renewal data they need"] } } };
    expect(diffPolicies(ownReasons, withReasonTranslations(ownReasons, "es", ["Lo pidió el cliente"])).map((change) => change.team)).toEqual([undefined]);
    expect(inherit(translated, { valueAnswerReasons: ["Renewal data they need"] }).valueAnswerReasonTranslations).toBeUndefined();
    // A team's own translations replace all of the tenant's, languages it leaves out included.
    expect(inherit(translated, { valueAnswerReasonTranslations: { de: ["Vom Kunden erbeten"] } }).valueAnswerReasonTranslations).toEqual({ de: ["Vom Kunden erbeten"] });

    const teamOnly = withReasonTranslations(emea, "de", ["Vom Kunden erbeten"]);
    const teamChanges = diffPolicies(tenant, { ...tenant, teams: { [team]: teamOnly } });
    expect(teamChanges).toEqual([{ what: "Team EMEA: Value-answer reasons in German", before: "none", after: "Vom Kunden erbeten", team: "EMEA" }]);
    expect(whoIsAffected(teamChanges)).toBe("the sellers of team EMEA");
  });

  afterEach(() => useConsoleLanguage("en-US"));

  it("reads in the console's language", () => {
    useConsoleLanguage("fr-FR");
    const [change] = diffPolicies({}, { valueAnswerReasonTranslations: { de: [null, "Vom Kunden erbeten"] } });
    expect(change).toEqual({ what: "Raisons de la réponse sur la valeur en allemand", before: "aucun", after: "(non traduite), Vom Kunden erbeten" });
  });
});

describe("missing translations", () => {
  it("counts, per language, the policy's own reasons without a translation", () => {
    const policy: PolicyDocument = {
      valueAnswerReasons: reasons,
      valueAnswerReasonTranslations: { de: ["Vom Kunden erbeten", null, "Verlängerungsdaten"], en: [...reasons], es: ["", "Próximo paso acordado", null, null, "Una de más"] },
    };
    expect(missingTranslations(policy)).toEqual([
      { language: "de", missing: 2, total: 4 },
      { language: "fr", missing: 4, total: 4 }, // none at all: sellers reading French see every reason as written
      { language: "es", missing: 3, total: 4 }, // an entry past the last reason translates nothing
    ]);
  });

  it("follows the reasons a team's sellers get", () => {
    const tenant: PolicyDocument = { valueAnswerReasons: reasons.slice(0, 2), valueAnswerReasonTranslations: { de: ["Vom Kunden erbeten", "Vereinbart"], fr: ["Demandé par le client"] } };
    const inherited = missingTranslations(inherit(tenant, {}));
    expect(inherited).toEqual([
      { language: "fr", missing: 1, total: 2 },
      { language: "es", missing: 2, total: 2 },
      { language: "en", missing: 2, total: 2 },
    ]);
    // Reasons of its own: none of the tenant's translations.
    expect(missingTranslations(inherit(tenant, { valueAnswerReasons: ["Renewal data they need"] })).map((entry) => [entry.language, entry.missing, entry.total])).toEqual([
      ["de", 1, 1],
      ["fr", 1, 1],
      ["es", 1, 1],
      ["en", 1, 1],
    ]);
  });

  it("finds none for the built-in reasons, which the service translates itself, set or written out", () => {
    expect(missingTranslations({})).toEqual([]);
    expect(missingTranslations({ valueAnswerReasonTranslations: { de: ["Eigene Übersetzung"] } })).toEqual([]);
    expect(reasonsInForce({ valueAnswerReasons: [...en.defaultReasons] }).builtIn).toBe(true);
    expect(missingTranslations({ valueAnswerReasons: [...en.defaultReasons] })).toEqual([]);
    expect(reasonsInForce({ valueAnswerReasons: reasons })).toEqual({ reasons, builtIn: false });
    expect(missingTranslations({ valueAnswerReasons: [] })).toEqual([]);
  });

  it("says how many, in every language, singular and plural", () => {
    expect(en.policy.missingTranslations("de", 2, 4)).toBe("German: 2 of 4 reasons have no translation; sellers reading German see them as you wrote them.");
    expect(en.policy.missingTranslations("fr", 1, 1)).toBe("French: 1 of 1 reason has no translation; sellers reading French see it as you wrote it.");
    expect(de.policy.missingTranslations("fr", 2, 4)).toBe("Französisch: 2 von 4 Gründen haben keine Übersetzung; Verkäufer, die Französisch lesen, sehen sie so, wie Sie sie geschrieben haben.");
    expect(fr.policy.missingTranslations("de", 1, 4)).toBe("Allemand\u00a0: 1 raison sur 4 n'a pas de traduction\u00a0; les commerciaux qui lisent en allemand la voient telle que vous l'avez écrite.");
    expect(es.policy.missingTranslations("en", 3, 4)).toBe("Inglés: 3 de 4 motivos no tienen traducción; los vendedores que leen en inglés los ven tal como usted los escribió.");
  });
});
