import { defineElement } from '../../base/gk-element.js';
import { GkRequestStatus } from './request-status.js';

export { GkRequestStatus };

defineElement('gk-request-status', GkRequestStatus);

declare global {
  interface HTMLElementTagNameMap {
    'gk-request-status': GkRequestStatus;
  }
}
