import type { JSX } from "react";
import type { LoadState } from "../app/load-state.ts";
import type { Overrides } from "../model/overrides.ts";
import { ErrorView } from "./error-view.tsx";
import { LoadingView } from "./loading-view.tsx";
import { ReadyView } from "./ready-view.tsx";
import "./styles.css";

export interface AppProps {
  /** Everything the screen shows, prepared by src/app. */
  readonly state: LoadState;
  /** The clinician changed an override; the app re-evaluates and passes a new state. */
  readonly onOverridesChange: (o: Overrides) => void;
}

/** The whole screen: one view per load state. */
export function App({ state, onOverridesChange }: AppProps): JSX.Element {
  let view: JSX.Element;
  switch (state.status) {
    case "loading":
      view = <LoadingView progress={state.progress} partialModel={state.partialModel} />;
      break;
    case "ready":
      view = (
        <ReadyView
          model={state.model} evaluation={state.evaluation} queries={state.queries} asOf={state.asOf}
          overrides={state.overrides} onOverridesChange={onOverridesChange}
        />
      );
      break;
    case "error":
      view = <ErrorView kind={state.kind} message={state.message} detail={state.detail} relaunchUrl={state.relaunchUrl} />;
      break;
  }
  return <main className="itp-app">{view}</main>;
}
