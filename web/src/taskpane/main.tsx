import type { AddInConfig } from "../shared/contract";
import { mountTaskPane } from "./mount";
import { officeTaskPaneHost, prefersDark } from "./officeTaskPaneHost";

async function start() {
  await Office.onReady();
  const response = await fetch("/addin/config.json");
  const config = (await response.json()) as AddInConfig;
  mountTaskPane(document.getElementById("root")!, officeTaskPaneHost(config), prefersDark(), Office.context.displayLanguage);
}

void start();
