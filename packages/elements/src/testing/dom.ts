// Helpers for the browser tests of the elements (not part of the build or the manifest).
import { expect } from '@open-wc/testing';

/** One animation frame. */
export const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

export const sleep = (ms: number): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, ms));

/** The first match in an element's shadow root. */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

/** Every match in an element's shadow root. */
export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Text of a node, white space collapsed. */
export const text = (n: Node | null | undefined): string => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits for the element's update, `frames` animation frames (layout, virtualizer), and any update they caused. */
export async function settle(el: Element & { updateComplete: Promise<unknown> }, frames = 2): Promise<void> {
  await el.updateComplete;
  for (let k = 0; k < frames; k++) await frame();
  await el.updateComplete;
}

/** Waits (frame by frame, at most ~6 s) until `cond` holds; a wait, not a retry. */
export async function until(cond: () => boolean, what: string): Promise<void> {
  for (let k = 0; k < 360 && !cond(); k++) await frame();
  expect(cond(), what).to.equal(true);
}
