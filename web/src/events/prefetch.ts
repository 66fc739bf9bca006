import type { AddInSettings, RecipientFacts } from "../shared/contract";
import type { DraftState } from "../shared/draftState";

export interface PrefetchPorts {
  readRecipients(): Promise<string[]>;
  readState(): Promise<DraftState>;
  writeState(state: DraftState): Promise<void>;
  settings(): Promise<AddInSettings>;
  lookup(addresses: string[]): Promise<RecipientFacts[]>;
  now(): number;
}

/**
 * While the seller composes: fetch their add-in settings (checks on or off, fail mode) into the draft's state and warm
 * the service's cache of recipient facts, so Send costs one round trip. Failures are ignored: Send works without it.
 */
export async function prefetch(ports: PrefetchPorts): Promise<void> {
  const [settings] = await Promise.allSettled([
    ports.settings(),
    ports.readRecipients().then((addresses) => (addresses.length > 0 ? ports.lookup(addresses) : [])),
  ]);
  if (settings.status === "fulfilled") {
    const state = await ports.readState().catch((): DraftState => ({}));
    await ports.writeState({ ...state, settings: { ...settings.value, fetchedAt: ports.now() } });
  }
}
