import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The task pane (and, for Development, the compose simulator), served by the service under /addin/.
export default defineConfig({
  root: "src",
  base: "/addin/",
  // The add-in's icons live with the manifests; served as /addin/icon-*.png.
  publicDir: "../../addin-manifest/icons",
  plugins: [react()],
  // The service puts a fresh nonce where this placeholder is in each page it serves (AddInPages.NoncePlaceholder) and
  // in the page's Content-Security-Policy; Fluent UI's style engine reads it from the csp-nonce meta element Vite adds.
  html: { cspNonce: "VALUECHECK_CSP_NONCE" },
  build: {
    outDir: "../../src/OutlookValueCheck.Api/wwwroot/addin",
    emptyOutDir: true,
    target: "es2020",
    // Fluent UI and MSAL make the task pane about 800 KB (220 KB compressed); it loads once and is cached.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      input: {
        taskpane: "src/taskpane/taskpane.html",
        events: "src/events/events.html",
        simulator: "src/simulator/simulator.html",
        console: "src/console/console.html",
      },
    },
  },
});
