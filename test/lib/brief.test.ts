import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ObligationPhase, ObligationTopic, type Answers, type Obligation } from '../../src/domain';
import { decisionOf, recommend, runnerUpOf } from '../../src/engine';
import { CLOSE_CALL_POINTS, alsoClose } from '../../src/engine/decision';
import { qualityEstimated } from '../../src/engine/portfolio';
import { BRIEF_DUTIES, buildBrief, firstDuties, moreDutiesWords, noDutiesWords } from '../../src/lib/brief';
import { listWords } from '../../src/lib/decision-words';
import { lawOf } from '../../src/lib/obligation-words';
import { baselineLabel, useCasesWithoutApi } from '../../src/lib/projection-words';
import { money } from '../../src/lib/format';
import { answers, defaultRuleSet, useCase } from '../helpers/rules';
import { loadPortfolio } from '../helpers/scenarios';
import { basicAnswers, scenarioAnswers } from '../results/helpers';

const TODAY = '2026-12-07';

function briefOf(answers: Answers) {
  const rec = recommend(defaultRuleSet, answers);
  return { rec, brief: buildBrief(rec, answers, defaultRuleSet, TODAY) };
}

describe('buildBrief: the portfolio in a sentence', () => {
  it.each([
    // [answers, what the headline says about the baseline]
    ['basic answers (every pick an API)', basicAnswers(), /, every pick on a proprietary API\.$/],
    ['the startup (one use case)', loadPortfolio('startup-5-person-chatbot'), /runs 1 use case for about .+, on a proprietary API\.$/],
    [
      'owned GPUs (cheaper than an API)',
      scenarioAnswers('owned-gpus-batch-self-hosting.json'),
      /, \d+% less than running it on a proprietary API: \$[\d,]+ a month\.$/,
    ],
    [
      'a hospital self-hosting (dearer)',
      scenarioAnswers('hipaa-hospital-self-hosts-gpu-host.json'),
      /, \$[\d,]+ a month more than running it on a proprietary API: \$[\d,]+ a month\.$/,
    ],
    [
      'an air-gapped team (no API permitted)',
      loadPortfolio('defence-air-gapped'),
      /\. No proprietary API is permitted for any of them, so there is no all-proprietary alternative to compare with\.$/,
    ],
  ])('%s', (_, answers, says) => {
    const { rec, brief } = briefOf(answers);
    const p = rec.portfolio;
    expect(brief.headline).toMatch(says);
    expect(brief.headline).toContain(`about ${money(p.monthlyCostUsd)} a month (${money(p.monthlyCostUsd * 12)} a year)`);
  });

  it('says what the extra money buys when the portfolio costs more than the baseline, and nothing when it does not', () => {
    const dearer = briefOf(scenarioAnswers('hipaa-hospital-self-hosts-gpu-host.json'));
    expect(dearer.rec.portfolio.monthlyCostUsd).toBeGreaterThan(dearer.rec.portfolio.allProprietaryMonthlyCostUsd);
    expect(dearer.brief.extra).toMatch(/^The extra money buys \d+(\.\d)? points of control for .+ \(\$[\d,]+ a month more than .+\)/);
    expect(briefOf(basicAnswers()).brief.extra).toBeNull();
    expect(briefOf(scenarioAnswers('owned-gpus-batch-self-hosting.json')).brief.extra).toBeNull();
  });

  it('never calls the baseline "proprietary APIs" for a use case where none is permitted', () => {
    // Fine-tuning on the insurer's own data rules the APIs out for one of its two use cases.
    const { rec, brief } = briefOf(scenarioAnswers('fine-tuning-favours-open-weights.json'));
    const noApi = useCasesWithoutApi(rec);
    expect(noApi).toHaveLength(1);
    expect(rec.useCases.filter((u) => u.recommended)).toHaveLength(2);
    expect(brief.headline).toContain(
      `the baseline (proprietary APIs where one is permitted, the cheapest permitted option for ${noApi[0]!.name})`,
    );
    expect(brief.headline).not.toMatch(/running (them all|it) on proprietary APIs?/);
    // With none permitted anywhere there is no comparison, and no "extra money" sentence.
    const sovereign = briefOf(scenarioAnswers('eu-sovereign-public-body.json'));
    expect(sovereign.rec.portfolio.monthlyCostUsd).toBeGreaterThan(sovereign.rec.portfolio.allProprietaryMonthlyCostUsd);
    expect(sovereign.brief.headline).toMatch(/No proprietary API is permitted for it, so there is no all-proprietary alternative/);
    expect(sovereign.brief.extra).toBeNull();
  });

  it('names the use cases with no permissible option', () => {
    const { rec, brief } = briefOf(scenarioAnswers('ai-act-prohibited-practice.json'));
    const none = rec.useCases.filter((u) => !u.recommended);
    expect(none.length).toBeGreaterThan(0);
    expect(brief.headline).toMatch(new RegExp(`runs ${rec.useCases.length - none.length} of ${rec.useCases.length} use cases? `));
    expect(brief.headline).toMatch(/no permissible option: every option is excluded\.$/);
    for (const u of none) {
      const line = brief.picks.find((p) => p.useCaseId === u.id);
      expect(line).toMatchObject({ pick: null, equalChoice: null, margin: 'Every option is excluded' });
      expect(brief.nextSteps[0]).toContain(u.name);
    }
  });
});

