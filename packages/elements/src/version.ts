/**
 * The version of @gongkai/elements. Keep it equal to `version` in package.json:
 * the embed build (rollup.config.js) fails and a test fails when they differ.
 */
export const VERSION = '0.1.0';
