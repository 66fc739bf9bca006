import { afterEach, describe, expect, it, vi } from "vitest";
import { ConsoleClient } from "../../src/console/consoleClient";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": status < 300 ? "application/json" : "application/problem+json" } });

function serviceAnswering(...answers: Response[]) {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => answers.shift() ?? new Response(null, { status: 500 }));
  vi.stubGlobal("fetch", fetch);
  return { fetch, client: new ConsoleClient("https://valuecheck.example", async () => "token") };
}

const headerOnly = () => ({
  accounts: new File(["id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products\n"], "accounts.csv"),
  contacts: new File(["email,account_id,first_name,last_name,title,do_not_email\n"], "contacts.csv"),
});

describe("importing the built-in CRM", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("asks for confirmation, instead of reporting bad rows, when the files would empty the CRM", async () => {
    const message = "The files have no rows: importing them would empty the built-in CRM. Send replaceWithEmpty=true to do that.";
    const { client } = serviceAnswering(json(400, { title: "One or more validation errors occurred.", errors: { replaceWithEmpty: [message] } }));
    const { accounts, contacts } = headerOnly();

    const result = await client.importCrm(accounts, contacts);

    expect(result).toEqual({ kind: "wouldEmpty", message });
  });

  it("sends replaceWithEmpty=true only when the manager confirmed emptying the CRM", async () => {
    const { fetch, client } = serviceAnswering(json(200, { accounts: 0, contacts: 0 }), json(200, { accounts: 0, contacts: 0 }));
    const { accounts, contacts } = headerOnly();

    await client.importCrm(accounts, contacts);
    const confirmed = await client.importCrm(accounts, contacts, { replaceWithEmpty: true });

    const [, first] = fetch.mock.calls[0] as [string, RequestInit];
    const [, second] = fetch.mock.calls[1] as [string, RequestInit];
    expect((first.body as FormData).has("replaceWithEmpty")).toBe(false);
    expect((second.body as FormData).get("replaceWithEmpty")).toBe("true");
    expect(confirmed).toEqual({ kind: "imported", accounts: 0, contacts: 0 });
  });

  it("reports bad rows with the service's count of problems and rows", async () => {
    const { client } = serviceAnswering(
      json(400, { detail: "7 problems in 4 rows; the first 2 are listed; nothing was imported.", errors: { "accounts.csv": ["accounts.csv:2: a", "accounts.csv:3: b"] } }),
    );
    const { accounts, contacts } = headerOnly();

    const result = await client.importCrm(accounts, contacts);

    expect(result).toEqual({ kind: "rejected", summary: "7 problems in 4 rows; the first 2 are listed; nothing was imported.", rows: ["accounts.csv:2: a", "accounts.csv:3: b"] });
  });

  it("says how large an upload may be when the service refuses it as too large", async () => {
    const { client } = serviceAnswering(json(413, { title: "The request body is too large.", detail: "This endpoint accepts at most 20480 KB." }));
    const { accounts, contacts } = headerOnly();

    const result = await client.importCrm(accounts, contacts);

    expect(result).toEqual({ kind: "rejected", summary: "This endpoint accepts at most 20480 KB.", rows: [] });
  });
});
