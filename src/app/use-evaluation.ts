/** React binding of the evaluation store. */
import { useEffect, useSyncExternalStore } from "react";
import type { Overrides } from "../model/overrides.ts";
import type { EvaluationStore } from "./evaluation-store.ts";
import type { LoadState } from "./load-state.ts";

/**
 * Starts the load (once) and returns the current state and the override setter.
 * @param store - from createEvaluationStore
 */
export function useEvaluation(store: EvaluationStore): { state: LoadState; onOverridesChange: (o: Overrides) => void } {
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  useEffect(() => {
    void store.start();
  }, [store]);
  return { state, onOverridesChange: store.setOverrides };
}
