import { FluentProvider, RendererProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import type { AddInConfig } from "../shared/contract";
import { styleRenderer } from "../shared/styleRenderer";
import { ConsoleApp } from "./ConsoleApp";
import { ConsoleClient } from "./consoleClient";
import { consoleTokenSource } from "./consoleToken";
import { app, useConsoleLanguage } from "./strings";

/** Dark mode follows the system setting, live. */
function useSystemDark(): boolean {
  const query = window.matchMedia("(prefers-color-scheme: dark)");
  const [dark, setDark] = useState(query.matches);
  useEffect(() => {
    const change = (event: MediaQueryListEvent) => setDark(event.matches);
    query.addEventListener("change", change);
    return () => query.removeEventListener("change", change);
  }, [query]);
  return dark;
}

function Root({ client }: { client: ConsoleClient }) {
  const dark = useSystemDark();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      <ConsoleApp client={client} />
    </FluentProvider>
  );
}

async function start() {
  // The browser's language, chosen once before anything renders (English for one the console does not speak).
  document.documentElement.lang = useConsoleLanguage(navigator.language);
  document.title = app.pageTitle;
  const config = (await (await fetch("/addin/config.json")).json()) as AddInConfig;
  const client = new ConsoleClient(config.serviceOrigin, consoleTokenSource(config));
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <RendererProvider renderer={styleRenderer()} targetDocument={document}>
        <Root client={client} />
      </RendererProvider>
    </StrictMode>,
  );
}

void start();
