import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';
import { stagesRule } from './scripts/architecture.mjs';

/** The import arrows of docs/ARCHITECTURE.md, enforced. */
const boundary = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', '.build/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Scanned files are hostile: a regex that backtracks super-linearly is a hang waiting for its input.
  // scripts/check-regexes.mjs (recheck, run by scripts/check-regexes.test.ts) catches what these miss.
  {
    files: ['src/**/*.{ts,mjs}', 'action/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
  {
    // Test support only, never given a scanned file (see PENDING_ELSEWHERE in scripts/check-regexes.mjs).
    files: ['src/report/__fixtures__/junit-xsd.ts', 'action/testing/run-action.ts'],
    rules: {
      'regexp/no-super-linear-backtracking': 'warn',
      'regexp/no-super-linear-move': 'warn',
      'regexp/no-misleading-capturing-group': 'warn',
    },
  },
  boundary(['src/**/*.ts'], [
    { group: ['@actions/*'], message: 'Only action/ may import @actions/*.' },
    { group: ['**/action/*'], message: 'src/ never imports action/.' },
  ]),
  {
    files: ['src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/__fixtures__/**'],
    plugins: { architecture: { rules: { stages: stagesRule } } },
    rules: { 'architecture/stages': 'error' },
  },
  boundary(['action/**/*.ts'], [
    { group: ['../src/*', '!../src/index.js'], message: 'action/ may import src/index.ts only.' },
  ]),
);
