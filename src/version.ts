/** Kept in step with package.json by a test. */
export const TOOL_NAME = 'posture-gate';
export const TOOL_VERSION = '0.1.0';
