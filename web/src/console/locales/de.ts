// The manager console's words in German, addressing the manager with "Sie". Typed by the English words (en.ts), so a
// missing word fails the build. Terms follow Microsoft 365's German: Richtlinie (policy), Mandant (tenant), Befund
// (finding), Schweregrad, Aufgabenbereich; a CRM account is a Firma, as in Dynamics 365. Codes, file and column names
// stay as they are.
import { formatCount } from "../formatting";
import type { ReasonLanguage } from "../policyModel";
import type { ConsoleWords } from "./en";

const fieldLabels: ConsoleWords["fieldLabels"] = {
  checksEnabled: "Prüfungen ein oder aus",
  severities: "Schweregrade",
  sensitivity: "Wie sicher vor einer Warnung",
  thresholds: "Schwellenwerte",
  exemptDomains: "Ausgenommene Domänen",
  exemptAddresses: "Ausgenommene Adressen",
  valueAnswerReasons: "Gründe für die Mehrwert-Antwort",
  valueAnswerReasonTranslations: "Gründe für die Mehrwert-Antwort in anderen Sprachen",
  failMode: "Wenn der Dienst nicht antworten kann",
  teams: "Teameinstellungen",
};

const sensitivityLabels: ConsoleWords["sensitivityLabels"] = { low: "niedrig", normal: "mittel", high: "hoch" };

const common: ConsoleWords["common"] = {
  productName: "Outlook Value Check",
  tryAgain: "Erneut versuchen",
  noValue: "—",
  quoted: (text: string) => `„${text}“`,
};

/** What applies when a setting is left empty: the tenant policy's for a team, else the default. */
const likeSource = (team: boolean) => (team ? "wie die Mandantenrichtlinie" : "wie die Standardeinstellung");
const plural = (count: number, one: string, other: string) => `${formatCount(count)} ${count === 1 ? one : other}`;

/** The languages sellers read the reasons in, by name. */
const languageNames: ConsoleWords["policy"]["languages"] = { de: "Deutsch", fr: "Französisch", es: "Spanisch", en: "Englisch" };
const nameOf = (language: ReasonLanguage) => languageNames[language] ?? String(language);

/** The service's question to the seller, as it asks it in German. */
const valueQuestion = "„Bringt das dem Empfänger etwas?“";

