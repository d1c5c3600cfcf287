import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells an element when the page is being printed, so it can render a print-only view (the
 * whole selection as a table rather than a virtualized or paged screen view).
 *
 * On `beforeprint` it sets `printing` and renders at once: the browser lays the page out for
 * printing right after that event, before any asynchronous update would run. `print()` does the
 * same from a button and then opens the print dialog.
 */
export class PrintController implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  private readonly before = (): void => {
    this.printing = true;
    this.host.requestUpdate();
    // performUpdate is protected on ReactiveElement; it renders synchronously when an update is pending.
    (this.host as unknown as { performUpdate(): void }).performUpdate();
  };

  private readonly after = (): void => {
    this.printing = false;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }

  /** Renders the print view, then opens the browser's print dialog. */
  async print(): Promise<void> {
    this.printing = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    window.print();
  }
}
