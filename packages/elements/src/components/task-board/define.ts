import { defineElement } from '../../base/gk-element.js';
import { GkTaskBoard } from './task-board.js';

export { GkTaskBoard };

defineElement('gk-task-board', GkTaskBoard);

declare global {
  interface HTMLElementTagNameMap {
    'gk-task-board': GkTaskBoard;
  }
}
