/** The app page's root component: the evaluation store's state handed to the UI shell. */
import type { JSX } from "react";
import { App } from "../ui/app-shell.tsx";
import type { EvaluationStore } from "./evaluation-store.ts";
import { useEvaluation } from "./use-evaluation.ts";

export interface RootProps {
  /** From createEvaluationStore, created once per page. */
  readonly store: EvaluationStore;
}

/** Starts the load and renders whatever state it is in. */
export function Root({ store }: RootProps): JSX.Element {
  const { state, onOverridesChange } = useEvaluation(store);
  return <App state={state} onOverridesChange={onOverridesChange} />;
}
