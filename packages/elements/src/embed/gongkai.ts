/**
 * The embed bundle: one `<script type="module" src=".../gongkai.js">` registers every element.
 * Including it twice (or with the per-element entries) is harmless: registration is guarded.
 */
export * from '../all.js';
