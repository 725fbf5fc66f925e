// Lint is where the layering in DESIGN.md is enforced: app → features → engine → domain, never back.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const features = ['wizard', 'results', 'report', 'studio', 'scenarios'];

/** Packages that bring UI, state machines or data fetching: never in the pure core. */
const uiPackages = [
  { regex: '^(react|react-dom)(/.*)?$', message: 'The pure core must not depend on React.' },
  { regex: '^(xstate|@xstate/.*)$', message: 'The wizard machine lives in src/wizard, not in the pure core.' },
  { regex: '^@tanstack/', message: 'Data loading belongs to src/app and src/lib, not to the pure core.' },
  { regex: '^react-hook-form(/.*)?$', message: 'Forms belong to src/wizard.' },
];

/** The UI packages above, so the catch-all below does not report them a second time. */
const named = 'react(-dom|-hook-form)?(/|$)|xstate(/|$)|@xstate/|@tanstack/';

/**
 * Allow-lists for the pure core, written as "anything else is an error". Relative imports are left to
 * import-x/no-restricted-paths, which resolves them and knows which folder they land in.
 */
const domainImports = [...uiPackages, { regex: `^(?!\\.|zod(/|$)|${named})`, message: 'src/domain may import only zod and itself.' }];
const engineImports = [
  ...uiPackages,
  // The engine may name zod types (z.infer, z.ZodError) but must validate through src/domain.
  { regex: '^zod(/|$)', allowTypeImports: true, message: 'Validate through src/domain; the engine may only import zod types.' },
  {
    regex: `^(?!\\.|zod(/|$)|json-logic-engine(/|$)|@noble/hashes(/|$)|${named})`,
    message: 'src/engine may import only src/domain, itself, json-logic-engine and @noble/hashes.',
  },
];

const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });
const zones = [
  zone('./src/domain', './src', 'src/domain may import only zod and itself.', ['./domain']),
  zone('./src/engine', './src', 'src/engine may import only src/domain and itself.', ['./engine', './domain']),
  ...features.flatMap((feature) => [
    zone(
      `./src/${feature}`,
      features.filter((other) => other !== feature).map((other) => `./src/${other}`),
      'Features do not import each other; they meet in src/app.',
    ),
    zone(`./src/${feature}`, ['./src/app', './src/cli'], 'Dependencies point inward: features do not import src/app or src/cli.'),
  ]),
  zone('./src/lib', ['./src/app', './src/cli', ...features.map((f) => `./src/${f}`)], 'src/lib holds configured libraries only.'),
  zone('./src/cli', './src/app', 'The CLI must not depend on the browser composition root.'),
];

/**
 * no-restricted-paths only fires for imports that resolve to a file, so a feature folder that does not
 * exist yet would slip through; this string check catches the import by its spelling as well.
 */
const siblingFeatureImports = (feature) =>
  features
    .filter((other) => other !== feature)
    .map((other) => ({
      regex: `^(\\.\\./)+${other}(/|$)`,
      message: `src/${feature} must not import src/${other}: features do not import each other; they meet in src/app.`,
    }));

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'rules/schema/', 'test-results/', 'playwright-report/']),
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description', minimumDescriptionLength: 5 },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.jsx', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**'],
    rules: {
      // JSX renders text; raw HTML would bypass React's escaping and the CSP's intent.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never raw HTML: dangerouslySetInnerHTML is not allowed.',
        },
      ],
    },
  },
  {
    files: ['src/{app,lib,wizard,results,report,studio}/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^node:', message: 'Browser code must not import Node built-ins.' }] },
      ],
    },
  },
  ...features.map((feature) => ({
    files: [`src/${feature}/**/*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^node:', message: 'Browser code must not import Node built-ins.' }, ...siblingFeatureImports(feature)],
        },
      ],
    },
  })),
  {
    files: ['src/domain/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: domainImports }] },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: engineImports }] },
  },
  {
    files: ['src/domain/**/*.ts', 'src/engine/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'The engine is deterministic: pass the time in, do not read the clock.',
        },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'The engine is deterministic: no randomness.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'src/cli/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // Vitest types asymmetric matchers (expect.stringMatching, expect.any, ...) as `any`, so putting one in
      // an object literal trips this rule. Reading members of an `any` is still reported by the others.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
