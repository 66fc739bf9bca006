// The manager console's words in French, addressing the manager with "vous". Typed by the English words (en.ts), so a
// missing word fails the build. Terms follow Microsoft 365's French: stratégie (policy), locataire (tenant), gravité
// (severity), volet des tâches; a finding is a constat, a seller a commercial. French typography: the spaces before
// : ; ? ! and inside « » are no-break spaces (U+00A0). Codes, file and column names stay as they are.
import { formatCount } from "../formatting";
import type { ReasonLanguage } from "../policyModel";
import type { ConsoleWords } from "./en";

const fieldLabels: ConsoleWords["fieldLabels"] = {
  checksEnabled: "Vérifications activées ou désactivées",
  severities: "Gravités",
  sensitivity: "Certitude avant d'avertir",
  thresholds: "Seuils",
  exemptDomains: "Domaines exemptés",
  exemptAddresses: "Adresses exemptées",
  valueAnswerReasons: "Raisons de la réponse sur la valeur",
  valueAnswerReasonTranslations: "Raisons de la réponse sur la valeur dans d'autres langues",
  failMode: "Quand le service ne peut pas répondre",
  teams: "Paramètres propres aux équipes",
};

const sensitivityLabels: ConsoleWords["sensitivityLabels"] = { low: "faible", normal: "moyenne", high: "élevée" };

const common: ConsoleWords["common"] = {
  productName: "Outlook Value Check",
  tryAgain: "Réessayer",
  noValue: "—",
  quoted: (text: string) => `« ${text} »`,
};

/** French counts 0 and 1 in the singular. */
const plural = (count: number, one: string, other: string) => `${formatCount(count)} ${count < 2 ? one : other}`;

/** The languages sellers read the reasons in, by name: as a field's label, and inside a sentence ("en allemand"). */
const languageNames: ConsoleWords["policy"]["languages"] = { de: "Allemand", fr: "Français", es: "Espagnol", en: "Anglais" };
const inSentence = { de: "allemand", fr: "français", es: "espagnol", en: "anglais" } satisfies Record<ReasonLanguage, string>;
const nameOf = (language: ReasonLanguage) => languageNames[language] ?? String(language);
const nameInSentence = (language: ReasonLanguage) => inSentence[language] ?? String(language);

/** The service's question to the seller, as it asks it in French. */
const valueQuestion = "« Est-ce que cela leur apporte quelque chose ? »";

