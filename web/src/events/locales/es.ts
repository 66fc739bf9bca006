// The Smart Alert's words in Spanish, neutral for Spain and Latin America (typed by en.ts, so a missing word fails the
// build). Quotation marks: «…».
import type { AlertWords } from "./en";

export const es: AlertWords = {
  cancelLabel: "Abrir Value Check",
  unavailableClosed:
    "Value Check no pudo revisar este correo en este momento y su organización exige una revisión antes del envío. Vuelva a hacer clic en «Enviar» en unos instantes.",
  fixLead: "Corrija esto antes de enviar:",
  warnLead: "Antes de enviar:",
  fixTail: (label: string) => `Seleccione *${label}* para ver qué cambiar.`,
  warnTail: (label: string) => `Seleccione *${label}* para ver quiénes son los destinatarios y responder.`,
};
