import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser } from "fast-xml-parser";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const repository = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const require = createRequire(import.meta.url);
// Microsoft's official schema for the unified manifest, from the npm package @microsoft/app-manifest.
const schemaPath = join(dirname(require.resolve("@microsoft/app-manifest/package.json")), "build/json-schemas/teams/v1.24/MicrosoftTeams.schema.json");

interface Rendered {
  json: string;
  xml: string;
}

/** Renders both manifests for a deployment with the real `valuecheck manifest` command. */
function render(): Rendered {
  const out = mkdtempSync(join(tmpdir(), "valuecheck-manifest-"));
  execFileSync(
    "dotnet",
    ["run", "--project", join(repository, "src/OutlookValueCheck.Cli"), "--", "manifest", "--base-url", "https://valuecheck.contoso.com", "--app-id", "0d6c1f3e-8a7b-4e21-b5c9-2f4a6d8e9c10", "--client-id", "6e2a9f14-3c5d-4b78-a1e0-9d8c7b6a5f43", "--out", out],
    { stdio: "pipe", timeout: 240_000 },
  );
  return { json: readFileSync(join(out, "manifest.json"), "utf8"), xml: readFileSync(join(out, "manifest.xml"), "utf8") };
}

const templates: Rendered = {
  json: readFileSync(join(repository, "addin-manifest/manifest.json"), "utf8"),
  xml: readFileSync(join(repository, "addin-manifest/manifest.xml"), "utf8"),
};
let rendered: Rendered;
let registered: string[] = [];

beforeAll(async () => {
  rendered = render();
  // The names the handler bundle registers, read from the real module as Outlook would run it.
  const names: string[] = [];
  vi.stubGlobal("Office", { actions: { associate: (name: string) => names.push(name) } });
  vi.stubGlobal("VALUECHECK_CONFIG", { serviceOrigin: "https://valuecheck.contoso.com", auth: "entra", clientId: "", apiScope: "" });
  await import("../../src/events/index");
  registered = names;
}, 300_000);
afterAll(() => vi.unstubAllGlobals());

function validateUnified(text: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
  const valid = validate(JSON.parse(text));
  return valid ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

function parseXml(text: string) {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, isArray: () => false }).parse(text, true);
}

/** Every element and attribute of a parsed XML tree, as [name, value] pairs. */
function* walk(node: unknown, name = ""): Generator<[string, unknown]> {
  if (Array.isArray(node)) for (const child of node) yield* walk(child, name);
  else if (node && typeof node === "object") for (const [key, value] of Object.entries(node)) {
    yield [key, value];
    yield* walk(value, key);
  }
}

