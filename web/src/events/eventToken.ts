import type { AddInConfig } from "../shared/contract";
import { developmentToken } from "../shared/developmentToken";

/** Set by naa.js, which the handlers' page loads in browser runtimes (never in classic Outlook's JavaScript runtime). */
declare const ValueCheckNaa: { acquireSilently(clientId: string, scope: string): Promise<string> } | undefined;

/**
 * The access token for the service, as the event runtime can get it: no UI may show here, so only silent paths.
 * Production: Nested App Authentication where Outlook supports it and naa.js is loaded, else Office's SSO for the
 * API's scope (OfficeRuntime.auth, the call that exists in event handlers, where Office.context.auth does not).
 * Development: the service's development token path.
 */
export function eventTokenSource(config: AddInConfig): () => Promise<string> {
  let cached: { token: string; expires: number } | undefined;
  return async () => {
    if (cached && cached.expires > Date.now() + 60_000) return cached.token;
    const token = config.auth === "development" ? await developmentToken(config.serviceOrigin) : await singleSignOnToken(config);
    cached = { token, expires: expiryOf(token) };
    return token;
  };
}

async function singleSignOnToken(config: AddInConfig): Promise<string> {
  const naa = typeof ValueCheckNaa === "undefined" ? undefined : ValueCheckNaa;
  if (naa && Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")) {
    try {
      return await naa.acquireSilently(config.clientId, config.apiScope);
    } catch {
      // Silent NAA fails now and then in event runtimes; Office's SSO is the documented fallback.
    }
  }
  return OfficeRuntime.auth.getAccessToken({ allowSignInPrompt: false, allowConsentPrompt: false, forMSGraphAccess: false });
}

/** The token's exp claim in milliseconds, or now when it cannot be read (then it is fetched again next time). */
export function expiryOf(token: string): number {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const exp = (JSON.parse(json) as { exp?: number }).exp;
    return typeof exp === "number" ? exp * 1000 : Date.now();
  } catch {
    return Date.now();
  }
}
