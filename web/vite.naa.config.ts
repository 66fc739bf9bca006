import { classicScript } from "./vite.classic";

// Nested App Authentication for the handlers' page (browser runtimes only): MSAL in its own script, so the handlers'
// bundle stays small. The script sets globalThis.ValueCheckNaa itself.
export default classicScript("src/naa/index.ts", "naa.js", "ValueCheckNaaScript");
