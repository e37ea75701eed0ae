/** Renders a launch failure into the launch page; loaded lazily so a successful launch never downloads React. */
import { createRoot } from "react-dom/client";
import { sessionStorageProblem } from "../smart/storage-check.ts";
import "../ui/styles.css";
import { launchStatus, StatusPage } from "./status-pages.tsx";

/**
 * @param element - the page's root element
 * @param error - what went wrong
 * @param pageUrl - the launch page URL
 */
export function renderLaunchProblem(element: HTMLElement, error: unknown, pageUrl: URL): void {
  const { state, newWindowUrl } = launchStatus(error, pageUrl, sessionStorageProblem(() => window.sessionStorage));
  createRoot(element).render(<StatusPage state={state} {...(newWindowUrl ? { newWindowUrl } : {})} />);
}
