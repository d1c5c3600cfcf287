/** Registers every Gongkai element (side effects), and re-exports the classes. */
import './components/deadline/define.js';
import './components/catalogue/define.js';

export * from './index.js';
