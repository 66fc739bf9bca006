import type { Evidence } from "../shared/contract";

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/**
 * The words around a piece of evidence, for showing it highlighted in context. The service's offsets refer to the
 * text it checked, with CRLF read as LF; the same normalisation is applied here. When the draft changed since the
 * check and the offset no longer points at the phrase, the phrase is searched for instead; failing that, only the
 * phrase is shown.
 */
export function snippetOf(evidence: Evidence, subject: string, body: string, around = 60): Snippet | undefined {
  if (evidence.kind !== "phrase" || !evidence.text) return undefined;
  const text = (evidence.part === "subject" ? subject : body).replace(/\r\n?/g, "\n");
  let start = evidence.start ?? -1;
  if (start < 0 || text.substr(start, evidence.text.length) !== evidence.text) start = text.indexOf(evidence.text);
  if (start < 0) return { before: "", match: evidence.text, after: "" };
  const end = start + evidence.text.length;
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  return {
    before: (from > 0 ? "…" : "") + text.slice(from, start).replace(/\s+/g, " "),
    match: text.slice(start, end),
    after: text.slice(end, to).replace(/\s+/g, " ") + (to < text.length ? "…" : ""),
  };
}
