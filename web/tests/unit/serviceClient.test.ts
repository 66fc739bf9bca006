import { afterEach, describe, expect, it, vi } from "vitest";
import { ServiceClient, ServiceError } from "../../src/shared/serviceClient";

const problem = (status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ title: "Storage is unavailable.", detail: "Nothing was saved. Try again in 5 seconds." }), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });

function serviceAnswering(...answers: Response[]) {
  const fetch = vi.fn(async () => answers.shift() ?? new Response(null, { status: 204 }));
  vi.stubGlobal("fetch", fetch);
  return { fetch, client: new ServiceClient("https://valuecheck.example", async () => "token") };
}

describe("recording the seller's decision", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("sends the answer again after the pause a 503 asks for, so a database restart does not lose it", async () => {
    vi.useFakeTimers();
    const { fetch, client } = serviceAnswering(problem(503, { "Retry-After": "2" }), new Response(null, { status: 204 }));

    const recording = client.recordDecision("c1", "answered", "Renewal terms");
    await vi.advanceTimersByTimeAsync(1999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await recording;

    expect(fetch).toHaveBeenCalledTimes(2);
    const [, init] = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect(JSON.parse(init.body as string)).toEqual({ checkId: "c1", outcome: "answered", valueAnswer: "Renewal terms" });
  });

  it("gives up after three attempts with the service's own words", async () => {
    vi.useFakeTimers();
    const { fetch, client } = serviceAnswering(problem(503, { "Retry-After": "1" }), problem(503, { "Retry-After": "1" }), problem(503, { "Retry-After": "1" }));

    const recording = client.recordDecision("c1", "answered", "x");
    const failure = expect(recording).rejects.toMatchObject({ status: 503, message: "Nothing was saved. Try again in 5 seconds.", retryAfterSeconds: 1 });
    await vi.advanceTimersByTimeAsync(5000);
    await failure;
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("does not repeat a request the service refused", async () => {
    const { fetch, client } = serviceAnswering(problem(404));

    await expect(client.recordDecision("c1", "answered", "x")).rejects.toBeInstanceOf(ServiceError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