describe('buildBrief: what the close calls could change', () => {
  it.each([
    [
      'coding-assistant-500-devs',
      /Taking the other option where a call is too close would make it between about \$[\d,]+ and \$[\d,]+ a month\.$/,
    ],
    ['us-hospital-hipaa', /Taking the other option where a call is too close would raise it to about \$[\d,]+ a month\.$/],
    ['eu-bank-credit-high-risk', /Taking the other option where a call is too close would lower it to about \$[\d,]+ a month\.$/],
    ['french-public-body', null],
    // Its equal choice leaves a shared self-hosted deployment, whose cost the others then carry.
    ['defence-air-gapped', /Taking the other option where a call is too close would raise it to about \$[\d,]+ a month\.$/],
  ])('%s', (name, says) => {
    const answers = loadPortfolio(name);
    const { rec, brief } = briefOf(answers);
    if (says) expect(brief.range).toMatch(says);
    else expect(brief.range).toBeNull();
    // The range is the portfolio's cost with each close call's runner-up taken instead of its pick, as the engine
    // works out the change (the deployments formed again).
    const changes = rec.useCases.flatMap((u) => (u.closeCall && u.recommended ? [u.equalChoiceMonthlyChangeUsd!] : []));
    const low = rec.portfolio.monthlyCostUsd + changes.filter((c) => c < 0).reduce((a, b) => a + b, 0);
    const high = rec.portfolio.monthlyCostUsd + changes.filter((c) => c > 0).reduce((a, b) => a + b, 0);
    if (low < rec.portfolio.monthlyCostUsd - 1) expect(brief.range).toContain(money(low));
    if (high > rec.portfolio.monthlyCostUsd + 1) expect(brief.range).toContain(money(high));
  });
});

