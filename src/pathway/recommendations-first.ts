/**
 * Builders for the first steps of the pathway: emergency (step 1), re-evaluate diagnosis and goals of care (step 2).
 */
import { THRESHOLDS } from "../clinical/thresholds.ts";
import { evidence } from "../clinical/evidence.ts";
import type { Recommendation, SecondaryCause } from "../contract/evaluation.ts";
import { day } from "./dates.ts";
import { shownCount } from "./dose-decision.ts";
import type { PathwayState } from "./pathway-state.ts";

const CAUSE_NAMES: Record<SecondaryCause, string> = {
  sle: "SLE",
  "antiphospholipid-syndrome": "antiphospholipid syndrome",
  hiv: "HIV",
  "hepatitis-c": "hepatitis C",
  "hepatitis-b": "hepatitis B",
  "h-pylori": "H. pylori",
  cll: "CLL",
  lymphoma: "lymphoma",
  cvid: "CVID",
  mgus: "MGUS",
  other: "another secondary cause",
};

const TO_EXCLUDE: readonly SecondaryCause[] = ["hiv", "hepatitis-c", "hepatitis-b", "h-pylori", "sle", "antiphospholipid-syndrome", "cll", "lymphoma", "cvid", "mgus"];

/** Step 1: active bleeding with a latest count < 30 (ICR 2019; ASH 2019). */
export function emergencyManagement(s: PathwayState): Recommendation {
  const count =
    s.bound !== null
      ? `the newest count is reported as ${s.bound.comparator ?? ""}${shownCount(s.bound.value)} ×10⁹/L (${day(s.bound.date)})`
      : s.latest === null
        ? "no platelet count is recorded"
        : `the latest count is ${shownCount(s.latest.value)} ×10⁹/L (${day(s.latest.date)})`;
  return {
    code: "emergency-management",
    title: "Active bleeding with a low platelet count: urgent treatment first",
    summary: `Bleeding now and ${count}: treat the bleeding before the refractory pathway.`,
    rationale: `Active bleeding (a bleeding condition with onset in the last ${THRESHOLDS.activeBleedingDays} days, or the clinician says so) and ${count} (< ${THRESHOLDS.emergency}). Urgent treatment: IV immunoglobulin 1 g/kg, high-dose IV corticosteroids, platelet transfusion, an antifibrinolytic (tranexamic acid), and stop antiplatelet or anticoagulant drugs where possible. The refractory pathway below waits until the bleeding is controlled.`,
    evidence: evidence("icr2019", "ash2019"),
    dataUsed: [...s.bleeding.sources, ...(s.latest ? [s.latest.source] : []), ...(s.bound ? [s.bound.source] : [])],
    orders: [],
  };
}

/** Step 2: re-check the diagnosis (Seed; Mahévas 2016). */
export function reevaluateDiagnosis(s: PathwayState): Recommendation {
  const found = s.secondaryCauses.map((c) => CAUSE_NAMES[c]);
  const missing = TO_EXCLUDE.filter((c) => !s.secondaryCauses.includes(c)).map((c) => CAUSE_NAMES[c]);
  const liver = s.hepaticImpairment
    ? " Chronic liver disease is recorded: the thrombocytopenia may come from hypersplenism rather than ITP, and the TPO-RA labels warn of portal vein thrombosis in chronic liver disease."
    : "";
  const foundText = found.length > 0 ? `Secondary causes recorded: ${found.join(", ")}.` : "No secondary cause is recorded.";
  return {
    code: "reevaluate-diagnosis",
    title: "Re-check the diagnosis before escalating",
    summary: found.length > 0 ? `Secondary cause recorded (${found.join(", ")}): confirm the diagnosis.` : "Exclude secondary ITP and MGUS before escalating.",
    rationale: `Multirefractory patients more often have secondary ITP (odds ratio 4.84) or MGUS (odds ratio 5.94) than primary ITP (Mahévas 2016). ${foundText} Not recorded as excluded in the data read: ${missing.join(", ")}.${liver}`,
    evidence: evidence("seed", "mahevas2016", "icr2019"),
    dataUsed: s.applicability.dataUsed,
    orders: [],
  };
}

/** Step 2: goals of care (Seed). */
export function discussGoalsOfCare(s: PathwayState): Recommendation {
  const count = s.latest === null ? "" : ` The latest count is ${shownCount(s.latest.value)} ×10⁹/L.`;
  return {
    code: "discuss-goals-of-care",
    title: "Discuss goals of care",
    summary: "Weigh treatment toxicity against bleeding risk with the patient; observation can be acceptable.",
    rationale: `Some patients with counts as low as 10 ×10⁹/L live near-normal lives and may prefer to avoid toxic treatment; use the benefit and harm of each option below in the conversation.${count}`,
    evidence: evidence("seed", "ash2019"),
    dataUsed: s.latest ? [s.latest.source] : [],
    orders: [],
  };
}
