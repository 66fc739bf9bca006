// The manager console's words in Spanish, addressing the manager with "usted", neutral enough for Spain and Latin
// America alike. Typed by the English words (en.ts), so a missing word fails the build. Terms follow Microsoft 365's
// Spanish: directiva (policy), inquilino (tenant), gravedad (severity), panel de tareas; a finding is a hallazgo, a
// seller a vendedor; quotes are «» as in the service's own Spanish. Codes, file and column names stay as they are.
import { formatCount } from "../formatting";
import type { ReasonLanguage } from "../policyModel";
import type { ConsoleWords } from "./en";

const fieldLabels: ConsoleWords["fieldLabels"] = {
  checksEnabled: "Revisiones activadas o desactivadas",
  severities: "Gravedades",
  sensitivity: "Certeza antes de advertir",
  thresholds: "Umbrales",
  exemptDomains: "Dominios exentos",
  exemptAddresses: "Direcciones exentas",
  valueAnswerReasons: "Motivos de la respuesta sobre el valor",
  valueAnswerReasonTranslations: "Motivos de la respuesta sobre el valor en otros idiomas",
  failMode: "Cuando el servicio no puede responder",
  teams: "Configuración propia de los equipos",
};

const sensitivityLabels: ConsoleWords["sensitivityLabels"] = { low: "baja", normal: "media", high: "alta" };

const common: ConsoleWords["common"] = {
  productName: "Outlook Value Check",
  tryAgain: "Volver a intentarlo",
  noValue: "—",
  quoted: (text: string) => `«${text}»`,
};

const plural = (count: number, one: string, other: string) => `${formatCount(count)} ${count === 1 ? one : other}`;

/** The languages sellers read the reasons in, by name: as a field's label, and inside a sentence ("en alemán"). */
const languageNames: ConsoleWords["policy"]["languages"] = { de: "Alemán", fr: "Francés", es: "Español", en: "Inglés" };
const inSentence = { de: "alemán", fr: "francés", es: "español", en: "inglés" } satisfies Record<ReasonLanguage, string>;
const nameOf = (language: ReasonLanguage) => languageNames[language] ?? String(language);
const nameInSentence = (language: ReasonLanguage) => inSentence[language] ?? String(language);

/** The service's question to the seller, as it asks it in Spanish. */
const valueQuestion = "«¿Esto les aporta algo?»";

