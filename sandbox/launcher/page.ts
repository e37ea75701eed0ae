import { esc } from "../http-util.ts";

export type LauncherPatient = { id: string; name: string; birthDate?: string; source: string };

/**
 * The EHR-like page at http://localhost:<port>/: a patient list; "Open ITP Navigator" creates a launch context
 * (POST /sandbox/launch) and loads the app's launch URL, on the other origin (http://127.0.0.1:<port>), in an
 * iframe, as an EHR embeds a SMART app. No iframe sandbox attribute: fhirclient needs the frame's own
 * sessionStorage and top-level navigation inside the frame.
 * See: https://hl7.org/fhir/smart-app-launch/app-launch.html#launch-app-ehr-launch
 */
export function launcherPage(patients: LauncherPatient[], appOrigin: string): string {
  const iss = `${appOrigin}/fhir`;
  const launchUrl = `${appOrigin}/launch.html`;
  const rows = patients
    .map((p) => `<tr><td><strong>${esc(p.name)}</strong>${p.birthDate ? ` <small>born ${esc(p.birthDate)}</small>` : ""}<br>
<code>${esc(p.id)}</code><br><small>${esc(p.source)}</small></td>
<td><button type="button" data-patient="${esc(p.id)}">Open ITP Navigator</button></td></tr>`)
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sandbox EHR</title><link rel="icon" href="data:,">
<style>body{font:15px system-ui,sans-serif;margin:0;display:grid;grid-template-columns:minmax(18rem,26rem) 1fr;height:100vh}
nav{overflow:auto;padding:1rem;border-right:1px solid #ccc}table{border-collapse:collapse;width:100%}
td{padding:.35rem .3rem;border-bottom:1px solid #eee;vertical-align:top;overflow-wrap:anywhere}iframe{width:100%;height:100%;border:0}
small{color:#555}tr[aria-current]{background:#e8f0fe}</style></head><body>
<nav><h1>Sandbox EHR</h1>
<p><small>FHIR base (SMART): <code>${esc(iss)}</code> · open base: <code>${esc(appOrigin)}/open/fhir</code></small></p>
<p><a id="standalone" href="${esc(`${launchUrl}?iss=${encodeURIComponent(iss)}`)}" target="_blank" rel="noopener">Standalone launch</a> (new tab)</p>
<p><label>Other SMART app launch URL <input id="other" type="url" size="30" placeholder="http://127.0.0.1:9000/launch.html"></label>
<small>(used with the next patient you open)</small></p>
<table><thead><tr><th scope="col">Patient</th><th scope="col"><span hidden>Launch</span></th></tr></thead><tbody>
${rows}
</tbody></table></nav>
<main><iframe id="app" title="SMART app" src="about:blank"></iframe></main>
<script type="module">
const iss = ${JSON.stringify(iss)};
const appLaunch = ${JSON.stringify(launchUrl)};
document.querySelectorAll("button[data-patient]").forEach((b) => b.addEventListener("click", async () => {
  const r = await fetch("/sandbox/launch", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ patient: b.dataset.patient }) });
  const { launch } = await r.json();
  document.querySelectorAll("tr[aria-current]").forEach((tr) => tr.removeAttribute("aria-current"));
  b.closest("tr").setAttribute("aria-current", "true");
  const other = document.getElementById("other").value.trim();
  const target = new URL(other || appLaunch);
  target.searchParams.set("iss", iss);
  target.searchParams.set("launch", launch);
  document.getElementById("app").src = target.toString();
}));
</script></body></html>`;
}