for (const [label, pick] of [["template", () => templates], ["rendered for a deployment", () => rendered]] as const) {
  describe(`manifest.json (${label})`, () => {
    it("passes Microsoft's unified manifest schema", () => {
      expect(validateUnified(pick().json)).toEqual([]);
    });

    it("uses only https URLs, and its functions are the ones the handler bundle registers", () => {
      const manifest = JSON.parse(pick().json);
      const urls = JSON.stringify(manifest).match(/"[a-z]+:\/\/[^"]+"/g) ?? [];
      expect(urls.filter((url) => !url.startsWith('"https://') && !url.startsWith('"api://'))).toEqual([]);
      const actions = manifest.extensions[0].runtimes.flatMap((runtime: { actions: { id: string; type: string }[] }) => runtime.actions);
      const functions = actions.filter((action: { type: string }) => action.type === "executeFunction").map((action: { id: string }) => action.id);
      expect(functions.sort()).toEqual([...registered].sort());
      const events = manifest.extensions[0].autoRunEvents[0].events;
      expect(events.find((event: { type: string }) => event.type === "messageSending").options.sendMode).toBe("softBlock");
    });
  });

  describe(`manifest.xml (${label})`, () => {
    it("is well-formed, every resid resolves and every URL is https", () => {
      const xml = pick().xml;
      expect(() => parseXml(xml)).not.toThrow();
      const tree = parseXml(xml);
      const ids = new Set<string>();
      const references: string[] = [];
      const urls: string[] = [];
      for (const [key, value] of walk(tree)) {
        if (key === "@id" && typeof value === "string") ids.add(value);
        if (key === "@resid" && typeof value === "string") references.push(value);
        if (key === "@DefaultValue" && typeof value === "string" && /^[a-z]+:\/\//.test(value)) urls.push(value);
        if ((key === "AppDomain" || key === "SupportUrl") && typeof value === "string") urls.push(value);
      }
      expect(references.length).toBeGreaterThan(5);
      expect(references.filter((reference) => !ids.has(reference))).toEqual([]);
      expect(urls.length).toBeGreaterThan(5);
      expect(urls.filter((url) => !url.startsWith("https://"))).toEqual([]);
    });

    it("declares the three events, Send in soft block, each a function the handler bundle registers", () => {
      const functions: Record<string, string> = {};
      for (const [key, value] of walk(parseXml(pick().xml)))
        if (key === "LaunchEvent") for (const event of [value].flat() as { "@Type": string; "@FunctionName": string; "@SendMode"?: string }[]) {
          functions[event["@Type"]] = event["@FunctionName"];
          if (event["@Type"] === "OnMessageSend") expect(event["@SendMode"]).toBe("SoftBlock");
        }
      expect(Object.keys(functions).sort()).toEqual(["OnMessageRecipientsChanged", "OnMessageSend", "OnNewMessageCompose"]);
      expect(Object.values(functions).sort()).toEqual([...registered].sort());
    });
  });
}

const localizationSchemaPath = join(dirname(schemaPath), "MicrosoftTeams.Localization.schema.json");
const languages = ["de", "fr", "es"] as const;
const localization = Object.fromEntries(
  languages.map((language) => [language, JSON.parse(readFileSync(join(repository, `addin-manifest/localization/${language}.json`), "utf8")) as Record<string, string>]),
);

describe("the manifests in German, French and Spanish", () => {
  it("name each language's file in localizationInfo, and each file passes Microsoft's localization schema", () => {
    const manifest = JSON.parse(templates.json);
    expect(manifest.localizationInfo.additionalLanguages).toEqual(languages.map((language) => ({ languageTag: language, file: `${language}.json` })));
    // The schema's patterns are .NET-style (a bare "]"), which JavaScript reads only without the unicode flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(localizationSchemaPath, "utf8")));
    for (const language of languages) {
      expect(validate(localization[language]), `${language}.json: ${JSON.stringify(validate.errors)}`).toBe(true);
      // Every key names a string the manifest has, and every string differs from English where it is prose.
      for (const key of Object.keys(localization[language]!).filter((key) => key !== "$schema")) {
        const english = key.split(".").reduce<unknown>((node, part) => {
          const [, name, index] = /^(\w+)(?:\[(\d+)\])?$/.exec(part) ?? [];
          const child = (node as Record<string, unknown> | undefined)?.[name ?? part];
          return index === undefined ? child : (child as unknown[] | undefined)?.[Number(index)];
        }, manifest);
        expect(typeof english, `${language}.json ${key}`).toBe("string");
        if (key.startsWith("description") || key.endsWith("supertip.description")) expect(localization[language]![key]).not.toBe(english);
      }
    }
  });

  it("carry the same strings in manifest.xml, for each region of the three languages", () => {
    const xml = templates.xml;
    const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    for (const language of languages) {
      const strings = localization[language]!;
      for (const locale of { de: ["de-DE", "de-AT", "de-CH"], fr: ["fr-FR", "fr-BE", "fr-CA", "fr-CH"], es: ["es-ES", "es-MX", "es-US"] }[language]) {
        expect(xml).toContain(`<Override Locale="${locale}" Value="${attribute(strings["description.short"]!)}"/>`);
        expect(xml).toContain(`<bt:Override Locale="${locale}" Value="${attribute(strings["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.description"]!)}"/>`);
      }
    }
  });
});

describe("the rendered manifests", () => {
  it("point at the deployment and carry its single sign-on registration", () => {
    expect(rendered.json).not.toContain("valuecheck.example.com");
    expect(rendered.xml).not.toContain("valuecheck.example.com");
    expect(JSON.parse(rendered.json).webApplicationInfo).toEqual({ id: "6e2a9f14-3c5d-4b78-a1e0-9d8c7b6a5f43", resource: "api://valuecheck.contoso.com/6e2a9f14-3c5d-4b78-a1e0-9d8c7b6a5f43" });
    expect(rendered.xml).toContain("<Resource>api://valuecheck.contoso.com/6e2a9f14-3c5d-4b78-a1e0-9d8c7b6a5f43</Resource>");
  });
});
