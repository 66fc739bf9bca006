import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { findingCodes, textCodes, thresholdFields } from "../../src/console/policyModel";
import { findingTexts, sensitivityChoices, thresholdTexts } from "../../src/console/strings";

// The manager console's words live in src/console/locales/*.ts (one dictionary per language) and reach its components
// through src/console/strings.ts: the components render them from there, never as literals. This reads the console's sources with the TypeScript parser and lists every
// literal that would reach the screen.

const consoleFolder = join(__dirname, "../../src/console");

/** Attributes whose value a manager reads or a screen reader says. */
const textAttributes = new Set([
  "aria-label", "aria-description", "aria-placeholder", "aria-roledescription", "aria-valuetext",
  "label", "placeholder", "title", "alt", "hint", "validationMessage", "chartTitle", "xAxisTitle", "yAxisTitle", "heading", "empty",
]);
/** Attributes that hold ids, classes or styles, never words. */
const referenceAttributes = new Set(["id", "key", "className", "style", "aria-labelledby", "aria-describedby", "aria-controls", "htmlFor"]);

const hasLetter = (text: string) => /\p{L}/u.test(text);
/** Two words in a row: a sentence or a phrase, not a code, a path or a CSS value. */
const looksLikeWords = (text: string) => /\p{L}{2,}[\s\u00a0]+\p{L}/u.test(text);

/** The literals of an expression that end up as its value (not the ones it compares with or passes to a function). */
function shownLiterals(node: ts.Node): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.flatMap((span) => [span.literal, ...shownLiterals(span.expression)])];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node)) return shownLiterals(node.expression);
  if (ts.isConditionalExpression(node)) return [...shownLiterals(node.whenTrue), ...shownLiterals(node.whenFalse)];
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap(shownLiterals);
  if (ts.isBinaryExpression(node)) {
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.AmpersandAmpersandToken:
      case ts.SyntaxKind.CommaToken:
        return shownLiterals(node.right);
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.PlusToken:
        return [...shownLiterals(node.left), ...shownLiterals(node.right)];
      default:
        return []; // comparisons: the literal is a value or a code, not what is shown
    }
  }
  if (ts.isCallExpression(node)) {
    // `list.map((x) => "…" + x).join(", ")`: what the callbacks return is shown, other arguments (and the list) are not.
    const chained = ts.isPropertyAccessExpression(node.expression) && ts.isCallExpression(node.expression.expression);
    const callee = chained ? shownLiterals((node.expression as ts.PropertyAccessExpression).expression) : [];
    const callbacks = node.arguments.filter((argument) => ts.isArrowFunction(argument) || ts.isFunctionExpression(argument)) as (ts.ArrowFunction | ts.FunctionExpression)[];
    return [...callee, ...callbacks.flatMap((callback) => (ts.isBlock(callback.body) ? returnedLiterals(callback.body) : shownLiterals(callback.body)))];
  }
  return [];
}

function returnedLiterals(block: ts.Block): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) found.push(...shownLiterals(node.expression));
    node.forEachChild(visit);
  };
  block.forEachChild(visit);
  return found;
}

const literalText = (node: ts.Node) => (ts.isStringLiteral(node) || ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) ? node.text : node.getText());

/**
 * The user-visible literals of a source file, as "line: text": JSX text with letters; text attributes and JSX
 * children whose shown value has a literal with letters; and anywhere else (state, messages), literals that are words.
 */
function inlineText(source: string, fileName: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = new Map<number, string>();
  const report = (node: ts.Node, text: string) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.set(node.getStart(file), `${line}: ${text.trim().replace(/\s+/g, " ")}`);
  };
  const reportShown = (expression: ts.Node) => {
    for (const literal of shownLiterals(expression)) if (hasLetter(literalText(literal))) report(literal, literalText(literal));
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    if (ts.isJsxText(node) && hasLetter(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(file);
      if (referenceAttributes.has(name)) return;
      const value = node.initializer;
      if (value && textAttributes.has(name)) {
        if (ts.isStringLiteral(value)) {
          if (hasLetter(value.text)) report(value, value.text);
        } else if (ts.isJsxExpression(value) && value.expression) reportShown(value.expression);
      }
    }
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) reportShown(node.expression);
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) && looksLikeWords(node.text)) report(node, node.text);
    node.forEachChild(visit);
  };
  visit(file);
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, text]) => text);
}

function sourcesIn(folder: string, extension: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourcesIn(join(folder, entry.name), extension) : entry.name.endsWith(extension) ? [join(folder, entry.name)] : [],
  );
}