export const fr: ConsoleWords = {
  // The service's built-in reasons in French (OutlookValueCheck.Core/Wording/FrenchWording.cs).
  defaultReasons: [
    "Il répond à une question qu'ils ont posée",
    "Il apporte une nouvelle qui les concerne",
    "Il donne suite à ce que nous avons convenu",
    "Le responsable du compte m'a demandé de l'envoyer",
  ],

  findingTexts: {
    "pitch-to-customer": {
      meaning: "Une prospection commerciale adressée à quelqu'un dont l'entreprise est déjà cliente.",
      example: "« J'aimerais vous présenter Contoso » à un client depuis 2020.",
    },
    "former-customer": {
      meaning: "Une prospection générique adressée à un ancien client, qui ignore l'historique.",
      example: "« Êtes-vous la bonne personne à contacter ? » à un client parti l'an dernier.",
    },
    "no-value-check-in": {
      meaning: "Le message ne sert qu'à garder le contact et n'apporte rien de nouveau.",
      example: "« Je me permets de revenir vers vous, avez-vous du nouveau ? »",
    },
    "seller-centric": {
      meaning: "Le message parle de l'entreprise du commercial, sans rien de propre au destinataire.",
      example: "Trois paragraphes sur nos récompenses et aucun sur sa situation.",
    },
    "unfilled-placeholder": {
      meaning: "Un champ de modèle est resté dans le message.",
      example: "« Bonjour [Prénom] » ou « {{company}} ».",
    },
    "renewal-without-value": {
      meaning: "Un message de renouvellement ou de prix qui pousse au prix ou à la signature sans rappeler la valeur apportée.",
      example: "« Votre renouvellement arrive à échéance ; le nouveau tarif est en pièce jointe. Merci de signer d'ici vendredi. »",
    },
    "contact-fatigue": {
      meaning: "Le destinataire a déjà reçu récemment plusieurs messages de ce commercial, sans y répondre.",
      example: "Le quatrième message en deux semaines, sans aucune réponse entre-temps.",
    },
    "at-risk-account": {
      meaning: "Une vente additionnelle ou une relance de renouvellement auprès d'un client qui a des incidents graves ouverts ou un renouvellement proche.",
      example: "Proposer un module complémentaire alors que deux incidents de gravité élevée sont ouverts.",
    },
    "do-not-email": {
      meaning: "Un destinataire est marqué « ne pas contacter par e-mail » dans le CRM.",
      example: "Un contact qui a demandé à ne recevoir aucun message commercial.",
    },
    "owned-by-colleague": {
      meaning: "Une prospection ou un renouvellement pour un compte suivi par un autre commercial.",
      example: "Écrire à un client dont le compte est suivi par un collègue.",
    },
    "lookup-unavailable": {
      meaning: "Microsoft 365 ou le CRM n'a pas pu être interrogé à temps ; la vérification s'est faite avec les informations disponibles.",
      example: "Le CRM était lent au moment de l'envoi.",
    },
  },

  severityLabels: { off: "désactivé", info: "informer", warn: "avertir", block: "bloquer" },

  sensitivityLabels,

  sensitivityChoices: {
    low: "Faible — seulement quand le message le fait clairement",
    normal: "Moyenne",
    high: "Élevée — aussi quand le message en donne seulement l'impression",
  },

  thresholdTexts: {
    fatigueMessageCount: { label: "Messages sans réponse avant sur-sollicitation", unit: "messages", hint: "1 à 100" },
    fatigueWindowDays: { label: "Période de sur-sollicitation", unit: "jours", hint: "1 à 365" },
    renewalWindowDays: { label: "Un renouvellement est proche à moins de", unit: "jours", hint: "0 à 730" },
    lookupDeadlineMs: { label: "Temps pour rechercher les destinataires à l'envoi", unit: "ms", hint: "100 à 2500" },
  },

  fieldLabels,

  outcomeLabels: {
    answered: "A répondu à la question",
    sentAnyway: "Envoyé quand même",
    edited: "Modifié après un avertissement",
    sent: "Envoyé",
    notSent: "Non envoyé",
    cancelled: "Annulé",
    unknown: "Inconnu",
  },

  sendModeText: {
    none: "Envoyé immédiatement, sans alerte.",
    promptUser: "Retenu avec une alerte : le commercial peut ouvrir Value Check ou choisir « Envoyer quand même ».",
    softBlock: "Retenu avec une alerte, sans « Envoyer quand même » : le commercial doit d'abord modifier le message.",
    block: "Retenu : le message ne peut pas partir tant qu'il n'a pas été modifié.",
  },

  verdictText: { ok: "Rien à signaler", warn: "Avertissement", block: "À corriger" },

  common,

  app: {
    pageTitle: "Outlook Value Check : console des responsables commerciaux",
    loading: "Chargement de la stratégie…",
    needsRoleTitle: "Cette console est réservée aux responsables commerciaux",
    needsRoleBefore: "Vous êtes connecté, mais sans le rôle ",
    needsRoleAfter:
      ". Votre administrateur Microsoft 365 l'attribue dans Microsoft Entra ID : Applications d'entreprise › Outlook Value Check › Utilisateurs et groupes › Ajouter une attribution.",
    loadFailedTitle: "Impossible de charger la stratégie",
    sections: "Sections de la console",
    tabPolicy: "Stratégie",
    tabUnsaved: " (non enregistrée)",
    tabHistory: "Historique",
    tabReports: "Rapports",
    tabImport: "Import CRM",
    unsavedBeforeRollback: "Vous avez des modifications de stratégie non enregistrées : enregistrez-les ou abandonnez-les avant de restaurer une version.",
    actions: "Actions sur la stratégie",
    save: "Enregistrer",
    discard: "Abandonner les modifications",
    versionStatus: (version: number, changedBy: string) => (version > 0 ? `Version ${version}, enregistrée par ${changedBy}` : `Version ${version} (valeurs par défaut)`),
    unsavedStatus: " · modifications non enregistrées",
    saved: (version: number) => `Enregistrée comme version ${version}. Les commerciaux la reçoivent lors de leur prochain envoi.`,
    notSaved: (problem: string) => `Non enregistrée : ${problem}`,
    reapplied: (version: number) => `Vos modifications sont appliquées par-dessus la version ${version}. Vérifiez-les, puis enregistrez de nouveau.`,
    invalid: "Rien n'a été enregistré : corrigez les champs signalés ci-dessous.",
    conflictTitle: "Quelqu'un d'autre a enregistré la stratégie avant vous",
    conflictDetail: "Quelqu'un d'autre a enregistré la stratégie avant vous.",
    conflictChanges: (theirs: string[], mine: string[]) =>
      `Modifié de son côté : ${theirs.join(", ") || "rien de visible ici"}. Vos modifications : ${mine.join(", ")}.`,
    reapply: "Recharger et réappliquer mes modifications",
  },

  policy: {
    severityOf: (code: string) => `Gravité de ${code}`,
    sensitivityFor: (code: string) => `${fieldLabels.sensitivity} pour ${code}`,
    resetLabel: (setting: string) => `${setting} : utiliser la valeur de la stratégie du locataire`,
    reset: "Valeur du locataire",
    inheritedMark: (team: boolean) => (team ? " (locataire)" : " (par défaut)"),
    checks: "Vérifications",
    checksHint: "« Désactivées » laisse partir chaque message immédiatement, sans interroger le service : pour le jour où il subit un incident.",
    on: "Activées",
    off: "Désactivées",
    severitiesTitle: "Ce que fait chaque constat",
    severitiesHint:
      `Désactivé : non vérifié. Informer : affiché uniquement dans le volet des tâches. Avertir : retenu jusqu'à ce que le commercial réponde ou envoie quand même. Bloquer : retenu jusqu'à correction. Pour les constats tirés du texte du message, « ${fieldLabels.sensitivity} » fixe le degré de certitude que la vérification doit atteindre avant de les signaler.`,
    finding: "Constat",
    severity: "Gravité",
    example: (example: string) => `Exemple : ${example}`,
    thresholdsTitle: "Seuils",
    thresholdLabel: (label: string, unit: string) => `${label} (${unit})`,
    thresholdHint: (range: string, fallback: number, team: boolean) =>
      `${range} ; vide : ${fallback} ${team ? "selon la stratégie du locataire" : "par défaut"}`,
    exemptions: "Exemptions",
    exemptDomains: "Domaines exemptés",
    exemptDomainsHint: (team: boolean) =>
      `Un par ligne ; les messages adressés à ces domaines ne sont jamais signalés. Vide : ${team ? "ceux de la stratégie du locataire" : "ceux par défaut"}.`,
    exemptAddresses: "Adresses exemptées",
    exemptAddressesHint: (team: boolean) => `Une par ligne. Vide : ${team ? "celles de la stratégie du locataire" : "celles par défaut"}.`,
    reasons: `Raisons qu'un commercial peut choisir quand on lui demande ${valueQuestion}`,
    reasonsHint: (team: boolean) =>
      `Une par ligne ; les commerciaux peuvent toujours répondre aussi avec leurs propres mots. Vide : ${team ? "les raisons de la stratégie du locataire" : "les raisons par défaut"}.`,
    translationsTitle: "Raisons dans d'autres langues",
    translationsHint: (builtIn: boolean, team: boolean) =>
      `Une ligne par raison, dans l'ordre des raisons ci-dessus. Une ligne vide : les commerciaux qui lisent cette langue voient ${
        builtIn ? "la traduction de la raison par défaut que fournit le service" : "la raison telle que vous l'avez écrite"
      }.${team ? " Les traductions définies ici remplacent toutes celles de la stratégie du locataire ; une équipe qui a ses propres raisons n'en hérite aucune." : ""}`,
    languages: languageNames,
    missingTitle: "Raisons sans traduction",
    missingTranslations: (language: ReasonLanguage, missing: number, total: number) =>
      `${nameOf(language)} : ${plural(missing, "raison", "raisons")} sur ${formatCount(total)} ${missing < 2 ? "n'a" : "n'ont"} pas de traduction ; les commerciaux qui lisent en ${nameInSentence(language)} ${
        missing < 2 ? "la voient telle que vous l'avez écrite" : "les voient telles que vous les avez écrites"
      }.`,
    failMode: "Quand le service ne peut pas répondre à temps",
    failOpen: "Laisser partir le message",
    failClosed: "Retenir le message jusqu'à ce qu'il puisse être vérifié",
  },

  teams: {
    title: "Stratégie du locataire et paramètres des équipes",
    settingsFor: "Paramètres pour",
    everyone: "Tout le monde (stratégie du locataire)",
    team: (name: string) => `Équipe ${name}`,
    remove: (name: string) => `Supprimer l'équipe ${name}`,
    removeThis: "Supprimer cette équipe",
    overridesList: "Ce que chaque équipe définit elle-même",
    overrides: (fields: string[]) => (fields.length === 0 ? "hérite de tout" : `définit ${fields.join(", ")} ; hérite du reste`),
    group: (id: string) => `(groupe ${id})`,
    notAGuid: "L'ID d'objet d'un groupe Entra ID est un GUID, par exemple 3f1c…-…",
    alreadyATeam: "Ce groupe a déjà une équipe.",
    noDirectory: "Aucun annuaire à interroger (Microsoft Graph n'est pas configuré) : saisissez ci-dessous l'ID d'objet du groupe.",
    search: "Nouvelle équipe : rechercher un groupe par son nom",
    find: "Rechercher le groupe",
    found: "Groupes trouvés",
    noneFound: "Aucun groupe de ce nom.",
    candidate: (mail: string | null, id: string) => `(${mail ?? "aucune adresse"}, ID d'objet ${id})`,
    add: (name: string) => `Ajouter l'équipe ${name}`,
    alreadyAdded: "Déjà une équipe",
    addAsTeam: "Ajouter comme équipe",
    groupId: "Ou l'ID d'objet de son groupe Entra ID",
    name: "Nom de l'équipe",
    addTeam: "Ajouter l'équipe",
    precedence:
      "Un commercial membre d'un groupe de la liste reçoit les paramètres de cette équipe (ceux de la première équipe de la liste s'il y en a plusieurs) ; tous les autres reçoivent la stratégie du locataire.",
  },

  preview: {
    title: "Aperçu",
    intro: (team, tuned) =>
      `Collez un message pour voir l'effet qu'auraient sur lui vos modifications non enregistrées, à côté de celui de la stratégie enregistrée${
        team !== undefined ? `, pour un commercial de l'équipe ${team}` : ", pour un commercial soumis à la stratégie du locataire"
      }.${tuned.length > 0 ? ` ${fieldLabels.sensitivity} : ${tuned.map((entry) => `${entry.code} ${sensitivityLabels[entry.sensitivity]}`).join(", ")} ; ${sensitivityLabels.normal} pour les autres codes de texte.` : ""}`,
    recipients: "Destinataires",
    recipientsHint: "Adresses séparées par des virgules ou des espaces.",
    subject: "Objet",
    body: "Texte du message",
    fixPolicyFirst: (fields: string[]) => `Corrigez d'abord les erreurs de la stratégie : ${fields.join(", ")}.`,
    run: "Aperçu",
    unsaved: "Avec vos modifications",
    unsavedFindings: "Constats avec vos modifications",
    saved: "Avec la stratégie enregistrée",
    savedFindings: "Constats avec la stratégie enregistrée",
    noFindings: "Aucun constat.",
    finding: (severity: string, message: string) => `(${severity}) : ${message}`,
  },

  history: {
    loading: "Chargement de l'historique…",
    title: "Historique",
    onlyDefaults: "Aucune version enregistrée pour l'instant : les valeurs par défaut intégrées (version 0) sont en vigueur.",
    versions: "Versions de la stratégie",
    version: "Version",
    savedBy: "Enregistrée par",
    when: "Date",
    actions: "Actions",
    builtInDefaults: " (valeurs par défaut intégrées)",
    rollbackTo: (version: number) => ` (restaure la version ${version})`,
    inForce: " (en vigueur)",
    changesIn: (version: number) => `Modifications de la version ${version}`,
    changes: "Modifications",
    rollBackTo: (version: number) => `Restaurer la version ${version}`,
    rollBack: "Restaurer",
    confirm: "Confirmer la restauration",
    versionInSentence: (version: number) => (version === 0 ? "les valeurs par défaut intégrées" : `la version ${version}`),
    rollBackQuestion: (version: string) => `Restaurer ${version} ?`,
    nothingToRollBack: (current: number) => `C'est la même stratégie que celle en vigueur (version ${current}) : il n'y a rien à restaurer.`,
    againstInForce: (current: number) => `Par rapport à la stratégie en vigueur (version ${current}), voici ce qui change :`,
    rollbackChanges: "Ce que change la restauration",
    affects: (who: string) => `Cela concerne ${who}.`,
    close: "Fermer",
    keep: "Conserver la stratégie en vigueur",
    inForceAgain: (version: number, saved: number) =>
      version === 0
        ? `Les valeurs par défaut intégrées sont de nouveau en vigueur, enregistrées comme version ${saved}.`
        : `La version ${version} est de nouveau en vigueur, enregistrée comme version ${saved}.`,
    versionChanged: (version: number) => `Modifications de la version ${version} :`,
    noChanges: "Rien (enregistrée sans modification).",
  },

  diff: {
    team: (name: string) => `Équipe ${name}`,
    teamSetting: (name: string, setting: string) => `Équipe ${name} : ${setting}`,
    teamAbsent: "absente de la stratégie",
    teamAdded: "ajoutée",
    teamPresent: "présente dans la stratégie",
    teamRemoved: "supprimée",
    on: "activées",
    off: "désactivées",
    severityOf: (code: string) => `Gravité de ${code}`,
    sensitivityOf: (code: string) => `Sensibilité de ${code}`,
    amount: (value: number, unit: string) => `${value} ${unit}`,
    none: "aucun",
    reasonsIn: (language: ReasonLanguage) => `${fieldLabels.valueAnswerReasons} en ${nameInSentence(language)}`,
    notTranslated: "(non traduite)",
    failOpen: "laisser partir le message",
    failClosed: "retenir le message",
    allSellers: "tous les commerciaux (la stratégie du locataire, et chaque équipe là où elle ne la remplace pas)",
    sellersOf: (teams: string[]) => (teams.length === 1 ? `les commerciaux de l'équipe ${teams[0]}` : `les commerciaux des équipes ${teams.join(", ")}`),
  },

  reports: {
    title: "Rapports",
    from: "Du",
    to: "Au",
    team: "Équipe",
    everyone: "Tout le monde",
    tenant: "Commerciaux soumis à la stratégie du locataire",
    exportCsv: "Exporter en CSV",
    loading: "Chargement du rapport…",
    summary: (drafts: number, from: string, to: string, checks: number) =>
      `${plural(drafts, "brouillon vérifié", "brouillons vérifiés")} du ${from} au ${to} (${plural(checks, "vérification", "vérifications")} : un brouillon vérifié de nouveau après une modification ou depuis le volet des tâches ne compte qu'une fois).`,
    demo: (drafts: number) =>
      `Inclut ${plural(drafts, "brouillon de démonstration", "brouillons de démonstration")} : un historique fictif créé au premier démarrage de ce service en environnement Development, pour que les graphiques montrent à quoi ils servent. Les vrais brouillons sont comptés en plus.`,
    textNotChecked: (languages: string) =>
      `Texte non vérifié (une langue que la vérification ne lit pas encore ; les destinataires ont tout de même été vérifiés) : ${languages}.`,
    noFindings: "Aucun constat sur cette période.",
    perWeek: "Constats par code et par semaine",
    weekStarting: "Semaine du",
    findings: "Constats",
    outcomes: "Ce qu'ont fait les commerciaux, par code",
    findingCode: "Constat",
    drafts: "Brouillons",
    overrides: "Avertissements passés outre par les commerciaux",
    noOverrides: "Sur cette période, personne n'a envoyé quand même ni répondu pour passer outre un avertissement.",
    code: "Code",
    sentAnyway: "Envoyé quand même",
    answered: "Répondu",
    reasonsGiven: "Raisons données",
    policy: "Stratégie",
    noneGiven: "Aucune",
    reason: (answer: string, count: number) => `${common.quoted(answer)} (${formatCount(count)})`,
    adjustLabel: (code: string) => `Ajuster ${code} dans la stratégie`,
    adjust: "Ajuster",
    fatigue: "Comptes les plus souvent sur-sollicités",
    noFatigue: "Aucune sur-sollicitation sur cette période.",
    account: "Compte",
    valueAnswersFigure: "Ce qu'ont répondu les commerciaux",
    valueAnswersTitle: `Ce qu'ont répondu les commerciaux à ${valueQuestion}`,
    noAnswers: "Aucune réponse sur cette période.",
    valueAnswers: "Réponses sur la valeur",
    answer: "Réponse",
    times: "Nombre de fois",
  },

  crm: {
    title: "Importer le CRM intégré",
    format: (accountColumns: string, contactColumns: string) =>
      `accounts.csv : ${accountColumns}. contacts.csv : ${contactColumns}. L'import remplace l'intégralité du CRM intégré, ou ne change rien.`,
    downloadTemplate: (file: string) => `Télécharger le modèle ${file}`,
    import: "Importer",
    emptyTitle: "Vider le CRM intégré ?",
    emptyText:
      "Les fichiers ne contiennent aucune ligne. Les importer supprime tous les comptes et contacts du CRM intégré, et les vérifications ne savent plus qui sont vos clients.",
    empty: "Vider le CRM",
    keep: "Conserver le CRM",
    unchanged: "Le CRM intégré n'a pas été modifié.",
    notValid: "Les fichiers ne sont pas valides.",
    emptied: "Le CRM intégré est maintenant vide.",
    imported: (accounts: number, contacts: number) =>
      `Import terminé : ${plural(accounts, "compte", "comptes")} et ${plural(contacts, "contact", "contacts")}. Les vérifications les utilisent désormais.`,
    rejected: "Rien n'a été importé",
    rowsToFix: "Lignes à corriger",
    notReached: (problem: string) => `L'import n'a pas atteint le service : ${problem}`,
    contentsTitle: "Contenu actuel du CRM",
    contents: "Contenu du CRM",
    remote: (source: string) => `Les vérifications lisent ${source} ; le service ne compte pas le contenu d'un CRM externe.`,
    counts: (source: string, accounts: number | null, contacts: number | null, doNotEmail: number | null) =>
      `${source} : ${formatCount(accounts)} ${(accounts ?? 0) < 2 ? "compte" : "comptes"}, ${formatCount(contacts)} ${(contacts ?? 0) < 2 ? "contact" : "contacts"}, dont ${formatCount(doNotEmail)} à ne pas contacter par e-mail.`,
    search: "Rechercher un compte par adresse, domaine ou nom",
    find: "Rechercher",
    found: "Comptes CRM trouvés",
    account: "Compte",
    relationship: "Relation",
    owner: "Propriétaire",
    contacts: "Contacts",
    builtInSource: "CRM intégré",
    accountName: (name: string, domain: string | null) => `${name} (${domain ?? "aucun domaine"})`,
    contact: (email: string, doNotEmail: boolean) => (doNotEmail ? `${email} (ne pas contacter par e-mail)` : email),
  },
};
