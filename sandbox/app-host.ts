import { createReadStream, existsSync, statSync } from "node:fs";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

export type AppHost = { handle: (req: IncomingMessage, res: ServerResponse) => void; close: () => Promise<void> };

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon",
  ".woff2": "font/woff2", ".map": "application/json; charset=utf-8", ".txt": "text/plain; charset=utf-8",
};

/** Serves a built app folder (e.g. dist) as static files; `/` is index.html. */
export function staticHost(dir: string): AppHost {
  const root = resolve(dir);
  return {
    handle(req, res) {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) return notFound(res);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
      if (!existsSync(file)) return notFound(res);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-cache" });
      createReadStream(file).pipe(res);
    },
    close: async () => undefined,
  };
}

/** Vite in middleware mode with the repo's vite.config.ts (HMR over the sandbox's own HTTP server). */
export async function viteHost(repoRoot: string, server: Server | undefined): Promise<AppHost> {
  const { createServer } = await import("vite");
  const vite = await createServer({
    root: repoRoot,
    configFile: join(repoRoot, "vite.config.ts"),
    appType: "mpa",
    server: { middlewareMode: true, hmr: server ? { server } : false },
    logLevel: "warn",
  });
  return {
    handle: (req, res) => vite.middlewares(req, res, () => notFound(res)),
    close: () => vite.close(),
  };
}

/** No app (tests of the server alone): every app path is 404. */
export function noAppHost(): AppHost {
  return { handle: (_req, res) => notFound(res), close: async () => undefined };
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
  res.end("Not found (the app is not built or not written yet)");
}