describe("the console's words", () => {
  it("finds the inline strings it is meant to find, and passes the ones from strings.ts, codes and wire values", () => {
    const sample = [
      'import { policy } from "./strings";',
      "export function Sample({ dirty, kind, items }: { dirty: boolean; kind: string; items: string[] }) {",
      '  const notice = "Saved as a new version.";',
      "  return (",
      '    <section aria-labelledby="sample-title" className="wide">',
      '      <Text id="sample-title">Save</Text>',
      "      <Button aria-label=\"Remove team\" title={`Version ${items.length}`}>{policy.reset}</Button>",
      '      <Tab value="policy">{policy.checks}{dirty ? " (unsaved)" : ""}</Tab>',
      '      {kind === "imported" && <Text>{items.map((item) => item + " (do not email)").join(", ") || "—"}</Text>}',
      '      <Field label={dirty ? policy.on : "Off"} hint={policy.checksHint} validationMessage={errorsUnder(errors, "draft.to")} />',
      '      <input type="file" accept=".csv,text/csv" aria-label={fileName} placeholder="Type a name" />',
      "      {notice}",
      "    </section>",
      "  );",
      "}",
    ].join("\n");
    expect(inlineText(sample, "Sample.tsx")).toEqual([
      "3: Saved as a new version.",
      "6: Save",
      "7: Remove team",
      "7: Version",
      "8: (unsaved)",
      "9: (do not email)",
      "10: Off",
      "11: Type a name",
    ]);
  });

  it("has no inline user-visible string in any console component", () => {
    const files = sourcesIn(consoleFolder, ".tsx");
    expect(files.length).toBeGreaterThan(5);
    const inline = Object.fromEntries(files.map((path) => [relative(consoleFolder, path), inlineText(readFileSync(path, "utf8"), path)]).filter(([, found]) => found.length > 0));
    expect(inline, "literals to move to src/console/locales/en.ts (and its translations)").toEqual({});
  });

  it("has no sentences in the console's models either, but for the CSV's column names", () => {
    // Not console words: the CSV's header and section names are what a spreadsheet pivots on. The dictionaries
    // (locales/*.ts, the only place words may live) and strings.ts, which picks one of them, are not models.
    const allowed = new Set(["findings per week", "outcomes per code", "reasons per code", "accounts with contact fatigue", "value answers", "times given", "text not checked"]);
    const isWords = (path: string) => relative(consoleFolder, path) === "strings.ts" || relative(consoleFolder, path).split(/[\\/]/)[0] === "locales";
    const files = sourcesIn(consoleFolder, ".ts").filter((path) => !path.endsWith(".tsx") && !isWords(path));
    expect(files.length).toBeGreaterThan(3);
    const inline = Object.fromEntries(
      files
        .map((path) => [relative(consoleFolder, path), inlineText(readFileSync(path, "utf8"), path).filter((entry) => !allowed.has(entry.replace(/^\d+: /, "")))] as const)
        .filter(([, found]) => found.length > 0),
    );
    expect(inline, "literals to move to src/console/locales/en.ts (and its translations)").toEqual({});
  });

  it("keeps only the four dictionaries in the locales folder, and no component (components are checked wherever they are)", () => {
    const components = sourcesIn(join(consoleFolder, "locales"), ".tsx");
    expect(components, "components belong outside src/console/locales").toEqual([]);
    const dictionaries = sourcesIn(join(consoleFolder, "locales"), ".ts").map((path) => relative(consoleFolder, path).replace(/\\/g, "/")).sort();
    expect(dictionaries).toEqual(["locales/de.ts", "locales/en.ts", "locales/es.ts", "locales/fr.ts"]);
  });

  it("says what every finding code, threshold and sensitivity is", () => {
    expect(Object.keys(findingTexts).sort()).toEqual(findingCodes.map((entry) => entry.code).sort());
    for (const entry of findingCodes) expect(entry.meaning && entry.example).toBeTruthy();
    expect(Object.keys(thresholdTexts).sort()).toEqual(thresholdFields.map((field) => field.key).sort());
    expect(Object.keys(sensitivityChoices).sort()).toEqual(["high", "low", "normal"]);
    for (const code of textCodes) expect(findingTexts[code]).toBeDefined();
  });
});

describe("finding names in the console", () => {
  it("are the task pane's names, in the console's language, for every code", async () => {
    const { codeTitle, useConsoleLanguage } = await import("../../src/console/strings");
    const { en: paneEn } = await import("../../src/taskpane/locales/en");
    const { de: paneDe } = await import("../../src/taskpane/locales/de");
    try {
      for (const { code } of findingCodes) expect(codeTitle(code)).toBe(paneEn.codeTitles[code]);
      useConsoleLanguage("de-AT");
      expect(codeTitle("no-value-check-in")).toBe(paneDe.codeTitles["no-value-check-in"]);
      expect(codeTitle("no-such-code")).toBe(paneDe.unknownCodeTitle);
    } finally {
      useConsoleLanguage("en-US");
    }
  });
});
