/**
 * The languages the add-in and the console speak. A display language as Office or the browser names it ("de-AT",
 * "fr-CA", "es-419") is spoken in its language when that is one of these, else in English.
 */
export const locales = ["en", "de", "fr", "es"] as const;

export type Locale = (typeof locales)[number];

export function localeOf(tag: string | undefined | null): Locale {
  const primary = (tag ?? "").split(/[-_]/)[0]?.toLowerCase();
  return (locales as readonly string[]).includes(primary ?? "") ? (primary as Locale) : "en";
}

/** The tag dates and numbers are formatted with: the display language itself when it is spoken, else English. */
export function formattingTag(tag: string | undefined | null): string {
  return localeOf(tag) === "en" && !(tag ?? "").toLowerCase().startsWith("en") ? "en" : tag || "en";
}
