// Nested App Authentication for the event handlers, as its own script: MSAL Browser is about 300 KB, far over the
// handlers' 50 KB budget, so the handlers' page (events.html, used by Outlook on the web, new Outlook and Mac) loads
// this beside events.js, and the handlers use it when it is there. Classic Outlook on Windows loads events.js alone
// and uses Office's SSO. Silent only: no UI may show during Send.
import { createNestablePublicClientApplication, type IPublicClientApplication } from "@azure/msal-browser";

let application: Promise<IPublicClientApplication> | undefined;

async function acquireSilently(clientId: string, scope: string): Promise<string> {
  application ??= createNestablePublicClientApplication({ auth: { clientId, authority: "https://login.microsoftonline.com/common" } });
  const result = await (await application).acquireTokenSilent({ scopes: [scope] });
  return result.accessToken;
}

(globalThis as unknown as { ValueCheckNaa: NestedAppAuthBridge }).ValueCheckNaa = { acquireSilently };

export interface NestedAppAuthBridge {
  acquireSilently(clientId: string, scope: string): Promise<string>;
}
