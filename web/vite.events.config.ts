import { defineConfig } from "vite";

// The event handlers: one self-contained classic script (IIFE, no imports, no DOM), for classic Outlook's
// JavaScript-only runtime. Kept small because Outlook's 5-second count starts before it loads.
export default defineConfig({
  build: {
    outDir: "../src/OutlookValueCheck.Api/wwwroot/addin",
    emptyOutDir: false,
    target: "es2017",
    minify: true,
    sourcemap: false,
    lib: {
      entry: "src/events/index.ts",
      formats: ["iife"],
      name: "ValueCheckEvents",
      fileName: () => "events.js",
    },
  },
});
