// The Smart Alert's words in German (typed by en.ts, so a missing word fails the build).
import type { AlertWords } from "./en";

export const de: AlertWords = {
  cancelLabel: "Value Check öffnen",
  unavailableClosed:
    "Value Check konnte diese E-Mail gerade nicht prüfen, und Ihre Organisation verlangt vor dem Versand eine Prüfung. Klicken Sie gleich noch einmal auf „Senden“.",
  fixLead: "Vor dem Senden beheben:",
  warnLead: "Vor dem Versand bitte beachten:",
  fixTail: (label: string) => `Wählen Sie *${label}*, um zu sehen, was Sie ändern müssen.`,
  warnTail: (label: string) => `Wählen Sie *${label}*, um die Empfänger zu sehen und die Frage zu beantworten.`,
};
