import { classicScript } from "./vite.classic";

// The event handlers: no DOM, kept small because Outlook's 5-second count starts before the script has loaded.
export default classicScript("src/events/index.ts", "events.js", "ValueCheckEvents");
