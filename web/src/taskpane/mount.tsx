import { FluentProvider, RendererProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { styleRenderer } from "../shared/styleRenderer";
import { App } from "./App";
import { usePaneLanguage } from "./strings";
import type { TaskPaneHost } from "./TaskPaneHost";

/**
 * Renders the task pane into an element, in Outlook's display language ("de-AT"; English for one the pane does not
 * speak); the simulator and the real task pane page both use it.
 */
export function mountTaskPane(element: HTMLElement, host: TaskPaneHost, dark: boolean, displayLanguage?: string) {
  element.lang = usePaneLanguage(displayLanguage);
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <RendererProvider renderer={styleRenderer()} targetDocument={document}>
        <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
          <App host={host} />
        </FluentProvider>
      </RendererProvider>
    </StrictMode>,
  );
  return root;
}