export const de: ConsoleWords = {
  // The service's built-in reasons in German (OutlookValueCheck.Core/Wording/GermanWording.cs).
  defaultReasons: [
    "Sie beantwortet eine Frage des Kunden",
    "Sie bringt Neuigkeiten, die den Kunden betreffen",
    "Sie setzt etwas Vereinbartes fort",
    "Die Accountverantwortung hat mich darum gebeten",
  ],

  findingTexts: {
    "pitch-to-customer": {
      meaning: "Ein Neukunden-Pitch an jemanden, dessen Unternehmen bereits bei Ihnen kauft.",
      example: "„Ich würde Ihnen gern Contoso vorstellen“ an jemanden, der seit 2020 Kunde ist.",
    },
    "former-customer": {
      meaning: "Ein allgemeiner Pitch an einen ehemaligen Kunden, der die gemeinsame Geschichte übergeht.",
      example: "„Sind Sie der richtige Ansprechpartner?“ an einen Kunden, der letztes Jahr gekündigt hat.",
    },
    "no-value-check-in": {
      meaning: "Die E-Mail soll nur den Kontakt halten und bringt nichts Neues.",
      example: "„Ich wollte mich nur mal melden – gibt es Neuigkeiten?“",
    },
    "seller-centric": {
      meaning: "Die E-Mail handelt vom Unternehmen des Verkäufers und enthält nichts, was den Empfänger konkret betrifft.",
      example: "Drei Absätze über unsere Auszeichnungen und keiner über die Lage des Kunden.",
    },
    "unfilled-placeholder": {
      meaning: "Ein Vorlagen-Platzhalter ist stehen geblieben.",
      example: "„Hallo [Vorname]“ oder „{{company}}“.",
    },
    "renewal-without-value": {
      meaning: "Eine Verlängerungs- oder Preis-E-Mail, die auf Preis oder Unterschrift drängt, ohne den erreichten Nutzen zusammenzufassen.",
      example: "„Ihre Verlängerung steht an; der neue Preis ist angehängt. Bitte unterschreiben Sie bis Freitag.“",
    },
    "contact-fatigue": {
      meaning: "Der Empfänger hat von diesem Verkäufer in letzter Zeit schon mehrere E-Mails erhalten und auf keine geantwortet.",
      example: "Die vierte E-Mail in zwei Wochen, ohne dass dazwischen eine Antwort kam.",
    },
    "at-risk-account": {
      meaning: "Ein Upselling- oder Verlängerungsvorstoß bei einem Kunden mit offenen schweren Fällen oder einer anstehenden Verlängerung.",
      example: "Ein Add-on anbieten, während zwei Fälle mit hoher Priorität offen sind.",
    },
    "do-not-email": {
      meaning: "Ein Empfänger ist im CRM als „keine E-Mails“ markiert.",
      example: "Ein Kontakt, der keine Vertriebs-E-Mails erhalten möchte.",
    },
    "owned-by-colleague": {
      meaning: "Ein Pitch oder eine Verlängerung an eine Firma, die ein anderer Verkäufer betreut.",
      example: "Eine E-Mail an einen Kunden, dessen Firma ein Kollege betreut.",
    },
    "lookup-unavailable": {
      meaning: "Microsoft 365 oder das CRM konnten nicht rechtzeitig abgefragt werden; die Prüfung lief mit den vorhandenen Angaben.",
      example: "Das CRM war beim Senden langsam.",
    },
  },

  severityLabels: { off: "aus", info: "informieren", warn: "warnen", block: "blockieren" },

  sensitivityLabels,

  sensitivityChoices: {
    low: "Niedrig – nur, wenn die E-Mail das eindeutig tut",
    normal: "Mittel",
    high: "Hoch – auch, wenn es nur danach klingt",
  },

  thresholdTexts: {
    fatigueMessageCount: { label: "Unbeantwortete E-Mails bis zur Kontaktermüdung", unit: "E-Mails", hint: "1 bis 100" },
    fatigueWindowDays: { label: "Zeitraum für Kontaktermüdung", unit: "Tage", hint: "1 bis 365" },
    renewalWindowDays: { label: "Verlängerung gilt als nah innerhalb von", unit: "Tage", hint: "0 bis 730" },
    lookupDeadlineMs: { label: "Zeit zum Nachschlagen der Empfänger beim Senden", unit: "ms", hint: "100 bis 2500" },
  },

  fieldLabels,

  outcomeLabels: {
    answered: "Frage beantwortet",
    sentAnyway: "Trotzdem gesendet",
    edited: "Nach einer Warnung bearbeitet",
    sent: "Gesendet",
    notSent: "Nicht gesendet",
    cancelled: "Abgebrochen",
    unknown: "Nicht bekannt",
  },

  sendModeText: {
    none: "Sofort gesendet, ohne Hinweis.",
    promptUser: "Mit einem Hinweis zurückgehalten: Der Verkäufer kann Value Check öffnen oder „Trotzdem senden“ wählen.",
    softBlock: "Mit einem Hinweis und ohne „Trotzdem senden“ zurückgehalten: Der Verkäufer muss die E-Mail zuerst ändern.",
    block: "Zurückgehalten: Die E-Mail kann erst gesendet werden, wenn sie geändert wurde.",
  },

  verdictText: { ok: "Nichts beanstandet", warn: "Warnung", block: "Muss behoben werden" },

  common,

  app: {
    pageTitle: "Outlook Value Check: Konsole für die Vertriebsleitung",
    loading: "Richtlinie wird geladen…",
    needsRoleTitle: "Diese Konsole ist für die Vertriebsleitung bestimmt",
    needsRoleBefore: "Sie sind angemeldet, aber ohne die Rolle ",
    needsRoleAfter:
      ". Ihr Microsoft 365-Administrator weist sie in Microsoft Entra ID zu: Unternehmensanwendungen › Outlook Value Check › Benutzer und Gruppen › Zuweisung hinzufügen.",
    loadFailedTitle: "Die Richtlinie konnte nicht geladen werden",
    sections: "Bereiche der Konsole",
    tabPolicy: "Richtlinie",
    tabUnsaved: " (nicht gespeichert)",
    tabHistory: "Verlauf",
    tabReports: "Berichte",
    tabImport: "CRM-Import",
    unsavedBeforeRollback: "Sie haben nicht gespeicherte Änderungen an der Richtlinie: Speichern oder verwerfen Sie sie, bevor Sie auf eine Version zurücksetzen.",
    actions: "Richtlinienaktionen",
    save: "Speichern",
    discard: "Änderungen verwerfen",
    versionStatus: (version: number, changedBy: string) => (version > 0 ? `Version ${version}, gespeichert von ${changedBy}` : `Version ${version} (Standardeinstellungen)`),
    unsavedStatus: " · nicht gespeicherte Änderungen",
    saved: (version: number) => `Als Version ${version} gespeichert. Die Verkäufer erhalten sie beim nächsten Senden.`,
    notSaved: (problem: string) => `Nicht gespeichert: ${problem}`,
    reapplied: (version: number) => `Ihre Änderungen wurden auf Version ${version} angewendet. Prüfen Sie sie, und speichern Sie erneut.`,
    invalid: "Es wurde nichts gespeichert: Korrigieren Sie die unten markierten Felder.",
    conflictTitle: "Jemand anderes hat die Richtlinie zuerst gespeichert",
    conflictDetail: "Jemand anderes hat die Richtlinie zuerst gespeichert.",
    conflictChanges: (theirs: string[], mine: string[]) =>
      `Dort geändert: ${theirs.join(", ") || "nichts, was hier zu sehen ist"}. Ihre Änderungen: ${mine.join(", ")}.`,
    reapply: "Neu laden und meine Änderungen erneut anwenden",
  },

  policy: {
    severityOf: (code: string) => `Schweregrad von ${code}`,
    sensitivityFor: (code: string) => `${fieldLabels.sensitivity} bei ${code}`,
    resetLabel: (setting: string) => `${setting}: Wert der Mandantenrichtlinie verwenden`,
    reset: "Mandantenwert verwenden",
    inheritedMark: (team: boolean) => (team ? " (Mandant)" : " (Standard)"),
    checks: "Prüfungen",
    checksHint: "„Aus“ lässt jede E-Mail sofort durch, ohne den Dienst zu fragen – für den Tag, an dem er eine Störung hat.",
    on: "Ein",
    off: "Aus",
    severitiesTitle: "Was jeder Befund bewirkt",
    severitiesHint:
      `Aus: nicht geprüft. Informieren: nur im Aufgabenbereich angezeigt. Warnen: zurückgehalten, bis der Verkäufer antwortet oder trotzdem sendet. Blockieren: zurückgehalten, bis behoben. Bei Befunden aus dem Text der E-Mail legt „${fieldLabels.sensitivity}“ fest, wie sicher sich die Prüfung sein muss, bevor sie sie meldet.`,
    finding: "Befund",
    severity: "Schweregrad",
    example: (example: string) => `Beispiel: ${example}`,
    thresholdsTitle: "Schwellenwerte",
    thresholdLabel: (label: string, unit: string) => `${label} (${unit})`,
    thresholdHint: (range: string, fallback: number, team: boolean) =>
      `${range}; leer: ${fallback} ${team ? "aus der Mandantenrichtlinie" : "als Standardwert"}`,
    exemptions: "Ausnahmen",
    exemptDomains: "Ausgenommene Domänen",
    exemptDomainsHint: (team: boolean) => `Eine pro Zeile; E-Mails an diese Domänen werden nie markiert. Leer: ${likeSource(team)}.`,
    exemptAddresses: "Ausgenommene Adressen",
    exemptAddressesHint: (team: boolean) => `Eine pro Zeile. Leer: ${likeSource(team)}.`,
    reasons: `Gründe, die ein Verkäufer auf die Frage ${valueQuestion} wählen kann`,
    reasonsHint: (team: boolean) =>
      `Einer pro Zeile; Verkäufer können immer auch in eigenen Worten antworten. Leer: ${team ? "die Gründe der Mandantenrichtlinie" : "die Standardgründe"}.`,
    translationsTitle: "Gründe in anderen Sprachen",
    translationsHint: (builtIn: boolean, team: boolean) =>
      `Eine Zeile pro Grund, in der Reihenfolge der Gründe oben. Eine leere Zeile: Verkäufer, die diese Sprache lesen, sehen ${
        builtIn ? "die Übersetzung des Standardgrunds, die der Dienst mitbringt" : "den Grund so, wie Sie ihn geschrieben haben"
      }.${team ? " Übersetzungen, die Sie hier festlegen, ersetzen alle Übersetzungen der Mandantenrichtlinie; ein Team mit eigenen Gründen erbt keine." : ""}`,
    languages: languageNames,
    missingTitle: "Gründe ohne Übersetzung",
    missingTranslations: (language: ReasonLanguage, missing: number, total: number) =>
      `${nameOf(language)}: ${formatCount(missing)} von ${formatCount(total)} ${total === 1 ? "Grund" : "Gründen"} ${missing === 1 ? "hat" : "haben"} keine Übersetzung; Verkäufer, die ${nameOf(language)} lesen, sehen ${
        missing === 1 ? "ihn so, wie Sie ihn" : "sie so, wie Sie sie"
      } geschrieben haben.`,
    failMode: "Wenn der Dienst nicht rechtzeitig antworten kann",
    failOpen: "E-Mail durchlassen",
    failClosed: "E-Mail zurückhalten, bis sie geprüft werden kann",
  },

  teams: {
    title: "Mandantenrichtlinie und Teameinstellungen",
    settingsFor: "Einstellungen für",
    everyone: "Alle (Mandantenrichtlinie)",
    team: (name: string) => `Team ${name}`,
    remove: (name: string) => `Team ${name} entfernen`,
    removeThis: "Dieses Team entfernen",
    overridesList: "Was jedes Team selbst festlegt",
    overrides: (fields: string[]) => (fields.length === 0 ? "erbt alles" : `legt ${fields.join(", ")} selbst fest; erbt den Rest`),
    group: (id: string) => `(Gruppe ${id})`,
    notAGuid: "Die Objekt-ID einer Entra ID-Gruppe ist eine GUID, etwa 3f1c…-…",
    alreadyATeam: "Für diese Gruppe gibt es bereits ein Team.",
    noDirectory: "Es gibt kein Verzeichnis zum Durchsuchen (Microsoft Graph ist nicht konfiguriert): Geben Sie unten die Objekt-ID der Gruppe ein.",
    search: "Neues Team: Gruppe nach Namen suchen",
    find: "Gruppe suchen",
    found: "Gefundene Gruppen",
    noneFound: "Keine Gruppe mit diesem Namen.",
    candidate: (mail: string | null, id: string) => `(${mail ?? "keine Adresse"}, Objekt-ID ${id})`,
    add: (name: string) => `Team ${name} hinzufügen`,
    alreadyAdded: "Bereits ein Team",
    addAsTeam: "Als Team hinzufügen",
    groupId: "Oder die Objekt-ID der Entra ID-Gruppe",
    name: "Teamname",
    addTeam: "Team hinzufügen",
    precedence:
      "Ein Verkäufer in einer aufgeführten Gruppe erhält die Einstellungen dieses Teams (bei mehreren die des zuerst aufgeführten Teams); alle anderen erhalten die Mandantenrichtlinie.",
  },

  preview: {
    title: "Vorschau",
    intro: (team, tuned) =>
      `Fügen Sie eine E-Mail ein, um zu sehen, was Ihre nicht gespeicherten Änderungen bei ihr bewirken würden, neben dem, was die gespeicherte Richtlinie bewirkt${
        team !== undefined ? `, für einen Verkäufer im Team ${team}` : ", für einen Verkäufer unter der Mandantenrichtlinie"
      }.${tuned.length > 0 ? ` ${fieldLabels.sensitivity}: ${tuned.map((entry) => `${entry.code} ${sensitivityLabels[entry.sensitivity]}`).join(", ")}; ${sensitivityLabels.normal} für die übrigen Textcodes.` : ""}`,
    recipients: "Empfänger",
    recipientsHint: "Adressen, durch Kommas oder Leerzeichen getrennt.",
    subject: "Betreff",
    body: "E-Mail-Text",
    fixPolicyFirst: (fields: string[]) => `Beheben Sie zuerst die Fehler der Richtlinie: ${fields.join(", ")}.`,
    run: "Vorschau",
    unsaved: "Mit Ihren Änderungen",
    unsavedFindings: "Befunde mit Ihren Änderungen",
    saved: "Mit der gespeicherten Richtlinie",
    savedFindings: "Befunde mit der gespeicherten Richtlinie",
    noFindings: "Keine Befunde.",
    finding: (severity: string, message: string) => `(${severity}): ${message}`,
  },

  history: {
    loading: "Verlauf wird geladen…",
    title: "Verlauf",
    onlyDefaults: "Noch keine Version gespeichert: Es gelten die integrierten Standardeinstellungen (Version 0).",
    versions: "Richtlinienversionen",
    version: "Version",
    savedBy: "Gespeichert von",
    when: "Zeitpunkt",
    actions: "Aktionen",
    builtInDefaults: " (integrierte Standardeinstellungen)",
    rollbackTo: (version: number) => ` (zurückgesetzt auf ${version})`,
    inForce: " (in Kraft)",
    changesIn: (version: number) => `Änderungen in Version ${version}`,
    changes: "Änderungen",
    rollBackTo: (version: number) => `Auf Version ${version} zurücksetzen`,
    rollBack: "Zurücksetzen",
    confirm: "Zurücksetzen bestätigen",
    versionInSentence: (version: number) => (version === 0 ? "die integrierten Standardeinstellungen" : `Version ${version}`),
    rollBackQuestion: (version: string) => `Auf ${version} zurücksetzen?`,
    nothingToRollBack: (current: number) => `Das ist dieselbe Richtlinie wie die geltende (Version ${current}): Es gibt nichts zurückzusetzen.`,
    againstInForce: (current: number) => `Gegenüber der geltenden Richtlinie (Version ${current}) ändert sich Folgendes:`,
    rollbackChanges: "Was das Zurücksetzen ändert",
    affects: (who: string) => `Betroffen sind ${who}.`,
    close: "Schließen",
    keep: "Geltende Richtlinie beibehalten",
    inForceAgain: (version: number, saved: number) =>
      `${version === 0 ? "Die integrierten Standardeinstellungen gelten" : `Version ${version} gilt`} wieder, gespeichert als Version ${saved}.`,
    versionChanged: (version: number) => `In Version ${version} geändert:`,
    noChanges: "Nichts (ohne Änderungen gespeichert).",
  },

  diff: {
    team: (name: string) => `Team ${name}`,
    teamSetting: (name: string, setting: string) => `Team ${name}: ${setting}`,
    teamAbsent: "nicht in der Richtlinie",
    teamAdded: "hinzugefügt",
    teamPresent: "in der Richtlinie",
    teamRemoved: "entfernt",
    on: "ein",
    off: "aus",
    severityOf: (code: string) => `Schweregrad von ${code}`,
    sensitivityOf: (code: string) => `Empfindlichkeit von ${code}`,
    amount: (value: number, unit: string) => `${value} ${unit}`,
    none: "keine",
    reasonsIn: (language: ReasonLanguage) => `${fieldLabels.valueAnswerReasons} auf ${nameOf(language)}`,
    notTranslated: "(nicht übersetzt)",
    failOpen: "E-Mail durchlassen",
    failClosed: "E-Mail zurückhalten",
    allSellers: "alle Verkäufer (die Mandantenrichtlinie und jedes Team, soweit es nichts anderes festlegt)",
    sellersOf: (teams: string[]) => (teams.length === 1 ? `die Verkäufer des Teams ${teams[0]}` : `die Verkäufer der Teams ${teams.join(", ")}`),
  },

  reports: {
    title: "Berichte",
    from: "Von",
    to: "Bis",
    team: "Team",
    everyone: "Alle",
    tenant: "Verkäufer unter der Mandantenrichtlinie",
    exportCsv: "Als CSV exportieren",
    loading: "Bericht wird geladen…",
    summary: (drafts: number, from: string, to: string, checks: number) =>
      `${plural(drafts, "Entwurf", "Entwürfe")} im Zeitraum ${from} bis ${to} geprüft (${plural(checks, "Prüfung", "Prüfungen")}: Ein Entwurf, der nach einer Bearbeitung oder im Aufgabenbereich erneut geprüft wird, zählt einmal).`,
    demo: (drafts: number) =>
      `Enthält ${plural(drafts, "Demo-Entwurf", "Demo-Entwürfe")}: ein erfundener Verlauf vom ersten Start dieses Development-Dienstes, damit die Diagramme zeigen, wofür sie gedacht sind. Echte Entwürfe werden zusätzlich gezählt.`,
    textNotChecked: (languages: string) =>
      `Text nicht geprüft (eine Sprache, die die Prüfung noch nicht liest; die Empfänger wurden trotzdem geprüft): ${languages}.`,
    noFindings: "Keine Befunde in diesem Zeitraum.",
    perWeek: "Befunde pro Code und Woche",
    weekStarting: "Woche ab",
    findings: "Befunde",
    outcomes: "Was die Verkäufer taten, pro Code",
    findingCode: "Befund",
    drafts: "Entwürfe",
    overrides: "Warnungen, über die sich Verkäufer hinweggesetzt haben",
    noOverrides: "In diesem Zeitraum hat niemand trotz einer Warnung gesendet oder eine Warnung mit einer Antwort übergangen.",
    code: "Code",
    sentAnyway: "Trotzdem gesendet",
    answered: "Beantwortet",
    reasonsGiven: "Genannte Gründe",
    policy: "Richtlinie",
    noneGiven: "Keine genannt",
    reason: (answer: string, count: number) => `${common.quoted(answer)} (${formatCount(count)})`,
    adjustLabel: (code: string) => `${code} in der Richtlinie anpassen`,
    adjust: "Anpassen",
    fatigue: "Firmen, die am häufigsten bis zur Kontaktermüdung angeschrieben wurden",
    noFatigue: "Keine Kontaktermüdung in diesem Zeitraum.",
    account: "Firma",
    valueAnswersFigure: "Antworten der Verkäufer",
    valueAnswersTitle: `Was Verkäufer auf ${valueQuestion} geantwortet haben`,
    noAnswers: "Keine Antworten in diesem Zeitraum.",
    valueAnswers: "Mehrwert-Antworten",
    answer: "Antwort",
    times: "Anzahl",
  },

  crm: {
    title: "Integriertes CRM importieren",
    format: (accountColumns: string, contactColumns: string) =>
      `accounts.csv: ${accountColumns}. contacts.csv: ${contactColumns}. Der Import ersetzt das gesamte integrierte CRM oder ändert nichts.`,
    downloadTemplate: (file: string) => `Vorlage ${file} herunterladen`,
    import: "Importieren",
    emptyTitle: "Integriertes CRM leeren?",
    emptyText:
      "Die Dateien enthalten keine Zeilen. Wenn Sie sie importieren, werden alle Firmen und Kontakte aus dem integrierten CRM entfernt, und die Prüfungen wissen nicht mehr, wer Ihre Kunden sind.",
    empty: "CRM leeren",
    keep: "CRM behalten",
    unchanged: "Das integrierte CRM ist unverändert.",
    notValid: "Die Dateien sind ungültig.",
    emptied: "Das integrierte CRM ist jetzt leer.",
    imported: (accounts: number, contacts: number) =>
      `${plural(accounts, "Firma", "Firmen")} und ${plural(contacts, "Kontakt", "Kontakte")} importiert. Die Prüfungen verwenden sie ab sofort.`,
    rejected: "Es wurde nichts importiert",
    rowsToFix: "Zu korrigierende Zeilen",
    notReached: (problem: string) => `Der Import hat den Dienst nicht erreicht: ${problem}`,
    contentsTitle: "Was das CRM jetzt enthält",
    contents: "CRM-Inhalt",
    remote: (source: string) => `Die Prüfungen lesen ${source}; der Dienst zählt kein externes CRM.`,
    counts: (source: string, accounts: number | null, contacts: number | null, doNotEmail: number | null) =>
      `${source}: ${formatCount(accounts)} ${accounts === 1 ? "Firma" : "Firmen"}, ${formatCount(contacts)} ${contacts === 1 ? "Kontakt" : "Kontakte"}, davon ${formatCount(doNotEmail)} mit „keine E-Mails“.`,
    search: "Firma nach Adresse, Domäne oder Namen suchen",
    find: "Suchen",
    found: "Gefundene CRM-Firmen",
    account: "Firma",
    relationship: "Beziehung",
    owner: "Besitzer",
    contacts: "Kontakte",
    builtInSource: "Integriertes CRM",
    accountName: (name: string, domain: string | null) => `${name} (${domain ?? "keine Domäne"})`,
    contact: (email: string, doNotEmail: boolean) => (doNotEmail ? `${email} (keine E-Mails)` : email),
  },
};
