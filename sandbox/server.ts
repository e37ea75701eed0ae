import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { noAppHost, staticHost, viteHost, type AppHost } from "./app-host.ts";
import { routeAuth } from "./auth/routes.ts";
import { Signer } from "./auth/jwt.ts";
import { AuthState } from "./auth/state.ts";
import { defaultFaults, faultsFromEnv, type Faults } from "./faults.ts";
import { smartConfiguration } from "./fhir/capability.ts";
import { createFhirApi } from "./fhir/handler.ts";
import { loadUnits, type LoadReport } from "./fhir/load.ts";
import { outcome } from "./fhir/outcome.ts";
import { defaultUnits, type SourceOptions } from "./fhir/sources.ts";
import type { Store } from "./fhir/store.ts";
import { applyCors, requestOrigin, sendHtml, sendJson } from "./http-util.ts";
import { launcherPage } from "./launcher/page.ts";
import { patientList, SANDBOX_PRACTITIONER } from "./patients.ts";
import { routeSandbox } from "./sandbox-routes.ts";

export type SandboxOptions = Partial<SourceOptions> & {
  /** 0 = a free port (tests). Default env PORT or 8480. */
  port?: number;
  /** `vite` (dev, default), `dist` (a built folder, also env SANDBOX_APP_DIR), or `none` (tests). */
  app?: "vite" | "dist" | "none";
  appDir?: string;
  faults?: Partial<Faults>;
  /** Clock for token expiry (tests). */
  clock?: () => number;
  /** Log one line per request (method, path, status, ms; never tokens or bodies). */
  log?: boolean;
};

export type Sandbox = {
  url: string; appOrigin: string; ehrOrigin: string; fhirBase: string; openFhirBase: string;
  faults: Faults; report: LoadReport; store: Store; auth: AuthState; loadMs: number; close: () => Promise<void>;
};

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Starts the sandbox EHR on loopback: FHIR (/fhir with SMART auth, /open/fhir without), the auth server (/auth),
 * test controls (/sandbox), the launcher page (Host localhost) and the app (everything else, on 127.0.0.1).
 * Binds 127.0.0.1 and, when available, [::1] on the same port.
 */
export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const repoRoot = opts.repoRoot ?? REPO_ROOT;
  const t0 = performance.now();
  const { units, warnings } = defaultUnits({ ...opts, repoRoot });
  const { store, report } = loadUnits(units);
  store.add(SANDBOX_PRACTITIONER);
  for (const w of warnings) report.log.push(`warn: ${w}`);
  const loadMs = performance.now() - t0;
  const faults: Faults = { ...defaultFaults(), ...faultsFromEnv(process.env), ...opts.faults };
  const auth = new AuthState(opts.clock);
  const signer = new Signer();
  const patients = patientList(store, report, units.find((u) => u.name === "scenarios")?.dir);
  const secureApi = createFhirApi({ store, faults, auth, ...(opts.clock ? { now: opts.clock } : {}) });
  const openApi = createFhirApi({ store, faults, ...(opts.clock ? { now: opts.clock } : {}) });
  let port = 0;
  const appOrigin = (): string => `http://127.0.0.1:${port}`;
  const ehrOrigin = (): string => `http://localhost:${port}`;
  const authCtx = {
    state: auth, signer, fhirUser: `Practitioner/${SANDBOX_PRACTITIONER.id}`,
    patients: () => patients.map(({ id, name, birthDate }) => ({ id, name, ...(birthDate ? { birthDate } : {}) })),
    tokenLifetimeSeconds: () => faults.tokenLifetimeSeconds,
    isFhirBase: (aud: string, origin: string) => [origin, appOrigin(), ehrOrigin()].some((o) => aud.replace(/\/+$/, "") === `${o}/fhir`),
  };
  let app: AppHost = noAppHost();

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const url = new URL(req.url ?? "/", "http://sandbox.invalid");
    const path = url.pathname;
    const origin = requestOrigin(req);
    const hostname = new URL(origin).hostname;
    try {
      const api = path === "/fhir" || path.startsWith("/fhir/") ? "fhir" : path === "/open/fhir" || path.startsWith("/open/fhir/") ? "open" : undefined;
      const cors = api !== undefined || path.startsWith("/auth/token") || path.startsWith("/auth/jwks") || path.startsWith("/.well-known/") || path.startsWith("/auth/.well-known/") || path.startsWith("/sandbox/");
      if (cors && applyCors(req, res)) return;
      if (api === "fhir") return await secureApi(req, res, path.slice(5), url.searchParams, origin, `${origin}/fhir`);
      if (api === "open") return await openApi(req, res, path.slice(10), url.searchParams, origin, `${origin}/open/fhir`);
      if (path === "/.well-known/smart-configuration") return sendJson(res, 200, smartConfiguration(origin));
      if (path.startsWith("/auth/")) return await routeAuth(authCtx, req, res, url, origin);
      if (path.startsWith("/sandbox/")) return await routeSandbox({ faults, auth, patients }, req, res, path);
      if (req.method === "GET" && ((path === "/" && hostname === "localhost") || path === "/ehr")) {
        return sendHtml(res, 200, launcherPage(patients, appOrigin()));
      }
      app.handle(req, res);
    } catch (e) {
      if (!res.headersSent) sendJson(res, 500, outcome("fatal", "exception", `Sandbox error: ${(e as Error).message}`), "application/fhir+json");
      else res.end();
    } finally {
      if (opts.log) res.once("finish", () => console.log(`${req.method} ${path} ${res.statusCode} ${(performance.now() - started).toFixed(1)} ms`));
    }
  };
  const onRequest = (req: IncomingMessage, res: ServerResponse): void => void handler(req, res);
  const v4 = createServer(onRequest);
  port = await listen(v4, opts.port ?? Number(process.env.PORT ?? 8480), "127.0.0.1");
  const servers: Server[] = [v4];
  const v6 = createServer(onRequest);
  try {
    await listen(v6, port, "::1");
    servers.push(v6);
  } catch (e) {
    report.log.push(`warn: could not bind [::1]:${port} (${(e as Error).message}); localhost must resolve to 127.0.0.1`);
  }
  const mode = opts.app ?? (process.env.SANDBOX_APP_DIR ? "dist" : "vite");
  if (mode === "dist") app = staticHost(resolve(repoRoot, opts.appDir ?? process.env.SANDBOX_APP_DIR ?? "dist"));
  if (mode === "vite") app = await viteHost(repoRoot, v4);
  return {
    url: `${ehrOrigin()}/`, appOrigin: appOrigin(), ehrOrigin: ehrOrigin(), fhirBase: `${appOrigin()}/fhir`, openFhirBase: `${appOrigin()}/open/fhir`,
    faults, report, store, auth, loadMs,
    close: async () => {
      await app.close();
      await Promise.all(servers.map((s) => new Promise<void>((r) => { s.closeAllConnections(); s.close(() => r()); })));
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolveP, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const a = server.address();
      resolveP(typeof a === "object" && a ? a.port : port);
    });
  });
}
