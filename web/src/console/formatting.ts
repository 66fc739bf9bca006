// How the console writes numbers, dates and language names: in the language it speaks (strings.ts sets the tag once,
// before the console renders: the browser's own tag when the console speaks its language, "de-AT" say, else "en").
import { localeOf } from "../shared/locale";

let tag = "en";

/** The tag numbers and dates are formatted with (charts take it as their culture). */
export const formattingLocale = (): string => tag;

/** Called by useConsoleLanguage only. */
export function setFormattingLocale(next: string): void {
  tag = next;
}

/** A count (drafts, accounts, contacts) with the language's digit grouping: 1,234 · 1.234 · 1 234. */
export function formatCount(value: number | null): string {
  return value === null ? "—" : new Intl.NumberFormat(tag).format(value);
}

/** A moment the service sends (ISO 8601) as the manager reads date and time; anything else as it came. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(tag);
}

/**
 * A language the service names (its code and English name, "de" and "German") in the console's language: "Deutsch"
 * in German, "allemand" in French. English keeps the service's own name.
 */
export function languageName(code: string | null, name: string): string {
  if (!code || localeOf(tag) === "en") return name;
  try {
    const named = new Intl.DisplayNames([tag], { type: "language" }).of(code);
    return named && named !== code ? named : name;
  } catch {
    return name; // not a language code Intl knows
  }
}
