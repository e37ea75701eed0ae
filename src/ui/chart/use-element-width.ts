import { useLayoutEffect, useRef, useState, type RefObject } from "react";

/**
 * The content width of an element, followed with ResizeObserver (container-driven, so the chart
 * fits a 360 px phone, a 1,600 px screen and 200% zoom alike).
 * @param fallback - width used before the first measurement and where layout gives 0 (tests)
 */
export function useElementWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) {
      return undefined;
    }
    const measure = (): void => {
      const w = Math.floor(el.getBoundingClientRect().width);
      setWidth(w > 0 ? w : fallback);
    };
    measure();
    if (typeof ResizeObserver === "undefined") {
      return undefined;
    }
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [fallback]);
  return [ref, width];
}