export const es: ConsoleWords = {
  // The service's built-in reasons in Spanish (OutlookValueCheck.Core/Wording/SpanishWording.cs).
  defaultReasons: [
    "Responde a una pregunta que hicieron",
    "Trae una novedad que les afecta",
    "Da seguimiento a algo que acordamos",
    "El responsable de la cuenta me pidió enviarlo",
  ],

  findingTexts: {
    "pitch-to-customer": {
      meaning: "Una oferta de nuevo negocio a alguien cuya empresa ya le compra a usted.",
      example: "«Me encantaría presentarle Contoso» a un cliente desde 2020.",
    },
    "former-customer": {
      meaning: "Una oferta genérica a un excliente que ignora la historia en común.",
      example: "«¿Es usted la persona indicada para hablar de esto?» a un cliente que se fue el año pasado.",
    },
    "no-value-check-in": {
      meaning: "El correo solo sirve para mantener el contacto y no aporta nada nuevo.",
      example: "«Solo quería saber cómo va todo, ¿alguna novedad?»",
    },
    "seller-centric": {
      meaning: "El correo habla de la empresa del vendedor, sin nada específico para el destinatario.",
      example: "Tres párrafos sobre nuestros premios y ninguno sobre su situación.",
    },
    "unfilled-placeholder": {
      meaning: "Quedó un campo de plantilla sin completar.",
      example: "«Hola, [Nombre]» o «{{company}}».",
    },
    "renewal-without-value": {
      meaning: "Un correo de renovación o de precio que presiona por el precio o la firma sin recordar el valor obtenido.",
      example: "«Su renovación vence pronto; adjuntamos el nuevo precio. Firme antes del viernes, por favor.»",
    },
    "contact-fatigue": {
      meaning: "El destinatario ya recibió hace poco varios correos de este vendedor sin responder a ninguno.",
      example: "El cuarto correo en dos semanas sin ninguna respuesta en medio.",
    },
    "at-risk-account": {
      meaning: "Una venta adicional o un impulso de renovación a un cliente con incidencias graves abiertas o una renovación próxima.",
      example: "Ofrecer un complemento mientras hay dos incidencias de gravedad alta abiertas.",
    },
    "do-not-email": {
      meaning: "Un destinatario está marcado como «no enviar correos» en el CRM.",
      example: "Un contacto que pidió no recibir correos comerciales.",
    },
    "owned-by-colleague": {
      meaning: "Una oferta o renovación para una cuenta que lleva otro vendedor.",
      example: "Escribir a un cliente cuya cuenta lleva un colega.",
    },
    "lookup-unavailable": {
      meaning: "No se pudo consultar a tiempo Microsoft 365 o el CRM; la revisión se hizo con la información disponible.",
      example: "El CRM respondía con lentitud al enviar.",
    },
  },

  severityLabels: { off: "desactivado", info: "informar", warn: "advertir", block: "bloquear" },

  sensitivityLabels,

  sensitivityChoices: {
    low: "Baja — solo cuando el correo claramente lo hace",
    normal: "Media",
    high: "Alta — también cuando solo lo parece",
  },

  thresholdTexts: {
    fatigueMessageCount: { label: "Correos sin respuesta antes de la saturación del contacto", unit: "correos", hint: "1 a 100" },
    fatigueWindowDays: { label: "Periodo de saturación del contacto", unit: "días", hint: "1 a 365" },
    renewalWindowDays: { label: "Una renovación se considera cercana dentro de", unit: "días", hint: "0 a 730" },
    lookupDeadlineMs: { label: "Tiempo para consultar a los destinatarios al enviar", unit: "ms", hint: "100 a 2500" },
  },

  fieldLabels,

  outcomeLabels: {
    answered: "Respondió la pregunta",
    sentAnyway: "Enviado de todos modos",
    edited: "Editado tras una advertencia",
    sent: "Enviado",
    notSent: "No enviado",
    cancelled: "Cancelado",
    unknown: "Desconocido",
  },

  sendModeText: {
    none: "Se envía de inmediato, sin alerta.",
    promptUser: "Se retiene con una alerta: el vendedor puede abrir Value Check o elegir «Enviar de todos modos».",
    softBlock: "Se retiene con una alerta y sin «Enviar de todos modos»: el vendedor debe cambiar el correo primero.",
    block: "Se retiene: el correo no puede salir hasta que se modifique.",
  },

  verdictText: { ok: "Nada señalado", warn: "Advertencia", block: "Debe corregirse" },

  common,

  app: {
    pageTitle: "Outlook Value Check: consola para responsables de ventas",
    loading: "Cargando la directiva…",
    needsRoleTitle: "Esta consola es para responsables de ventas",
    needsRoleBefore: "Ha iniciado sesión, pero sin el rol ",
    needsRoleAfter:
      ". Su administrador de Microsoft 365 lo asigna en Microsoft Entra ID: Aplicaciones empresariales › Outlook Value Check › Usuarios y grupos › Agregar asignación.",
    loadFailedTitle: "No se pudo cargar la directiva",
    sections: "Secciones de la consola",
    tabPolicy: "Directiva",
    tabUnsaved: " (sin guardar)",
    tabHistory: "Historial",
    tabReports: "Informes",
    tabImport: "Importación del CRM",
    unsavedBeforeRollback: "Tiene cambios en la directiva sin guardar: guárdelos o descártelos antes de revertir a otra versión.",
    actions: "Acciones de la directiva",
    save: "Guardar",
    discard: "Descartar cambios",
    versionStatus: (version: number, changedBy: string) => (version > 0 ? `Versión ${version}, guardada por ${changedBy}` : `Versión ${version} (valores predeterminados)`),
    unsavedStatus: " · cambios sin guardar",
    saved: (version: number) => `Se guardó como versión ${version}. Los vendedores la reciben en su próximo envío.`,
    notSaved: (problem: string) => `No se guardó: ${problem}`,
    reapplied: (version: number) => `Sus cambios se aplicaron sobre la versión ${version}. Revíselos y vuelva a guardar.`,
    invalid: "No se guardó nada: corrija los campos marcados abajo.",
    conflictTitle: "Otra persona guardó la directiva antes",
    conflictDetail: "Otra persona guardó la directiva antes.",
    conflictChanges: (theirs: string[], mine: string[]) =>
      `Esa persona cambió: ${theirs.join(", ") || "nada que se vea aquí"}. Sus cambios: ${mine.join(", ")}.`,
    reapply: "Volver a cargar y aplicar de nuevo mis cambios",
  },

  policy: {
    severityOf: (code: string) => `Gravedad de ${code}`,
    sensitivityFor: (code: string) => `${fieldLabels.sensitivity} para ${code}`,
    resetLabel: (setting: string) => `${setting}: usar el valor de la directiva del inquilino`,
    reset: "Usar el del inquilino",
    inheritedMark: (team: boolean) => (team ? " (del inquilino)" : " (predeterminado)"),
    checks: "Revisiones",
    checksHint: "«Desactivadas» deja salir cada correo de inmediato sin consultar al servicio: para el día en que tenga una incidencia.",
    on: "Activadas",
    off: "Desactivadas",
    severitiesTitle: "Qué hace cada hallazgo",
    severitiesHint:
      `Desactivado: no se revisa. Informar: solo se muestra en el panel de tareas. Advertir: se retiene hasta que el vendedor responda o lo envíe de todos modos. Bloquear: se retiene hasta que se corrija. Para los hallazgos que se leen en el texto del correo, «${fieldLabels.sensitivity}» fija el grado de certeza que necesita la revisión antes de señalarlos.`,
    finding: "Hallazgo",
    severity: "Gravedad",
    example: (example: string) => `Ejemplo: ${example}`,
    thresholdsTitle: "Umbrales",
    thresholdLabel: (label: string, unit: string) => `${label} (${unit})`,
    thresholdHint: (range: string, fallback: number, team: boolean) =>
      `${range}; vacío: ${fallback} ${team ? "de la directiva del inquilino" : "(valor predeterminado)"}`,
    exemptions: "Exenciones",
    exemptDomains: "Dominios exentos",
    exemptDomainsHint: (team: boolean) =>
      `Uno por línea; los correos a estos dominios nunca se señalan. Vacío: ${team ? "los de la directiva del inquilino" : "los predeterminados"}.`,
    exemptAddresses: "Direcciones exentas",
    exemptAddressesHint: (team: boolean) => `Una por línea. Vacío: ${team ? "las de la directiva del inquilino" : "las predeterminadas"}.`,
    reasons: `Motivos que un vendedor puede elegir cuando se le pregunta ${valueQuestion}`,
    reasonsHint: (team: boolean) =>
      `Uno por línea; los vendedores siempre pueden responder también con sus propias palabras. Vacío: ${team ? "los motivos de la directiva del inquilino" : "los motivos predeterminados"}.`,
    translationsTitle: "Motivos en otros idiomas",
    translationsHint: (builtIn: boolean, team: boolean) =>
      `Una línea por motivo, en el orden de los motivos de arriba. Una línea vacía: los vendedores que leen ese idioma ven ${
        builtIn ? "la traducción del motivo predeterminado que ofrece el servicio" : "el motivo tal como usted lo escribió"
      }.${team ? " Las traducciones que defina aquí reemplazan todas las de la directiva del inquilino; un equipo con motivos propios no hereda ninguna." : ""}`,
    languages: languageNames,
    missingTitle: "Motivos sin traducción",
    missingTranslations: (language: ReasonLanguage, missing: number, total: number) =>
      `${nameOf(language)}: ${formatCount(missing)} de ${formatCount(total)} ${total === 1 ? "motivo" : "motivos"} no ${missing === 1 ? "tiene" : "tienen"} traducción; los vendedores que leen en ${nameInSentence(language)} ${
        missing === 1 ? "lo ven tal como usted lo escribió" : "los ven tal como usted los escribió"
      }.`,
    failMode: "Cuando el servicio no puede responder a tiempo",
    failOpen: "Dejar salir el correo",
    failClosed: "Retener el correo hasta que se pueda revisar",
  },

  teams: {
    title: "Directiva del inquilino y configuración de los equipos",
    settingsFor: "Configuración para",
    everyone: "Todos (directiva del inquilino)",
    team: (name: string) => `Equipo ${name}`,
    remove: (name: string) => `Quitar el equipo ${name}`,
    removeThis: "Quitar este equipo",
    overridesList: "Qué define cada equipo por su cuenta",
    overrides: (fields: string[]) => (fields.length === 0 ? "hereda todo" : `define ${fields.join(", ")}; hereda el resto`),
    group: (id: string) => `(grupo ${id})`,
    notAGuid: "El id. de objeto de un grupo de Entra ID es un GUID, como 3f1c…-…",
    alreadyATeam: "Este grupo ya tiene un equipo.",
    noDirectory: "No hay ningún directorio en el que buscar (Microsoft Graph no está configurado): escriba abajo el id. de objeto del grupo.",
    search: "Nuevo equipo: buscar un grupo por nombre",
    find: "Buscar grupo",
    found: "Grupos encontrados",
    noneFound: "No hay ningún grupo con ese nombre.",
    candidate: (mail: string | null, id: string) => `(${mail ?? "sin dirección"}, id. de objeto ${id})`,
    add: (name: string) => `Agregar el equipo ${name}`,
    alreadyAdded: "Ya es un equipo",
    addAsTeam: "Agregar como equipo",
    groupId: "O el id. de objeto de su grupo de Entra ID",
    name: "Nombre del equipo",
    addTeam: "Agregar equipo",
    precedence:
      "Un vendedor de un grupo de la lista recibe la configuración de ese equipo (la del primer equipo de la lista si hay varios); todos los demás reciben la directiva del inquilino.",
  },

  preview: {
    title: "Vista previa",
    intro: (team, tuned) =>
      `Pegue un correo para ver qué efecto tendrían en él sus cambios sin guardar, junto al de la directiva guardada${
        team !== undefined ? `, para un vendedor del equipo ${team}` : ", para un vendedor sujeto a la directiva del inquilino"
      }.${tuned.length > 0 ? ` ${fieldLabels.sensitivity}: ${tuned.map((entry) => `${entry.code} ${sensitivityLabels[entry.sensitivity]}`).join(", ")}; ${sensitivityLabels.normal} para los demás códigos de texto.` : ""}`,
    recipients: "Destinatarios",
    recipientsHint: "Direcciones separadas por comas o espacios.",
    subject: "Asunto",
    body: "Texto del correo",
    fixPolicyFirst: (fields: string[]) => `Corrija primero los errores de la directiva: ${fields.join(", ")}.`,
    run: "Vista previa",
    unsaved: "Con sus cambios",
    unsavedFindings: "Hallazgos con sus cambios",
    saved: "Con la directiva guardada",
    savedFindings: "Hallazgos con la directiva guardada",
    noFindings: "Sin hallazgos.",
    finding: (severity: string, message: string) => `(${severity}): ${message}`,
  },

  history: {
    loading: "Cargando el historial…",
    title: "Historial",
    onlyDefaults: "Todavía no se guardó ninguna versión: están vigentes los valores predeterminados integrados (versión 0).",
    versions: "Versiones de la directiva",
    version: "Versión",
    savedBy: "Guardada por",
    when: "Fecha",
    actions: "Acciones",
    builtInDefaults: " (valores predeterminados integrados)",
    rollbackTo: (version: number) => ` (revierte a la versión ${version})`,
    inForce: " (vigente)",
    changesIn: (version: number) => `Cambios en la versión ${version}`,
    changes: "Cambios",
    rollBackTo: (version: number) => `Revertir a la versión ${version}`,
    rollBack: "Revertir",
    confirm: "Confirmar la reversión",
    versionInSentence: (version: number) => (version === 0 ? "los valores predeterminados integrados" : `la versión ${version}`),
    rollBackQuestion: (version: string) => `¿Revertir a ${version}?`,
    nothingToRollBack: (current: number) => `Es la misma directiva que la vigente (versión ${current}): no hay nada que revertir.`,
    againstInForce: (current: number) => `Frente a la directiva vigente (versión ${current}), esto cambia:`,
    rollbackChanges: "Qué cambia la reversión",
    affects: (who: string) => `Afecta a ${who}.`,
    close: "Cerrar",
    keep: "Mantener la directiva vigente",
    inForceAgain: (version: number, saved: number) =>
      version === 0
        ? `Los valores predeterminados integrados vuelven a estar vigentes, guardados como versión ${saved}.`
        : `La versión ${version} vuelve a estar vigente, guardada como versión ${saved}.`,
    versionChanged: (version: number) => `Cambios de la versión ${version}:`,
    noChanges: "Nada (se guardó sin cambios).",
  },

  diff: {
    team: (name: string) => `Equipo ${name}`,
    teamSetting: (name: string, setting: string) => `Equipo ${name}: ${setting}`,
    teamAbsent: "no está en la directiva",
    teamAdded: "agregado",
    teamPresent: "en la directiva",
    teamRemoved: "quitado",
    on: "activadas",
    off: "desactivadas",
    severityOf: (code: string) => `Gravedad de ${code}`,
    sensitivityOf: (code: string) => `Sensibilidad de ${code}`,
    amount: (value: number, unit: string) => `${value} ${unit}`,
    none: "ninguno",
    reasonsIn: (language: ReasonLanguage) => `${fieldLabels.valueAnswerReasons} en ${nameInSentence(language)}`,
    notTranslated: "(sin traducir)",
    failOpen: "dejar salir el correo",
    failClosed: "retener el correo",
    allSellers: "todos los vendedores (la directiva del inquilino, y cada equipo en lo que no define por su cuenta)",
    sellersOf: (teams: string[]) => (teams.length === 1 ? `los vendedores del equipo ${teams[0]}` : `los vendedores de los equipos ${teams.join(", ")}`),
  },

  reports: {
    title: "Informes",
    from: "Desde",
    to: "Hasta",
    team: "Equipo",
    everyone: "Todos",
    tenant: "Vendedores sujetos a la directiva del inquilino",
    exportCsv: "Exportar CSV",
    loading: "Cargando el informe…",
    summary: (drafts: number, from: string, to: string, checks: number) =>
      `${plural(drafts, "borrador revisado", "borradores revisados")} del ${from} al ${to} (${plural(checks, "revisión", "revisiones")}: un borrador que se vuelve a revisar tras una edición o desde el panel de tareas cuenta una sola vez).`,
    demo: (drafts: number) =>
      `Incluye ${plural(drafts, "borrador de demostración", "borradores de demostración")}: un historial inventado en el primer inicio de este servicio de Development, para que los gráficos muestren para qué sirven. Los borradores reales se cuentan junto a ellos.`,
    textNotChecked: (languages: string) =>
      `Texto no revisado (un idioma que la revisión todavía no lee; sus destinatarios sí se revisaron): ${languages}.`,
    noFindings: "Sin hallazgos en este periodo.",
    perWeek: "Hallazgos por código y semana",
    weekStarting: "Semana del",
    findings: "Hallazgos",
    outcomes: "Qué hicieron los vendedores, por código",
    findingCode: "Hallazgo",
    drafts: "Borradores",
    overrides: "Advertencias que los vendedores pasaron por alto",
    noOverrides: "En este periodo nadie envió de todos modos ni respondió para pasar por alto una advertencia.",
    code: "Código",
    sentAnyway: "Enviado de todos modos",
    answered: "Respondido",
    reasonsGiven: "Motivos indicados",
    policy: "Directiva",
    noneGiven: "Ninguno indicado",
    reason: (answer: string, count: number) => `${common.quoted(answer)} (${formatCount(count)})`,
    adjustLabel: (code: string) => `Ajustar ${code} en la directiva`,
    adjust: "Ajustar",
    fatigue: "Cuentas a las que más se escribió hasta la saturación",
    noFatigue: "Sin saturación del contacto en este periodo.",
    account: "Cuenta",
    valueAnswersFigure: "Qué respondieron los vendedores",
    valueAnswersTitle: `Qué respondieron los vendedores a ${valueQuestion}`,
    noAnswers: "Sin respuestas en este periodo.",
    valueAnswers: "Respuestas sobre el valor",
    answer: "Respuesta",
    times: "Veces",
  },

  crm: {
    title: "Importar el CRM integrado",
    format: (accountColumns: string, contactColumns: string) =>
      `accounts.csv: ${accountColumns}. contacts.csv: ${contactColumns}. La importación reemplaza todo el CRM integrado, o no cambia nada.`,
    downloadTemplate: (file: string) => `Descargar la plantilla ${file}`,
    import: "Importar",
    emptyTitle: "¿Vaciar el CRM integrado?",
    emptyText:
      "Los archivos no tienen filas. Al importarlos se quitan todas las cuentas y todos los contactos del CRM integrado, y las revisiones dejan de saber quiénes son sus clientes.",
    empty: "Vaciar el CRM",
    keep: "Conservar el CRM",
    unchanged: "El CRM integrado no cambió.",
    notValid: "Los archivos no son válidos.",
    emptied: "El CRM integrado ahora está vacío.",
    imported: (accounts: number, contacts: number) =>
      `Importación completada: ${plural(accounts, "cuenta", "cuentas")} y ${plural(contacts, "contacto", "contactos")}. Las revisiones los usan a partir de ahora.`,
    rejected: "No se importó nada",
    rowsToFix: "Filas que corregir",
    notReached: (problem: string) => `La importación no llegó al servicio: ${problem}`,
    contentsTitle: "Qué contiene ahora el CRM",
    contents: "Contenido del CRM",
    remote: (source: string) => `Las revisiones leen ${source}; el servicio no cuenta el contenido de un CRM externo.`,
    counts: (source: string, accounts: number | null, contacts: number | null, doNotEmail: number | null) =>
      `${source}: ${formatCount(accounts)} ${accounts === 1 ? "cuenta" : "cuentas"}, ${formatCount(contacts)} ${contacts === 1 ? "contacto" : "contactos"}, ${formatCount(doNotEmail)} de ellos marcados como «no enviar correos».`,
    search: "Buscar una cuenta por dirección, dominio o nombre",
    find: "Buscar",
    found: "Cuentas del CRM encontradas",
    account: "Cuenta",
    relationship: "Relación",
    owner: "Propietario",
    contacts: "Contactos",
    builtInSource: "CRM integrado",
    accountName: (name: string, domain: string | null) => `${name} (${domain ?? "sin dominio"})`,
    contact: (email: string, doNotEmail: boolean) => (doNotEmail ? `${email} (no enviar correos)` : email),
  },
};
