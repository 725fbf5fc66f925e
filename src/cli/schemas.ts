import { z } from 'zod';
import { AnswersInput, CatalogFile, Manifest, PackFile, RecommendationV1, ScenarioFile, SourcesFile } from '../domain';

const SCHEMAS = {
  'answers.schema.json': AnswersInput,
  'catalog.schema.json': CatalogFile,
  'sources.schema.json': SourcesFile,
  'manifest.schema.json': Manifest,
  'pack.schema.json': PackFile,
  'scenario.schema.json': ScenarioFile,
  'recommendation.schema.json': RecommendationV1,
} as const;

/**
 * The JSON Schema files generated from the zod schemas (the single source of truth), as file name to text.
 * @example Object.keys(generateSchemas()) // ['answers.schema.json', ...]
 */
export function generateSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
    out[name] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return out;
}
