// Every word the manager console shows, in the browser's language (English, German, French, Spanish; locales/*.ts):
// what each finding code means, severity and sensitivity labels, thresholds, the diff between versions, headings,
// buttons, hints, messages and chart titles, by screen. Codes, JSON field names, CSV column names and other wire values
// stay where they are used. The console picks its language once, before it renders (useConsoleLanguage); the bindings
// below follow it.
import type { SendMode, Verdict } from "../shared/contract";
import { codeTitles, unknownCodeTitles } from "../shared/codeTitles";
import { formattingTag, localeOf, type Locale } from "../shared/locale";
import { setFormattingLocale } from "./formatting";
import { de } from "./locales/de";
import { en, type ConsoleWords } from "./locales/en";
import { es } from "./locales/es";
import { fr } from "./locales/fr";
import type { PolicyDocument, PolicyThresholds, Sensitivity, Severity } from "./policyModel";

export { formatCount, formatDateTime, formattingLocale, languageName } from "./formatting";

const dictionaries: Record<Locale, ConsoleWords> = { en, de, fr, es };

/** The value-answer reasons the service offers when a policy sets none. */
export let defaultReasons: string[] = en.defaultReasons;
/**
 * The service's built-in reasons in a language (the console's when not named): what a seller reading it picks from
 * when the policy sets no reasons. The English ones are also how the service tells the built-in reasons written out.
 */
export function builtInReasonsIn(language?: Locale): string[] {
  return language === undefined ? defaultReasons : dictionaries[language].defaultReasons;
}

/** What each finding code means and an example of it, in a sales manager's words (the code itself is shown as is). */
export let findingTexts: Record<string, { meaning: string; example: string }> = en.findingTexts;
/** A severity as the editor's choices, the diff and the preview name it. */
export let severityLabels: Record<Severity, string> = en.severityLabels;
/** A sensitivity in a sentence or a diff ("seller-centric high"). */
export let sensitivityLabels: Record<Sensitivity, string> = en.sensitivityLabels;
/** A sensitivity as the editor offers it, saying what it does. */
export let sensitivityChoices: Record<Sensitivity, string> = en.sensitivityChoices;
/** Each threshold: what it is, its unit and the range the service accepts. */
export let thresholdTexts: Record<keyof PolicyThresholds, { label: string; unit: string; hint: string }> = en.thresholdTexts;
/** The policy's top-level settings, as "their changes", "my changes" and the diff name them. */
export let fieldLabels: Record<keyof PolicyDocument, string> = en.fieldLabels;
/** What sellers did with a draft (the report's outcomes). */
export let outcomeLabels: Record<string, string> = en.outcomeLabels;
/** What Outlook does on Send for each send mode. */
export let sendModeText: Record<SendMode, string> = en.sendModeText;
export let verdictText: Record<Verdict, string> = en.verdictText;
/** Words more than one screen uses. */
export let common = en.common;
/** The console's frame: loading, sign-in problems, tabs, the save bar and its messages. */
export let app = en.app;
/** The policy editor. */
export let policy = en.policy;
/** The tenant policy and team overrides picker. */
export let teams = en.teams;
/** A pasted mail checked under the edited and the saved policy. */
export let preview = en.preview;
/** The history of policy versions, a version's changes and rollback. */
export let history = en.history;
/** The lines of a diff between two versions and who it reaches. */
export let diff = en.diff;
let spokenLocale: Locale = "en";
/** A finding code as the seller's task pane names it ("Pitch to a customer"), in the console's language. */
export const codeTitle = (code: string): string => codeTitles[spokenLocale][code] ?? unknownCodeTitles[spokenLocale];
/** The reports: filters, charts and tables, and their empty states. */
export let reports = en.reports;
/** The built-in CRM: import, templates and what it holds. */
export let crm = en.crm;

/**
 * Speaks the browser's language (navigator.language, "de-AT"), English for any language the console does not speak,
 * and formats numbers and dates for it. Called once before the console renders; returns the language spoken.
 */
export function useConsoleLanguage(browserLanguage: string | undefined | null): Locale {
  const locale = localeOf(browserLanguage);
  spokenLocale = locale;
  setFormattingLocale(formattingTag(browserLanguage));
  ({
    defaultReasons,
    findingTexts,
    severityLabels,
    sensitivityLabels,
    sensitivityChoices,
    thresholdTexts,
    fieldLabels,
    outcomeLabels,
    sendModeText,
    verdictText,
    common,
    app,
    policy,
    teams,
    preview,
    history,
    diff,
    reports,
    crm,
  } = dictionaries[locale]);
  return locale;
}
