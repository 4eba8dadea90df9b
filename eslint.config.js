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
