// The event handlers' bundle: one classic script (no modules, no DOM) so it loads in classic Outlook's JavaScript-only
// runtime as well as in the browser runtime of Outlook on the web, new Outlook and Mac. Every handler ends in exactly
// one event.completed(...).
import type { AddInConfig } from "../shared/contract";
import { draftStateStore, fingerprintOf } from "../shared/draftState";
import { readDraft, readRecipients } from "../shared/readDraft";
import { ServiceClient } from "../shared/serviceClient";
import { eventTokenSource } from "./eventToken";
import { decideSend } from "./onMessageSend";
import { prefetch } from "./prefetch";

declare const VALUECHECK_CONFIG: AddInConfig | undefined;

/** The service writes its configuration in front of this script when it serves it (see the service's AddIn folder). */
function config(): AddInConfig {
  const fromService = typeof VALUECHECK_CONFIG === "undefined" ? undefined : VALUECHECK_CONFIG;
  return (
    fromService ?? {
      serviceOrigin: typeof location === "undefined" ? "" : location.origin,
      auth: "entra",
      clientId: "",
      apiScope: "",
    }
  );
}

let client: ServiceClient | undefined;
function service(): ServiceClient {
  const settings = config();
  client ??= new ServiceClient(settings.serviceOrigin, eventTokenSource(settings));
  return client;
}

async function stateStore(item: Office.MessageCompose) {
  // The fingerprint keys the local-storage fallback only; sessionData is per item already.
  const subject = await new Promise<string>((resolve) => item.subject.getAsync((result) => resolve(result.value ?? "")));
  const recipients = await readRecipients(item).catch(() => []);
  return draftStateStore(item, fingerprintOf(subject, recipients));
}

export function onMessageSendHandler(event: Office.AddinCommands.Event): void {
  const item = Office.context.mailbox.item as Office.MessageCompose;
  let store: ReturnType<typeof draftStateStore> | undefined;
  const storeOnce = async () => (store ??= await stateStore(item));
  decideSend({
    readDraft: () => readDraft(item),
    readState: async () => (await storeOnce()).read(),
    writeState: async (state) => (await storeOnce()).write(state),
    check: (request, signal) => service().check(request, signal),
    markdownSupported: () => Office.context.requirements.isSetSupported("Mailbox", "1.15"),
    now: () => Date.now(),
  }).then(
    (completion) => event.completed(completion as Office.SmartAlertsEventCompletedOptions),
    () => event.completed({ allowEvent: true }),
  );
}

export function onComposeHandler(event: Office.AddinCommands.Event): void {
  const item = Office.context.mailbox.item as Office.MessageCompose;
  let store: ReturnType<typeof draftStateStore> | undefined;
  const storeOnce = async () => (store ??= await stateStore(item));
  prefetch({
    readRecipients: () => readRecipients(item),
    readState: async () => (await storeOnce()).read(),
    writeState: async (state) => (await storeOnce()).write(state),
    settings: () => service().settings(),
    lookup: (addresses) => service().lookup(addresses),
    now: () => Date.now(),
  })
    .catch(() => undefined)
    .then(() => event.completed());
}

// Names as the manifests give them (FunctionName in manifest.xml, actionId in manifest.json).
Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
Office.actions.associate("onNewMessageComposeHandler", onComposeHandler);
Office.actions.associate("onMessageRecipientsChangedHandler", onComposeHandler);
