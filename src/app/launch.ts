/**
 * launch.html's script: read smart-config.json beside the page, then authorize (EHR launch with `iss` + `launch`,
 * or standalone with `iss` only). On failure, show a status page instead of a blank frame.
 */
import { SmartConfigError } from "../smart/config.ts";
import { startLaunch } from "../smart/launch.ts";
import { sessionStorageProblem, StorageBlockedError } from "../smart/storage-check.ts";

async function launch(): Promise<void> {
  const pageUrl = new URL(window.location.href);
  try {
    const storageProblem = sessionStorageProblem(() => window.sessionStorage);
    if (storageProblem !== null) {
      throw new StorageBlockedError(storageProblem);
    }
    const response = await fetch(new URL("smart-config.json", pageUrl), { cache: "no-cache" });
    if (!response.ok) {
      throw new SmartConfigError(`smart-config.json could not be loaded (HTTP ${response.status})`);
    }
    await startLaunch(pageUrl, await response.text());
  } catch (error) {
    const root = document.getElementById("root");
    if (root) {
      const { renderLaunchProblem } = await import("./launch-problem.tsx");
      renderLaunchProblem(root, error, pageUrl);
    }
  }
}

void launch();
