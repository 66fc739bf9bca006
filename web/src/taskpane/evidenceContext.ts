import type { Evidence } from "../shared/contract";

/** A stretch of the mail shown around its evidence: plain text, with the evidence phrases marked. */
export interface Quote {
  part: "subject" | "body";
  segments: { text: string; marked: boolean }[];
}

interface Located {
  part: "subject" | "body";
  text: string;
  start: number;
  end: number;
}

/**
 * The words around a finding's phrases, for showing them highlighted in context: phrases whose surroundings
 * overlap (two cues in one sentence) share one quote with both marked, so no sentence is shown twice. The service's
 * offsets refer to the text it checked, with CRLF read as LF; the same normalisation is applied here. When the draft
 * changed since the check and an offset no longer points at its phrase, the phrase is searched for instead; failing
 * that, only the phrase is shown.
 */
export function quotesOf(evidence: Evidence[], subject: string, body: string, around = 60): Quote[] {
  const texts = { subject: subject.replace(/\r\n?/g, "\n"), body: body.replace(/\r\n?/g, "\n") };
  const quotes: Quote[] = [];
  const located: Located[] = [];
  for (const item of evidence) {
    if (item.kind !== "phrase" || !item.text) continue;
    const part = item.part === "subject" ? "subject" : "body";
    const text = texts[part];
    let start = item.start ?? -1;
    if (start < 0 || text.substr(start, item.text.length) !== item.text) start = text.indexOf(item.text);
    if (start < 0) quotes.push({ part, segments: [{ text: item.text, marked: true }] });
    else located.push({ part, text: item.text, start, end: start + item.text.length });
  }
  located.sort((a, b) => (a.part === b.part ? a.start - b.start : a.part === "subject" ? -1 : 1));
  let group: Located[] = [];
  const flush = () => {
    if (group.length > 0) quotes.push(quoteOf(group, texts[group[0]!.part], around));
    group = [];
  };
  for (const phrase of located) {
    const last = group.at(-1);
    if (last && (last.part !== phrase.part || phrase.start - around > last.end + around)) flush();
    group.push(phrase);
  }
  flush();
  return quotes;
}

function quoteOf(phrases: Located[], text: string, around: number): Quote {
  const from = Math.max(0, phrases[0]!.start - around);
  const to = Math.min(text.length, Math.max(...phrases.map((phrase) => phrase.end)) + around);
  const plain = (slice: string) => slice.replace(/\s+/g, " ");
  const segments: Quote["segments"] = [{ text: (from > 0 ? "…" : "") + plain(text.slice(from, phrases[0]!.start)), marked: false }];
  let position = phrases[0]!.start;
  for (const phrase of phrases) {
    // Overlapping phrases: mark only what the previous one did not.
    const start = Math.max(position, phrase.start);
    if (start > position) segments.push({ text: plain(text.slice(position, start)), marked: false });
    if (phrase.end > start) segments.push({ text: text.slice(start, phrase.end), marked: true });
    position = Math.max(position, phrase.end);
  }
  segments.push({ text: plain(text.slice(position, to)) + (to < text.length ? "…" : ""), marked: false });
  return { part: phrases[0]!.part, segments: segments.filter((segment) => segment.text.length > 0) };
}
