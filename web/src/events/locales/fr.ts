// The Smart Alert's words in French (typed by en.ts, so a missing word fails the build). French typography: a no-break
// space (\u00a0) before « : ; ? ! » and inside « ».
import type { AlertWords } from "./en";

export const fr: AlertWords = {
  cancelLabel: "Ouvrir Value Check",
  unavailableClosed:
    "Value Check n’a pas pu vérifier ce message pour l’instant, et votre organisation exige une vérification avant l’envoi. Cliquez à nouveau sur «\u00a0Envoyer\u00a0» dans un instant.",
  fixLead: "À corriger avant l’envoi\u00a0:",
  warnLead: "Avant l’envoi\u00a0:",
  fixTail: (label: string) => `Sélectionnez *${label}* pour voir ce qu’il faut modifier.`,
  warnTail: (label: string) => `Sélectionnez *${label}* pour voir qui sont les destinataires et répondre.`,
};
