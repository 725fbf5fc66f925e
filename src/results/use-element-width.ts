import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * The width of an element in CSS pixels, following resizes, so a chart's geometry is worked out at the size it is
 * shown and its text stays readable (an SVG scaled down by a viewBox shrinks its labels with it).
 * Without ResizeObserver (jsdom, very old browsers) the width stays at `fallback`.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      // At transition priority: a page of charts redrawn at a phone's width is rendered in slices, not one long task.
      if (measured && measured > 0) startTransition(() => setWidth(Math.round(measured)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
