import { localeOf, type Locale } from "../shared/locale";
import { de } from "./locales/de";
import { en, type AlertWords } from "./locales/en";
import { es } from "./locales/es";
import { fr } from "./locales/fr";

const dictionaries: Record<Locale, AlertWords> = { en, de, fr, es };

/** The Smart Alert's words in Outlook's display language ("de-AT"), English for any other. */
export function alertWordsFor(displayLanguage: string | undefined): AlertWords {
  return dictionaries[localeOf(displayLanguage)];
}
