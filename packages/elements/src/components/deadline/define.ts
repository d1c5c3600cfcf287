import { defineElement } from '../../base/gk-element.js';
import { GkDeadline } from './deadline.js';

export { GkDeadline };

defineElement('gk-deadline', GkDeadline);

declare global {
  interface HTMLElementTagNameMap {
    'gk-deadline': GkDeadline;
  }
}
