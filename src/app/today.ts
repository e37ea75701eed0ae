/**
 * The evaluation date: the clinician's local calendar date. This is the only place the app reads the clock
 * for clinical purposes (docs/decisions/0001-layers-and-folders.md: the pathway takes `asOf`).
 */

/**
 * @param now - the current instant
 * @returns YYYY-MM-DD in the browser's time zone (a US evening is still "today", not tomorrow's UTC date)
 */
export function localIsoDate(now: Date): string {
  const y = String(now.getFullYear()).padStart(4, "0");
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
