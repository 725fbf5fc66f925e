import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine';
import { pickFigures } from '../../src/results/pick-figures';
import { defaultRuleSet as rs } from '../helpers/rules';
import { scenarioAnswers } from './helpers';

/** The first self-hosted pick the engine makes for a scenario's answers. */
function selfHostedPick(file: string) {
  const pick = recommend(rs, scenarioAnswers(file))
    .useCases.map((u) => u.recommended)
    .find((c) => c?.deployment === 'self-hosted');
  if (!pick?.selfHosting) throw new Error(`no self-hosted pick in ${file}`);
  return pick;
}

describe('the figures behind a self-hosted pick', () => {
  it.each([
    ['owned GPUs: the purchase price', 'owned-gpus-batch-self-hosting.json', 'on-prem'],
    ['rented GPUs: the hourly price of the channel the cost model used', 'fine-tuning-favours-open-weights.json', 'gpu-cloud'],
  ] as const)('%s, the serving configuration the cost model sized, and the effort, each with its date', (_, file, channel) => {
    const pick = selfHostedPick(file);
    expect(pick.selfHosting?.gpuChannel).toBe(channel);
    const gpu = rs.catalog.gpuTypes.find((g) => g.id === pick.selfHosting?.gpuType)!;
    const option = rs.catalog.options.find((o) => o.id === pick.optionId)!;
    const config = option.selfHosting!.configs.find((k) => k.gpuType === gpu.id && k.quantisation === pick.selfHosting?.quantisation)!;
    const price = channel === 'on-prem' ? gpu.purchaseUsd : gpu.rentalUsdPerHour[channel];
    const figures = pickFigures(rs, pick);
    expect(figures.map((f) => [f.source, f.asOf])).toEqual([
      [price.source, price.asOf],
      [config.prefillTokensPerSecond.source, config.prefillTokensPerSecond.asOf],
      [config.decodeTokensPerSecond.source, config.decodeTokensPerSecond.asOf],
      [option.selfHosting!.opsHoursPerMonth.source, option.selfHosting!.opsHoursPerMonth.asOf],
    ]);
    expect(figures[0]?.item).toContain(gpu.label);
    expect(figures[1]?.value).toBe(`${config.prefillTokensPerSecond.value.toLocaleString('en-US')} tokens/s per replica`);
  });
});
