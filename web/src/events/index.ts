// The event handlers' bundle: one classic script (no modules, no DOM) so it loads in classic Outlook's JavaScript-only
// runtime as well as in the browser runtime of Outlook on the web, new Outlook and Mac. Every handler ends in exactly
// one event.completed(...).
import type { AddInConfig } from "../shared/contract";
import { draftStateStore } from "../shared/draftState";
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

export function onMessageSendHandler(event: Office.AddinCommands.Event): void {
  const item = Office.context.mailbox.item as Office.MessageCompose;
  const store = draftStateStore(item);
  decideSend({
    readDraft: () => readDraft(item),
    readState: () => store.read(),
    writeState: (state) => store.write(state),
    check: (request, signal) => service().check(request, signal),
    recordEdited: (checkId) => service().recordDecision(checkId, "edited"),
    markdownSupported: () => Office.context.requirements.isSetSupported("Mailbox", "1.15"),
    displayLanguage: () => Office.context.displayLanguage,
    now: () => Date.now(),
  }).then(
    (completion) => event.completed(completion as Office.SmartAlertsEventCompletedOptions),
    () => event.completed({ allowEvent: true }),
  );
}

export function onComposeHandler(event: Office.AddinCommands.Event): void {
  const item = Office.context.mailbox.item as Office.MessageCompose;
  const store = draftStateStore(item);
  prefetch({
    readRecipients: () => readRecipients(item),
    readState: () => store.read(),
    writeState: (state) => store.write(state),
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
