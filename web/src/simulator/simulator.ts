// The compose simulator (Development only): a page that plays Outlook's part so the whole flow can be tried, and
// tested, in a browser. It loads the real events.js as Outlook would and mounts the real task pane beside the draft.
import type { AddInConfig } from "../shared/contract";
import { developmentToken } from "../shared/developmentToken";
import { mountTaskPane } from "../taskpane/mount";
import { officeTaskPaneHost, prefersDark } from "../taskpane/officeTaskPaneHost";
import { installOfficeStandIn, type ComposeFields } from "./officeStandIn";

const field = (id: string) => document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
const list = (value: string) => value.split(/[;,]/).map((part) => part.trim()).filter(Boolean);
const fields = (): ComposeFields => ({ to: list(field("to").value), cc: list(field("cc").value), bcc: [], subject: field("subject").value, body: field("body").value });

// "?lang=de-DE" plays an Outlook whose display language is German (the alert, the pane and the findings follow it).
const office = installOfficeStandIn(fields, "1.15", new URLSearchParams(location.search).get("lang") ?? "en-US");
const status = document.getElementById("status")!;
const alertBox = document.getElementById("alert")!;
const pane = document.getElementById("pane")!;
let paneRoot: { unmount(): void } | undefined;
let config: AddInConfig;

async function start() {
  config = (await (await fetch("/addin/config.json")).json()) as AddInConfig;
  await loadClassicScript("/addin/events.js");
  void office.fire("onNewMessageComposeHandler");
  for (const id of ["to", "cc"]) field(id).addEventListener("change", () => void office.fire("onMessageRecipientsChangedHandler"));
  document.getElementById("send")!.addEventListener("click", () => void send());
  document.getElementById("open-pane")!.addEventListener("click", openPane);
  document.getElementById("dark")!.addEventListener("change", (event) => {
    const dark = (event.target as HTMLInputElement).checked;
    office.setDark(dark);
    document.body.classList.toggle("dark", dark);
    if (paneRoot) openPane();
  });
  document.body.dataset.ready = "true";
}

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.appendChild(script);
  });
}

async function send() {
  hideAlert();
  status.textContent = "Checking…";
  const started = performance.now();
  const options = await office.fire("onMessageSendHandler");
  const elapsed = Math.round(performance.now() - started);
  document.body.dataset.lastSendMs = String(elapsed);
  if (!options || options.allowEvent !== false) return deliver(`Sent after ${elapsed} ms.`);
  status.textContent = `Held after ${elapsed} ms.`;
  showAlert(options);
}

function deliver(message: string) {
  const sent = fields();
  const item = document.createElement("li");
  item.textContent = `${sent.subject || "(no subject)"} → ${sent.to.join(", ")}`;
  document.getElementById("sent")!.appendChild(item);
  status.textContent = message;
  hideAlert();
  void intoSentItems(sent);
}

/**
 * The simulator plays the seller's mailbox: what it sends lands in the service's stand-in Sent Items (Development
 * without Graph), where the service learns the mail went out, as it would from Outlook's Sent Items in production.
 */
async function intoSentItems(sent: ComposeFields) {
  try {
    const token = await developmentToken(config.serviceOrigin);
    const response = await fetch(`${config.serviceOrigin}/dev/mailbox/sent`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ subject: sent.subject, to: sent.to, cc: sent.cc, bcc: sent.bcc }),
    });
    // 404: the service reads a real mailbox through Graph, and the simulator's is not needed.
    document.body.dataset.sentItems = response.ok ? String(((await response.json()) as { settled: number }).settled) : `status ${response.status}`;
  } catch (error) {
    document.body.dataset.sentItems = `failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function showAlert(options: Record<string, unknown>) {
  // Outlook renders errorMessageMarkdown; the simulator reads it as Outlook would show it, and always as text.
  const markdown = typeof options.errorMessageMarkdown === "string" ? options.errorMessageMarkdown : undefined;
  document.getElementById("alert-text")!.textContent = markdown ? readMarkdown(markdown) : String(options.errorMessage ?? "");
  const buttons = document.getElementById("alert-buttons")!;
  buttons.replaceChildren();
  const button = (label: string, action: () => void) => {
    const element = document.createElement("button");
    element.type = "button";
    element.textContent = label;
    element.addEventListener("click", action);
    buttons.appendChild(element);
  };
  if (options.sendModeOverride === "promptUser") button("Send Anyway", () => deliver("Sent anyway."));
  button("Don't Send", hideAlert);
  if (typeof options.cancelLabel === "string" && options.commandId === "msgComposeOpenPaneButton")
    button(options.cancelLabel, () => {
      hideAlert();
      openPane();
    });
  alertBox.classList.add("shown");
}

/** The little Markdown the handler writes (bold, italics, bullets, escapes), as the words a reader sees. */
function readMarkdown(markdown: string): string {
  return markdown.replace(/\*\*|(?<!\\)\*/g, "").replace(/\\(.)/g, "$1").replace(/^- /gm, "• ");
}

function hideAlert() {
  alertBox.classList.remove("shown");
}

function openPane() {
  paneRoot?.unmount();
  pane.classList.add("shown");
  const mountPoint = document.createElement("div");
  pane.replaceChildren(mountPoint);
  paneRoot = mountTaskPane(mountPoint, officeTaskPaneHost(config), prefersDark(), Office.context.displayLanguage);
}

start().catch((error: unknown) => {
  status.textContent = `The simulator could not start: ${error instanceof Error ? error.message : String(error)}`;
});
