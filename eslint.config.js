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

// The layers, lowest first (STYLE.md): each may import only those before it. src/pdf sits
// beside them: reached only by dynamic import() (which no-restricted-imports does not see, so
// the static-import ban below is exactly "only by import()"), and itself importing only
// model, lib and i18n.
const LAYERS = ['model', 'lib', 'i18n', 'state', 'components', 'features', 'app'];
/** An import of src/<name> from anywhere below src: '../state/x', '../../components/Y'. */
const into = (names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;
const layerRule = (from, also = []) => {
  const allowed =
    from === 'pdf' ? ['model', 'lib', 'i18n', 'pdf'] : LAYERS.slice(0, LAYERS.indexOf(from) + 1);
  const above = [...LAYERS, 'pdf'].filter((l) => !allowed.includes(l));
  return [
    {
      regex: into(above),
      message:
        from === 'pdf'
          ? 'src/pdf imports only model, lib and i18n.'
          : `src/${from} may import only ${allowed.join(', ')}${above.includes('pdf') ? '; src/pdf only by dynamic import()' : ''}.`,
    },
    ...also,
  ];
};

/** react-i18next's useTranslation imports i18next, which the start page's first load goes without. */
const ownTranslationHook = [
  {
    name: 'react-i18next',
    importNames: ['useTranslation'],
    message:
      "Import useTranslation from src/i18n/use-translation (react-i18next's brings i18next onto the first load).",
  },
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
            ...layerRule('model'),
          ],
        },
      ],
      // No browser globals: randomness and time come in as arguments (src/lib/ids.ts makes ids).
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'self',
          'globalThis',
          'document',
          'navigator',
          'location',
          'history',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'crypto',
          'fetch',
          'XMLHttpRequest',
          'BroadcastChannel',
          'requestAnimationFrame',
          'alert',
          'confirm',
        ].map((name) => ({
          name,
          message: 'src/model is pure: pass it in from src/lib or src/state.',
        })),
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
          paths: ownTranslationHook,
          patterns: [
            {
              regex: '^\\.\\./[^./][^/]*/',
              message: 'Import shared code from components, state or model, not another feature.',
            },
            {
              group: ['**/features/**'],
              message: 'Import shared code from components, state or model, not another feature.',
            },
            ...layerRule('features'),
          ],
        },
      ],
    },
  },
  // The other layers: each imports only the ones before it.
  ...['lib', 'i18n', 'state', 'components', 'app', 'pdf'].map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: layer === 'i18n' ? [] : ownTranslationHook,
          patterns: layerRule(layer),
        },
      ],
    },
  })),
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
