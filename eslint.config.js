import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const forbiddenInModel = [
  'react',
  'react-dom',
  'i18next',
  'react-i18next',
  'zustand',
  'jspdf',
  'jspdf-autotable',
  'idb-keyval',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser }, ecmaVersion: 2022 },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="style"]',
          message: 'The CSP forbids inline styles: use a class.',
        },
      ],
    },
  },
  {
    // The pure core: the bulletproof-react zone fence. Nothing UI, storage or PDF may enter src/model.
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbiddenInModel.map((name) => ({
            name,
            message: 'src/model is pure TypeScript.',
          })),
          patterns: [
            {
              group: forbiddenInModel.map((n) => `${n}/*`),
              message: 'src/model is pure TypeScript.',
            },
            {
              group: ['**/state/*', '**/features/*', '**/components/*', '**/pdf/*', '**/i18n/*'],
              message: 'src/model must not import the app.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'navigator',
      ],
    },
  },
  {
    // A feature never reaches into another feature's internals.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^./][^/]*/',
              message: 'Import shared code from components, state or model, not another feature.',
            },
            {
              group: ['**/features/**'],
              message: 'Import shared code from components, state or model, not another feature.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.mjs', 'bench/**/*.{ts,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // useBrowser() is a vitest fixture helper, not a React hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
