/**
 * index.html's script, the composition root: wires the SMART launch, the FHIR reads, the normaliser, the pathway
 * and the clock into the evaluation store, and renders the UI. Nothing here logs or stores patient data.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { fetchPatientRecord } from "../fhir/fetch-record.ts";
import { normalise } from "../model/normalise.ts";
import { evaluate } from "../pathway/evaluate.ts";
import { completeLaunch } from "../smart/ready.ts";
import { createEvaluationStore } from "./evaluation-store.ts";
import { Root } from "./root.tsx";
import { localIsoDate } from "./today.ts";

const store = createEvaluationStore({
  completeLaunch,
  fetchRecord: fetchPatientRecord,
  normalise,
  evaluate,
  today: () => localIsoDate(new Date()),
  pageUrl: new URL(window.location.href),
});

const element = document.getElementById("root");
if (element) {
  createRoot(element).render(
    <StrictMode>
      <Root store={store} />
    </StrictMode>,
  );
}
