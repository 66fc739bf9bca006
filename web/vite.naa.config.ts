import { defineConfig } from "vite";

// Nested App Authentication for the handlers' page (browser runtimes only): MSAL in its own classic script,
// loaded beside events.js so the handlers' own bundle stays small.
export default defineConfig({
  build: {
    outDir: "../src/OutlookValueCheck.Api/wwwroot/addin",
    emptyOutDir: false,
    target: "es2017",
    minify: true,
    sourcemap: false,
    lib: {
      entry: "src/naa/index.ts",
      formats: ["iife"],
      name: "ValueCheckNaaScript", // the script sets globalThis.ValueCheckNaa itself
      fileName: () => "naa.js",
    },
  },
});