describe('buildBrief: the pick per use case', () => {
  it('names every dimension that carries a lead: the air-gapped analysis leads on feasibility and cost, not on one', () => {
    const { brief } = briefOf(loadPortfolio('defence-air-gapped'));
    expect(brief.picks[0]!.margin).toBe('Leads by 4.83 points, on feasibility and cost; go/no-go first: Your accuracy requirement');
  });

  it("says 'at the same cost' above the close-call threshold too: the children's tutor chat on Haiku against Luna", () => {
    const { brief } = briefOf(loadPortfolio('childrens-maths-tutor'));
    expect(brief.picks[0]!.margin).toBe('Ahead of GPT-6 Luna on quality at the same cost (2.46 points); go/no-go first: EU AI Act');
  });

  it("marks the French body's picks as held by the Loi SREN go/no-go, since EU-owned providers alone may be required", () => {
    const { brief } = briefOf(loadPortfolio('french-public-body'));
    for (const p of brief.picks) expect(p.margin).toMatch(/; go\/no-go first: Loi SREN \(France\)$/);
  });

  it('calls a lead at the same cost and behind on nothing what it is: the newsroom summaries on Haiku against Luna', () => {
    const { brief } = briefOf(loadPortfolio('media-50b-summaries'));
    expect(brief.picks[0]!.margin).toBe('Ahead of GPT-6 Luna on quality at the same cost (1.98 points), behind on nothing');
  });

  it.each(['basic', 'eu-bank-credit-high-risk', 'defence-air-gapped', 'coding-assistant-500-devs', 'apac-multilingual-store'])(
    '%s: each line is the engine pick, its cost, and its margin in words',
    (name) => {
      const answers = name === 'basic' ? basicAnswers() : loadPortfolio(name);
      const { rec, brief } = briefOf(answers);
      expect(brief.picks.map((p) => p.name)).toEqual(rec.useCases.map((u) => u.name));
      rec.useCases.forEach((u, i) => {
        const line = brief.picks[i]!;
        expect(line.pick?.label).toBe(u.recommended?.label);
        expect(line.pick?.monthlyCostUsd).toBe(u.recommended?.monthlyCostUsd);
        const d = decisionOf(u, answers.priorities, defaultRuleSet);
        // A pick a go/no-go duty holds says so after its margin, naming the laws.
        const held = [...new Set(u.obligations.filter((o) => o.phase === 'go-no-go').map(lawOf))];
        const tail = held.length > 0 ? `; go/no-go first: ${listWords(held)}` : '';
        if (!d) expect(line.margin).toBe(`The only eligible model${tail}`);
        else if (d.closeCall) {
          expect(line.margin).toBe(`Too close to call: ${d.margin} ${d.margin === 1 ? 'point' : 'points'} apart${tail}`);
          expect(line.equalChoice).toEqual({
            label: runnerUpOf(u)!.label,
            monthlyCostUsd: runnerUpOf(u)!.monthlyCostUsd,
            portfolioChangeUsd: u.equalChoiceMonthlyChangeUsd,
            duties: (u.equalChoiceObligations ?? []).filter((o) => o.phase === 'go-no-go' || o.phase === 'before-go-live'),
            estimated: [u.recommended!, runnerUpOf(u)!].flatMap((c) =>
              qualityEstimated(
                defaultRuleSet,
                answers.useCases.find((x) => x.id === u.id)!,
                c.optionId,
              )
                ? [c.model]
                : [],
            ),
          });
        } else {
          // A lead under the close-call threshold is clear only because the pick is behind on nothing, which it says.
          const nowhereBehind = d.margin < CLOSE_CALL_POINTS && d.behind.every((x) => x.points <= 0);
          const r = runnerUpOf(u);
          // At the same cost, whatever the margin: the runner-up is named, and the lead is not bought with money.
          const sameCost = r && d.ahead.length > 0 && Math.abs(r.monthlyCostUsd - u.recommended!.monthlyCostUsd) < 1;
          expect(line.margin).toBe(
            sameCost
              ? `Ahead of ${r.model} on ${listWords(d.ahead.map((x) => x.dimension))} at the same cost (${d.margin} points)${nowhereBehind ? ', behind on nothing' : ''}${tail}`
              : `Leads by ${d.margin} points${d.ahead.length > 0 ? `, on ${listWords(d.ahead.map((x) => x.dimension))}` : ''}${nowhereBehind ? ', behind on nothing' : ''}${tail}`,
          );
          expect(line.equalChoice).toBeNull();
        }
      });
    },
  );
});

