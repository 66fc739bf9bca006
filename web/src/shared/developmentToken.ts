// The service's development token path (POST /dev/token), which only a Development service on this machine answers.

/** A token from the service's development token path: a seller's, or a policy manager's. */
export async function developmentToken(origin: string, manager = false): Promise<string> {
  const response = await fetch(`${origin}/dev/token${manager ? "?role=manager" : ""}`, { method: "POST" });
  if (!response.ok) throw new Error(`The development token path answered ${response.status}.`);
  return ((await response.json()) as { token: string }).token;
}
