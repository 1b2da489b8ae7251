import { readdirSync } from 'node:fs';

/**
 * The layers of src/ and which of them each may import (see docs/architecture.md):
 *
 *   lib ◄─ domain ◄─ engine, storage ◄─ store ◄─ features ◄─ app
 *                    components ◄───────────── features
 *
 * Enforced for static imports, re-exports and dynamic import(). Parent-relative imports
 * ('../x') are not allowed in src/: every import across folders names its layer ('@/layer/…'),
 * so the rules below see it. A feature imports no other feature, and only src/engine/ may load
 * an inference library, subpaths included.
 */
const LAYERS = ['lib', 'domain', 'engine', 'storage', 'store', 'components', 'features', 'app'];

const MAY_IMPORT = {
  lib: ['lib'],
  domain: ['domain', 'lib'],
  engine: ['engine', 'domain', 'lib'],
  storage: ['storage', 'domain', 'lib'],
  store: ['store', 'engine', 'storage', 'domain', 'lib'],
  components: ['components', 'domain', 'lib'],
  features: ['features', 'components', 'store', 'domain', 'lib'],
  app: LAYERS,
};

const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const INFERENCE = '^@(mlc-ai/web-llm|wllama/wllama)(/|$)';

/** One forbidden import: a regular expression over the specifier and why. */
function forbidden(layer, feature) {
  const rules = LAYERS.filter((other) => !MAY_IMPORT[layer].includes(other)).map((other) => ({
    regex: `^@/${other}(/|$)`,
    message: `src/${layer} may not import src/${other} (layers: docs/architecture.md).`,
  }));
  if (layer !== 'engine') {
    rules.push({ regex: INFERENCE, message: 'Only src/engine/ may import inference libraries.' });
  }
  if (feature) {
    rules.push({
      regex: `^@/features/(?!${feature}(/|$))`,
      message: 'A feature imports no other feature: move shared UI to components, logic to domain.',
    });
  }
  rules.push({
    regex: '^\\.\\./',
    message: "Import across folders by layer ('@/layer/…'), not with '../'.",
  });
  return rules;
}

function rulesFor(layer, feature) {
  const patterns = forbidden(layer, feature);
  return {
    'no-restricted-imports': [
      'error',
      { patterns: patterns.map(({ regex, message }) => ({ regex, message })) },
    ],
    'no-restricted-syntax': [
      'error',
      ...patterns.map(({ regex, message }) => ({
        selector: `ImportExpression > Literal[value=/${regex.replaceAll('/', '\\/')}/]`,
        message,
      })),
    ],
  };
}

export const layerRules = [
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['src/**', 'bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: INFERENCE, message: 'Only src/engine/ may import inference libraries.' },
          ],
        },
      ],
    },
  },
  ...LAYERS.filter((layer) => layer !== 'features').map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: rulesFor(layer),
  })),
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: rulesFor('features', feature),
  })),
];