describe('buildBrief: next steps', () => {
  it('puts the duties first, then one trial per pair of equal choices, then a price check with the providers', () => {
    const answers = basicAnswers();
    const { rec, brief } = briefOf(answers);
    const close = rec.useCases.filter((u) => u.closeCall);
    expect(close.length).toBeGreaterThan(0);
    // The duties come before any trial: trials on real data are processing too.
    const beforeGoLive = rec.portfolio.obligations.filter((o) => o.phase === 'before-go-live').length;
    expect(brief.nextSteps[0]).toBe(
      `Give each of the ${beforeGoLive} duties marked “Before go-live” an owner and a date before the first use case goes live, trials on real data included.`,
    );
    const pairOf = (u: (typeof close)[number]) => [u.recommended!.label, runnerUpOf(u)!.label].sort().join(' and ');
    const trials = brief.nextSteps.filter((s) => s.startsWith('Try '));
    expect(trials).toHaveLength(new Set(close.map(pairOf)).size);
    for (const u of close) {
      const personal = ['personal', 'health'].includes(answers.useCases.find((x) => x.id === u.id)!.dataSensitivity);
      const trial = trials.find((t) =>
        t.startsWith(`Try ${pairOf(u)} side by side on ${personal ? 'a de-identified sample' : 'a sample'} of your own `),
      );
      expect(trial).toContain(u.name);
    }
    expect(brief.nextSteps.at(-1)).toMatch(
      /^Check current prices for .+, and ask about volume terms, before you commit: the oldest price these costs rest on is from \w+ 20\d\d\.( .+ first\.)?$/,
    );
  });

  it('asks to confirm first the figures a bought pick uses that were read only in a secondary source, naming each', () => {
    const { rec, brief } = briefOf(loadPortfolio('apac-multilingual-store'));
    const haiku = rec.useCases.filter((u) => u.recommended?.optionId === 'claude-haiku-5.5-api');
    expect(haiku.length).toBeGreaterThan(0);
    expect(brief.nextSteps.at(-1)).toMatch(
      /The cached-input price and batch discount of Claude Haiku 5\.5 \(Anthropic API\) were read only in another party's copy or note, not on the vendor's own page: confirm them first\.$/,
    );
    // A portfolio whose picks rest on vendors' own pages only is not asked to confirm anything.
    const { brief: other } = briefOf(loadPortfolio('us-hospital-hipaa'));
    expect(other.nextSteps.join(' ')).not.toMatch(/confirm (it|them) first/);
  });

  it('puts beside a go/no-go that asks for EU-owned providers what they alone would give, use case by use case', () => {
    const { rec, brief } = briefOf(loadPortfolio('french-public-body'));
    const r = rec.portfolio.reruns![0]!;
    const step = brief.nextSteps.find((s) => s.startsWith('With EU-owned providers only'))!;
    expect(step).toContain(`would cost about ${money(r.monthlyCostUsd)} a month (${money(rec.portfolio.monthlyCostUsd)} as recommended)`);
    for (const p of r.picks) expect(step).toContain(p.label!);
    expect(step).toMatch(/Answer “Only EU-owned providers may process the data” \(regulation\.euOwnedOnly\)/);
    // The EU-owned pick for the critical eligibility check is one the full recommendation rules out as too weak.
    const eligibility = r.picks.find((p) => p.useCaseId === 'housing-aid-eligibility')!;
    expect(eligibility.ruledOutBy).toEqual(['accuracy-critical-far-behind']);
    expect(step).toContain(`${eligibility.label!} for `);
    expect(step).toContain('(which this report rules out there: accuracy-critical-far-behind)');
    // Right after the go/no-go step it concerns.
    expect(brief.nextSteps.indexOf(step)).toBe(brief.nextSteps.findIndex((s) => s.startsWith('Settle the go/no-go')) + 1);
  });

  it('asks for the request size of a long-context use case that gives none, and only then', () => {
    const coding = loadPortfolio('coding-assistant-500-devs');
    const step = briefOf(coding).brief.nextSteps.find((s) => s.startsWith('Give the typical request size'))!;
    const unsized = coding.useCases.filter((u) => u.longContext && u.requestInputTokens === undefined);
    expect(unsized.length).toBeGreaterThan(0);
    for (const u of unsized) expect(step).toContain(u.name);
    expect(step).toContain(
      `requests of ${defaultRuleSet.catalog.assumptions.longContextRequestTokens.value.toLocaleString('en')} input tokens`,
    );
    // The freight agent states its size: nothing to ask.
    expect(briefOf(loadPortfolio('long-context-agent')).brief.nextSteps.join(' ')).not.toContain('Give the typical request size');
  });

  it('names the other models as close as the runner-up, which a CTO would want in the trial too', () => {
    const { rec, brief } = briefOf(loadPortfolio('us-hospital-hipaa'));
    const notes = brief.picks.find((p) => p.useCaseId === rec.useCases[0]!.id)!;
    expect(notes.margin).toMatch(/^Too close to call: 1\.71 points apart; Claude Haiku 5\.5 and GPT-6\.2 Sol are within 2 points too$/);
    // Each is under the threshold and better than the pick on something; the runner-up itself is not repeated.
    const u = rec.useCases[0]!;
    const named = alsoClose(u, loadPortfolio('us-hospital-hipaa').priorities, defaultRuleSet);
    expect(named.map((c) => c.choice.model)).toEqual(['Claude Haiku 5.5', 'GPT-6.2 Sol']);
    for (const { choice, margin } of named) {
      expect(margin).toBeLessThan(2);
      expect(choice.model).not.toBe(runnerUpOf(u)!.model);
      expect(
        (['quality', 'cost', 'control', 'feasibility'] as const).some((k) => choice.scoreBreakdown[k] > u.recommended!.scoreBreakdown[k]),
      ).toBe(true);
    }
    // A clear pick names none.
    const { brief: apac } = briefOf(loadPortfolio('apac-multilingual-store'));
    for (const p of apac.picks) expect(p.margin).not.toMatch(/within/);
  });

  it("says when a trial's two models are compared on estimated quality scores, and not when both are measured", () => {
    const bank = briefOf(loadPortfolio('eu-bank-credit-high-risk')).brief.nextSteps.find((s) => s.startsWith('Try '))!;
    expect(bank).toContain("GPT-6.2 Sol's quality score is the rule pack's estimate, not a measured index score");
    const hospital = briefOf(loadPortfolio('us-hospital-hipaa')).brief.nextSteps.find((s) => s.startsWith('Try '))!;
    expect(hospital).not.toContain('estimate');
  });

  it('asks to settle, before the equal choice sees real data, the duties it brings that the pick does not', () => {
    const { rec, brief } = briefOf(loadPortfolio('defence-air-gapped'));
    const translation = rec.useCases.find((u) => u.id === 'foreign-source-translation')!;
    expect(translation.closeCall).toBe(true);
    const runnerUp = runnerUpOf(translation)!;
    // Qwen3.5 comes from a company in China: the clearance of its origin is its duty, not the pick's.
    expect(translation.equalChoiceObligations?.map((o) => o.id)).toContain('licence-model-origin-clearance');
    expect(translation.obligations.map((o) => o.id)).not.toContain('licence-model-origin-clearance');
    const trial = brief.nextSteps.find((s) => s.startsWith('Try '))!;
    expect(trial).toContain(`Before ${runnerUp.label} sees real data, settle what it brings that the other does not: `);
    expect(trial).toContain("Clear the model's origin with your security authority");
    // An equal choice that brings no duty of its own adds nothing to its trial step.
    const { brief: coding } = briefOf(loadPortfolio('coding-assistant-500-devs'));
    for (const step of coding.nextSteps.filter((s) => s.startsWith('Try '))) expect(step).not.toContain('sees real data');
  });

  it('merges the trials of use cases with the same two equal choices, and says which costs less', () => {
    const { rec, brief } = briefOf(loadPortfolio('coding-assistant-500-devs'));
    expect(rec.useCases.every((u) => u.closeCall)).toBe(true);
    const trials = brief.nextSteps.filter((s) => s.startsWith('Try '));
    expect(trials).toHaveLength(1);
    for (const u of rec.useCases) expect(trials[0]).toContain(u.name);
    expect(trials[0]).toMatch(/ costs \$[\d,]+ a month less\.$/);
  });

  it("says a saving that comes from a shared deployment is the portfolio's: the defence team's translation on the gpt-oss-120b deployment that already runs", () => {
    const { rec, brief } = briefOf(loadPortfolio('defence-air-gapped'));
    const translation = rec.useCases[1]!;
    const trial = brief.nextSteps.find((s) => s.startsWith('Try '))!;
    // Qwen3.5 would need a deployment of its own ($19,000), while gpt-oss-120b's runs for the other two use cases anyway.
    expect(translation.equalChoiceMonthlyChangeUsd).toBeCloseTo(runnerUpOf(translation)!.monthlyCostUsd, 0);
    expect(trial).toContain(
      `With ${translation.recommended!.label} the portfolio costs ${money(translation.equalChoiceMonthlyChangeUsd!)} a month less: a self-hosted deployment the other use cases already run adds little`,
    );
  });

  it('leaves out the price check for a bill of a few dollars a month', () => {
    const { rec, brief } = briefOf(loadPortfolio('startup-5-person-chatbot'));
    expect(rec.portfolio.monthlyCostUsd).toBeLessThan(100);
    expect(brief.nextSteps.some((s) => s.startsWith('Check current prices'))).toBe(false);
  });

  it('asks a team with its own GPUs to check they are free, explains a low utilisation, and says when the cost depends on pooling', () => {
    const { rec, brief } = briefOf(loadPortfolio('defence-air-gapped'));
    const pick = rec.useCases[0]!.recommended!;
    expect(pick.selfHosting!.gpuChannel).toBe('on-prem');
    const gpu = defaultRuleSet.catalog.gpuTypes.find((g) => g.id === pick.selfHosting?.gpuType)!;
    const step = brief.nextSteps.find((s) => s.startsWith('Check that'));
    expect(step).toContain(`${pick.selfHosting!.gpus} × ${gpu.label} are free for ${pick.label} on your own hardware (all 3 use cases)`);
    expect(step).toMatch(
      /The work uses about \d+% of that capacity on average: the cost is a fixed one \(the \d+ replicas kept for resilience and the engineers who run them\)/,
    );
    expect(step).toMatch(/The cost holds only while all 3 stay on the one deployment\.$/);
    // Self-hosting has no provider to check prices with.
    expect(brief.nextSteps.some((s) => s.startsWith('Check current prices'))).toBe(false);
    // Rented GPUs are quoted for.
    const rented = briefOf(scenarioAnswers('hipaa-hospital-self-hosts-gpu-host.json')).brief.nextSteps;
    expect(rented.some((s) => /^Get quotes for \d+ × .+ to run /.test(s))).toBe(true);
  });

  it('says whether the self-hosted cost includes a 24/7 on-call rota, as the cost model charged it', () => {
    // None of the air-gapped team's work is customer-facing or critical: no rota in the cost, and what one would add.
    const { brief } = briefOf(loadPortfolio('defence-air-gapped'));
    const a = defaultRuleSet.catalog.assumptions;
    const rota = a.onCall.value.hoursPerMonth * a.engineerHourUsd.value;
    expect(brief.nextSteps.find((s) => s.startsWith('Check that'))).toContain(
      `The cost includes no 24/7 on-call rota (none of the work on it serves customers or critical decisions in real time); one would add about ${money(rota)} a month.`,
    );
    // The same team with its analysis marked critical: the deployment it shares now carries a rota, in its cost.
    const base = loadPortfolio('defence-air-gapped');
    const critical = { ...base, useCases: base.useCases.map((u, i) => (i === 0 ? { ...u, accuracy: 'critical' as const } : u)) };
    const { rec, brief: after } = briefOf(critical);
    expect(rec.useCases[0]!.recommended!.deployment).toBe('self-hosted');
    expect(after.nextSteps.find((s) => s.startsWith('Check that'))).toContain('and plan the 24/7 on-call cover the cost includes.');
  });
});

