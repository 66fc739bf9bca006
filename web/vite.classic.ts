import { defineConfig } from "vite";

/**
 * A self-contained classic script (IIFE, no imports at run time) written next to the task pane in the service's
 * wwwroot/addin: the event handlers (for classic Outlook's JavaScript-only runtime) and the MSAL script their page
 * loads beside them.
 */
export function classicScript(entry: string, fileName: string, globalName: string) {
  return defineConfig({
    build: {
      outDir: "../src/OutlookValueCheck.Api/wwwroot/addin",
      emptyOutDir: false,
      target: "es2017",
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ["iife"], name: globalName, fileName: () => fileName },
    },
  });
}
