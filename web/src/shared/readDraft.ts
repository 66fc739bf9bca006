import type { CheckRequest } from "./contract";
import { officeCall } from "./officeAsync";

/**
 * Reads the draft being composed the way the service checks it: recipients, subject and the body as plain text,
 * with Outlook's display language, in which the service words its findings.
 */
export async function readDraft(item: Office.MessageCompose): Promise<CheckRequest> {
  const [{ to, cc, bcc }, subject, body] = await Promise.all([
    readAddresses(item),
    officeCall<string>((callback) => item.subject.getAsync(callback)),
    // Outlook's own text rendering of the body: the service's evidence offsets refer to this text (CRLF read as LF).
    officeCall<string>((callback) => item.body.getAsync(Office.CoercionType.Text, callback)),
  ]);
  const displayLanguage = Office.context.displayLanguage;
  return { to, cc, bcc, subject, body, bodyFormat: "text", ...(displayLanguage ? { displayLanguage } : {}) };
}

/** Every recipient of the draft, deduplicated, for the prefetch: the address fields only, never the body. */
export async function readRecipients(item: Office.MessageCompose): Promise<string[]> {
  const { to, cc, bcc } = await readAddresses(item);
  return [...new Set([...to, ...cc, ...bcc].map((address) => address.toLowerCase()))];
}

async function readAddresses(item: Office.MessageCompose): Promise<{ to: string[]; cc: string[]; bcc: string[] }> {
  const addresses = (field: Office.Recipients) =>
    officeCall<Office.EmailAddressDetails[]>((callback) => field.getAsync(callback)).then((list) =>
      list.map((recipient) => recipient.emailAddress).filter((address) => address.length > 0),
    );
  const [to, cc, bcc] = await Promise.all([addresses(item.to), addresses(item.cc), item.bcc ? addresses(item.bcc) : Promise.resolve([])]);
  return { to, cc, bcc };
}
