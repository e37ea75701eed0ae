import { useState, type JSX, type ReactNode } from "react";

export interface LazyDetailsProps {
  /** The always-visible summary line. */
  readonly summary: ReactNode;
  /** Rendered only once opened (a record can hold 10,000 references). */
  readonly children: () => ReactNode;
  readonly className?: string;
}

/** A native details/summary whose content is built on first open. */
export function LazyDetails({ summary, children, className }: LazyDetailsProps): JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
