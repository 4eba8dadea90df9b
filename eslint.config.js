import tseslint from 'typescript-eslint';

/** The import arrows of STYLE.md, enforced. */
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
  boundary(['src/model/**/*.ts'], [
    {
      group: ['**/{catalog,cli,discover,engine,findings,normalize,parsers,report}/*', '**/{gate,errors,logging}.js'],
      message: 'model/ holds types only and imports nothing outside model/.',
    },
  ]),
  boundary(['src/fs/**/*.ts'], [
    {
      group: ['**/{aws,baseline,catalog,cli,config,discover,engine,findings,history,normalize,parsers,policies,render,report,resolve,suppress}/*', '**/{gate,errors,logging,sources,settings}.js'],
      message: 'fs/ (the repository boundary) imports only node and model/: every stage imports it.',
    },
  ]),
  boundary(['action/**/*.ts'], [
    { group: ['../src/*', '!../src/index.js'], message: 'action/ may import src/index.ts only.' },
  ]),
  boundary(['src/parsers/**/*.ts', 'src/discover/**/*.ts', 'src/engine/**/*.ts'], [
    { group: ['**/gate.js', '**/cli/*', '**/report/*', '**/findings/*'], message: 'Stages import model, not later stages.' },
  ]),
);
