import type { JSX } from "react";
import type { Evaluation } from "../contract/evaluation.ts";
import type { PatientModel } from "../model/patient-model.ts";
import { ageText, DIAGNOSIS_LABELS, PHASE_LABELS, PLATELET_UNIT, REFRACTORY_LABELS, shortDate } from "./labels.ts";
import { SecondLineStatus } from "./second-line-status.tsx";
import { plateletTrend, TREND_ARROWS, TREND_WORDS } from "./trend.ts";

export interface StatusHeaderProps {
  readonly model: PatientModel;
  readonly evaluation: Evaluation;
  /** Shown after the status line (the Print button). */
  readonly actions?: JSX.Element;
}

/** Patient identity and the one-line status a hematologist reads first. */
export function StatusHeader({ model, evaluation, actions }: StatusHeaderProps): JSX.Element {
  const a = evaluation.assessment;
  const trend = plateletTrend(a.latestPlatelet, model.platelets);
  return (
    <header className="status-header">
      <div className="identity">
        <h1>{model.patient.name ?? "Name not recorded"}</h1>
        <p className="identity-facts">
          {ageText(evaluation.patient.ageYears)} · {evaluation.patient.sex} · <span className="muted">as of {evaluation.asOf}</span>
        </p>
        {actions}
      </div>
      <ul className="status-line" aria-label="Status">
        <li>{DIAGNOSIS_LABELS[a.diagnosis]}</li>
        <li>{PHASE_LABELS[a.phase]}</li>
        <li className={`refractory-chip refractory-${a.refractoryStatus}`}>{REFRACTORY_LABELS[a.refractoryStatus]}</li>
        <li className="status-platelet">
          {a.latestPlatelet === null ? (
            "No platelet count"
          ) : (
            <>
              Latest platelets <strong>{a.latestPlatelet.value} {PLATELET_UNIT}</strong> on {shortDate(a.latestPlatelet.date)}
              {trend.previous !== null && (
                <span className={`trend trend-${trend.direction}`}>
                  {" "}<span aria-hidden="true">{TREND_ARROWS[trend.direction]}</span>
                  <span className="sr-only">{TREND_WORDS[trend.direction]}</span>
                  {" "}from {trend.previous.value} on {shortDate(trend.previous.date)}
                </span>
              )}
            </>
          )}
        </li>
        <li className={a.activeBleeding ? "status-bleeding" : undefined}>{a.activeBleeding ? "Active bleeding" : "No active bleeding recorded"}</li>
      </ul>
      {a.secondLine !== undefined && <SecondLineStatus secondLine={a.secondLine} />}
      {a.prognosis !== undefined && <p className="prognosis"><strong>Prognosis:</strong> {a.prognosis}</p>}
    </header>
  );
}
