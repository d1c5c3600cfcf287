/** Registers every Gongkai element (side effects), and re-exports the classes. */
import './components/deadline/define.js';
import './components/catalogue/define.js';
import './components/task-board/define.js';
import './components/request-form/define.js';
import './components/request-status/define.js';

export * from './index.js';
