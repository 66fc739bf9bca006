import { PublicClientApplication, InteractionRequiredAuthError } from "@azure/msal-browser";
import type { AddInConfig } from "../shared/contract";
import { developmentToken } from "../shared/developmentToken";

/**
 * The manager's token for the service's own scope. Production: MSAL against Entra ID (redirect sign-in, then silent).
 * Development: the service's development token path, as a manager (or as a seller with ?as=seller, to see what a
 * signed-in user without the role gets).
 */
export function consoleTokenSource(config: AddInConfig): () => Promise<string> {
  if (config.auth === "development") {
    const manager = new URLSearchParams(location.search).get("as") !== "seller";
    let cached: Promise<string> | undefined;
    return () => (cached ??= developmentToken(config.serviceOrigin, manager));
  }
  const msal = new PublicClientApplication({
    auth: { clientId: config.clientId, authority: "https://login.microsoftonline.com/organizations", redirectUri: `${location.origin}${location.pathname}` },
    cache: { cacheLocation: "sessionStorage" },
  });
  const ready = msal.initialize().then(() => msal.handleRedirectPromise());
  return async () => {
    await ready;
    const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
    const request = { scopes: [config.apiScope], account };
    if (!account) {
      await msal.loginRedirect(request);
      return new Promise<string>(() => undefined); // the page navigates away
    }
    msal.setActiveAccount(account);
    try {
      return (await msal.acquireTokenSilent(request)).accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) {
        await msal.acquireTokenRedirect(request);
        return new Promise<string>(() => undefined);
      }
      throw error;
    }
  };
}