describe('firstDuties: what comes first', () => {
  const obligation = fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    topic: fc.constantFrom(...ObligationTopic.options),
    text: fc.string({ minLength: 1, maxLength: 8 }),
    ruleId: fc.constant('r'),
    sources: fc.constant([]),
    phase: fc.option(fc.constantFrom(...ObligationPhase.options), { nil: undefined }),
    appliesFrom: fc.option(fc.constantFrom('2024-08-01', '2025-02-02', '2026-08-02', '2027-08-02', '2027-12-02'), { nil: undefined }),
    law: fc.option(fc.constantFrom('DORA', 'GDPR'), { nil: undefined }),
  }) satisfies fc.Arbitrary<Obligation>;
  const inForce = (o: Pick<Obligation, 'appliesFrom'>) => !o.appliesFrom || o.appliesFrom <= TODAY;

  const legal = (o: Obligation) => o.law !== undefined || ['gdpr', 'hipaa', 'eu-ai-act'].includes(o.topic);

  it("lists at most three of a law's duties, never the pack's own advice, each law with a duty before go-live once before any law twice", () => {
    fc.assert(
      fc.property(fc.array(obligation, { maxLength: 12 }), (obligations) => {
        const first = firstDuties(obligations, TODAY);
        const duties = obligations.filter(legal);
        expect(first).toHaveLength(Math.min(BRIEF_DUTIES, duties.length));
        expect(first.every((d) => duties.some((o) => o.text === d.text && lawOf(o) === d.law))).toBe(true);
        // A law with a go/no-go duty, or one in force and not ongoing, leads with it: each such law is listed.
        const leads = new Set(duties.filter((o) => o.phase === 'go-no-go' || (inForce(o) && o.phase !== 'ongoing')).map(lawOf));
        expect(new Set(first.map((d) => d.law)).size).toBeGreaterThanOrEqual(Math.min(first.length, leads.size));
      }),
    );
  });

  it('does not let an ongoing duty of one law push out a duty due before go-live of another', () => {
    const duty = (text: string, o: Partial<Obligation>): Obligation => ({ id: text, topic: 'gdpr', text, ruleId: text, sources: [], ...o });
    const first = firstDuties(
      [
        duty('literacy', { topic: 'eu-ai-act', law: 'EU AI Act', phase: 'ongoing', appliesFrom: '2025-02-02' }),
        duty('dpia', { phase: 'before-go-live' }),
        duty('processor', { phase: 'before-go-live' }),
        duty('transfer', { phase: 'before-go-live' }),
      ],
      TODAY,
    );
    expect(first.map((d) => d.text)).toEqual(['dpia', 'processor', 'transfer']);
  });

  it("of one law's duties, lists the go/no-go ones first, then those in force before any that applies later", () => {
    fc.assert(
      fc.property(fc.array(obligation, { maxLength: 12 }), (generated) => {
        const obligations = generated.map((o) => ({ ...o, law: 'DORA' }));
        const first = firstDuties(obligations, TODAY);
        const gates = first.filter((d) => d.phase === 'go-no-go');
        expect(first.slice(0, gates.length)).toEqual(gates);
        expect(gates.length).toBe(Math.min(first.length, obligations.filter((o) => o.phase === 'go-no-go').length));
        const rest = first.slice(gates.length);
        const others = obligations.filter((o) => o.phase !== 'go-no-go');
        const listedInForce = rest.filter((d) => !d.when.startsWith('Applies from')).length;
        expect(listedInForce).toBe(Math.min(rest.length, others.filter(inForce).length));
      }),
    );
  });

  it('puts a duty due before go-live ahead of an ongoing one, and a later date after an earlier one', () => {
    const duty = (o: Partial<Obligation>): Obligation => ({
      id: o.text ?? '',
      topic: 'eu-ai-act',
      text: '',
      ruleId: 'r',
      sources: [],
      ...o,
    });
    const first = firstDuties(
      [
        duty({ text: 'ongoing', phase: 'ongoing' }),
        duty({ text: 'later', appliesFrom: '2027-12-02' }),
        duty({ text: 'sooner', appliesFrom: '2027-08-02' }),
        duty({ text: 'go-live', phase: 'before-go-live' }),
      ],
      TODAY,
    );
    expect(first.map((d) => d.text)).toEqual(['go-live', 'ongoing', 'sooner']);
    expect(first[0]).toMatchObject({ phase: 'before-go-live', phaseLabel: 'Before go-live', law: 'EU AI Act' });
  });

  it('names the first later-dated duty it leaves out', () => {
    const { brief } = briefOf(loadPortfolio('eu-bank-credit-high-risk'));
    expect(brief.dutyCount).toBeGreaterThan(BRIEF_DUTIES);
    expect(brief.nextDated).toEqual({ law: 'EU AI Act', from: expect.stringMatching(/^\d{1,2} \w+ 20\d\d$/) });
  });
});

