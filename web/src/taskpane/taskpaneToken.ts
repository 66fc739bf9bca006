import { createNestablePublicClientApplication, InteractionRequiredAuthError, type IPublicClientApplication } from "@azure/msal-browser";
import type { AddInConfig } from "../shared/contract";
import { developmentToken } from "../shared/developmentToken";
import { SignInRequired } from "./TaskPaneHost";

/**
 * The task pane's token for the service's own scope (never an ID token). Nested App Authentication where Outlook
 * supports it (silent, then a popup the seller can answer); Office's legacy SSO elsewhere; the service's development
 * token path in Development.
 */
export function taskPaneTokenSource(config: AddInConfig): () => Promise<string> {
  if (config.auth === "development")
    return () =>
      developmentToken(config.serviceOrigin).catch((error: unknown) => {
        throw new SignInRequired(`No development token: ${describe(error)}`);
      });
  let naa: Promise<IPublicClientApplication> | undefined;
  return async () => {
    if (Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")) {
      naa ??= createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: "https://login.microsoftonline.com/common" } });
      const app = await naa;
      const request = { scopes: [config.apiScope] };
      try {
        return (await app.acquireTokenSilent(request)).accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw new SignInRequired(describe(error));
        try {
          return (await app.acquireTokenPopup(request)).accessToken;
        } catch (popupError) {
          throw new SignInRequired(describe(popupError));
        }
      }
    }
    try {
      return await Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false });
    } catch (error) {
      throw new SignInRequired(describe(error));
    }
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) return String((error as { message: unknown }).message);
  return "Sign-in did not complete.";
}
