/**
 * launch.html's script: read smart-config.json beside the page, then authorize (EHR launch with `iss` + `launch`,
 * or standalone with `iss` only). On failure, show a status page instead of a blank frame.
 */
import { SmartConfigError } from "../smart/config.ts";
import { startLaunch } from "../smart/launch.ts";

async function launch(): Promise<void> {
  const pageUrl = new URL(window.location.href);
  try {
    // A frame denied sessionStorage (third-party storage blocked) still launches: src/smart/frame-storage.ts.
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