describe('moreDutiesWords: the duties the brief leaves out', () => {
  it.each([
    { name: 'none listed, some advice (said by noDutiesWords instead)', firstDuties: 0, dutyCount: 2, nextDated: null, words: null },
    { name: 'all listed', firstDuties: 3, dutyCount: 3, nextDated: null, words: null },
    { name: 'some left', firstDuties: 3, dutyCount: 10, nextDated: null, words: '7 more in the obligations checklist' },
    {
      name: 'some left, one law later',
      firstDuties: 3,
      dutyCount: 4,
      nextDated: { law: 'EU AI Act', from: '2 December 2027' },
      words: '1 more in the obligations checklist, among them EU AI Act duties that apply from 2 December 2027',
    },
  ])('$name', ({ firstDuties, dutyCount, nextDated, words }) => {
    const duty = { law: 'GDPR', text: 'x', phase: null, phaseLabel: '', when: '' };
    const brief = { firstDuties: Array.from({ length: firstDuties }, () => duty), dutyCount, nextDated };
    expect(moreDutiesWords(brief)).toBe(words);
    expect(moreDutiesWords(brief, true)).toBe(words && words.replace('checklist', 'checklist below'));
  });

  it('the air-gapped team, whose critical analysis runs on a model far below the strongest, settles that first', () => {
    const answers = loadPortfolio('defence-air-gapped');
    const brief = buildBrief(recommend(defaultRuleSet, answers), answers, defaultRuleSet, '2026-12-07');
    expect(brief.firstDuties.map((d) => [d.law, d.phase])).toEqual([['Your accuracy requirement', 'go-no-go']]);
    expect(brief.nextSteps[0]).toMatch(/^Settle the go\/no-go condition \(Your accuracy requirement\) before anything else/);
  });

  it('the air-gapped team at standard accuracy, whose duties are all the pack’s advice, is told where they are once', () => {
    const answers = standardAccuracy(loadPortfolio('defence-air-gapped'));
    const brief = buildBrief(recommend(defaultRuleSet, answers), answers, defaultRuleSet, '2026-12-07');
    expect(brief.firstDuties).toEqual([]);
    expect(noDutiesWords(brief)).toMatch(/in the obligations checklist\.$/);
    expect(moreDutiesWords(brief)).toBeNull();
    // What is marked before go-live is the pack's advice, and the next step calls it that.
    expect(brief.nextSteps[0]).toMatch(/^Give the point of advice marked “Before go-live” an owner/);
  });
});

