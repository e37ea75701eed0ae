import type { Signer } from "./jwt.ts";
import type { PatientChoice } from "./pages.ts";
import type { AuthState } from "./state.ts";

/** What the auth endpoints need from the rest of the sandbox. */
export type AuthContext = {
  state: AuthState;
  signer: Signer;
  /** Patients for the standalone picker. */
  patients: () => PatientChoice[];
  /** Whether `aud` names this server's FHIR base (as called from `origin`). */
  isFhirBase: (aud: string, origin: string) => boolean;
  /** Access-token lifetime in seconds (fault-injectable). */
  tokenLifetimeSeconds: () => number;
  /** The signed-in user, a Practitioner that exists in the store. */
  fhirUser: string;
};