/** The answers with every use case at standard accuracy: no accuracy duty, whatever the model. */
function standardAccuracy(answers: Answers): Answers {
  return { ...answers, useCases: answers.useCases.map((u) => ({ ...u, accuracy: 'standard' as const })) };
}

describe('baselineLabel: the baseline figure named for what it is', () => {
  it.each([
    ['eu-bank-credit-high-risk', 'All on proprietary APIs'],
    ['defence-air-gapped', 'Cheapest permitted options (no API permitted)'],
  ])('%s: %s', (name, label) => {
    expect(baselineLabel(recommend(defaultRuleSet, loadPortfolio(name)))).toBe(label);
  });

  it('a portfolio where only some use cases may use an API', () => {
    const bank = recommend(defaultRuleSet, loadPortfolio('eu-bank-credit-high-risk'));
    const defence = recommend(defaultRuleSet, loadPortfolio('defence-air-gapped'));
    const mixed = { ...bank, useCases: [...bank.useCases, ...defence.useCases] };
    expect(baselineLabel(mixed)).toBe('Proprietary APIs where permitted');
  });
});

describe('assumptionsWords: changed planning figures, and whether the costs rest on them', () => {
  const changed = { engineerHourUsd: 250, gpuHourUsd: { 'h100-80gb': { 'gpu-cloud': 2.5 } } };
  it.each([
    [
      'eu-bank-credit-high-risk',
      'Changed for this scenario, though none of these costs rests on them: engineer hour $250 (catalog $100) and NVIDIA H100 80GB (SXM) from a GPU cloud $2.50 per GPU-hour (catalog $3.99); they can still change how the options compare.',
    ],
    [
      'defence-air-gapped',
      'These costs use planning figures changed for this scenario: engineer hour $250 (catalog $100). Also changed, though none of these costs rests on it: NVIDIA H100 80GB (SXM) from a GPU cloud $2.50 per GPU-hour (catalog $3.99); it can still change how the options compare.',
    ],
  ])('%s', (name, words) => {
    const answers = { ...loadPortfolio(name), assumptions: changed };
    expect(buildBrief(recommend(defaultRuleSet, answers), answers, defaultRuleSet, '2026-12-07').assumptions).toBe(words);
  });
});

describe('go/no-go duties', () => {
  it("counts one condition where the same duty carries each use case's own figures: two agents over OVHcloud's quota", () => {
    const agent = (id: string, monthlyTokens: number) =>
      useCase({ id, name: id, task: 'agent', audience: 'internal', dataSensitivity: 'internal', accuracy: 'standard', monthlyTokens });
    const a = answers({
      priorities: { cost: 4, quality: 3, control: 3 },
      team: { mlEngineers: 3, mlopsMaturity: 'advanced', gpuAccess: 'cloud' },
      useCases: [agent('A', 2.2e10), agent('B', 2.5e10)],
    });
    const rec = recommend(defaultRuleSet, a);
    // Two entries in the checklist, one per use case's figures, but one condition to settle.
    expect(rec.portfolio.obligations.filter((o) => o.ruleId === 'cost-rate-limit-confirm')).toHaveLength(2);
    expect(buildBrief(rec, a, defaultRuleSet, '2026-12-07').nextSteps[0]).toBe(
      'Settle the go/no-go condition (Provider capacity) before anything else: it decides whether the use cases may go ahead as planned.',
    );
  });

  it.each([
    ['french-public-body', 'Loi SREN (France)', 'the use cases'],
    ['childrens-maths-tutor', 'EU AI Act', 'Step-by-step maths tutor chat for pupils'],
    [
      'defence-air-gapped',
      'Your accuracy requirement',
      'Intelligence report summarisation and cross-referencing and Foreign-language open and closed source translation',
    ],
  ])('%s: the %s condition comes first, and the first next step is to settle it for %s', (name, law, which) => {
    const answers = loadPortfolio(name);
    const brief = buildBrief(recommend(defaultRuleSet, answers), answers, defaultRuleSet, '2026-12-07');
    expect(brief.firstDuties[0]).toMatchObject({ law, phase: 'go-no-go', phaseLabel: 'Go/no-go' });
    expect(brief.nextSteps[0]).toBe(
      `Settle the go/no-go condition (${law}) before anything else: it decides whether ${which} may go ahead as planned.`,
    );
  });
});
