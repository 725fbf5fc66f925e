import type { Choice, RecommendationV1, UseCaseResult } from '../domain';

/** What one rule did to one option before and after the edit: its points, or that it excluded, or nothing. */
export interface RuleEffectChange {
  ruleId: string;
  optionId: string;
  before: string | null;
  after: string | null;
}

/** One option's standing before and after: its score, or null when excluded or absent. */
export interface OptionChange {
  optionId: string;
  label: string;
  before: number | null;
  after: number | null;
}

export interface UseCaseDiff {
  id: string;
  name: string;
  before: Choice | null;
  after: Choice | null;
  /** Whether the recommended option is a different one. */
  pickChanged: boolean;
  options: OptionChange[];
  rules: RuleEffectChange[];
  obligationsAdded: string[];
  obligationsRemoved: string[];
  /** The use case's monthly cost under its recommendation (0 when nothing is left), before and after. */
  monthlyCost: { before: number; after: number };
}

export interface RecommendationDiff {
  changed: boolean;
  monthlyCost: { before: number; after: number };
  openWeightsShare: { before: number; after: number };
  obligationsAdded: string[];
  obligationsRemoved: string[];
  notesAdded: string[];
  notesRemoved: string[];
  useCases: UseCaseDiff[];
}

const EXCLUDES = 'excludes it';

function effects(u: UseCaseResult): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of u.reasons) {
    const what =
      r.effect === 'score' ? `${(r.points ?? 0) > 0 ? '+' : ''}${r.points ?? 0} points` : r.effect === 'exclude' ? EXCLUDES : r.effect;
    for (const o of r.optionIds) out.set(`${r.ruleId}\u0000${o}`, what);
  }
  return out;
}

function scores(u: UseCaseResult): Map<string, { label: string; score: number | null }> {
  const out = new Map<string, { label: string; score: number | null }>();
  for (const c of [u.recommended, ...u.alternatives]) if (c) out.set(c.optionId, { label: c.label, score: c.score });
  for (const e of u.excluded) if (!out.has(e.optionId)) out.set(e.optionId, { label: e.label, score: null });
  return out;
}

const added = (before: Iterable<string>, after: Iterable<string>) => {
  const b = new Set(before);
  return [...new Set(after)].filter((x) => !b.has(x));
};

function diffUseCase(b: UseCaseResult | undefined, a: UseCaseResult): UseCaseDiff {
  const beforeScores = b ? scores(b) : new Map<string, { label: string; score: number | null }>();
  const afterScores = scores(a);
  const options: OptionChange[] = [];
  for (const id of new Set([...beforeScores.keys(), ...afterScores.keys()])) {
    const x = beforeScores.get(id);
    const y = afterScores.get(id);
    const before = x?.score ?? null;
    const after = y?.score ?? null;
    if (before !== after) options.push({ optionId: id, label: y?.label ?? x?.label ?? id, before, after });
  }
  options.sort((p, q) => Math.abs((q.after ?? 0) - (q.before ?? 0)) - Math.abs((p.after ?? 0) - (p.before ?? 0)));
  const eb = b ? effects(b) : new Map<string, string>();
  const ea = effects(a);
  // Score rules are not reported on excluded options, so an option excluded on one side only would list every
  // score rule as changed: a consequence of the exclusion, which is reported instead.
  const excluded = new Set([...(b?.excluded ?? []), ...a.excluded].map((e) => e.optionId));
  const pickChanged = (b?.recommended?.optionId ?? null) !== (a.recommended?.optionId ?? null);
  const rules: RuleEffectChange[] = [];
  for (const key of new Set([...eb.keys(), ...ea.keys()])) {
    const before = eb.get(key) ?? null;
    const after = ea.get(key) ?? null;
    if (before === after) continue;
    const [ruleId = '', optionId = ''] = key.split('\u0000');
    if (excluded.has(optionId) && before !== EXCLUDES && after !== EXCLUDES) continue;
    // Obligations and notes follow the recommended option: a new pick brings its own, which the obligation lines
    // report; they are no change to the rules.
    if (pickChanged && [before, after].every((e) => e === null || e === 'obligation' || e === 'note')) continue;
    rules.push({ ruleId, optionId, before, after });
  }
  // Rules touching the options that were or are recommended come first, exclusions before points: they decided.
  const picks = new Set([b?.recommended?.optionId, a.recommended?.optionId]);
  const excludes = (r: RuleEffectChange) => Number(r.before === EXCLUDES || r.after === EXCLUDES);
  rules.sort(
    (p, q) =>
      Number(picks.has(q.optionId)) - Number(picks.has(p.optionId)) ||
      excludes(q) - excludes(p) ||
      p.ruleId.localeCompare(q.ruleId) ||
      p.optionId.localeCompare(q.optionId),
  );
  const ob = (b?.obligations ?? []).map((o) => o.id);
  const oa = a.obligations.map((o) => o.id);
  return {
    id: a.id,
    name: a.name,
    before: b?.recommended ?? null,
    after: a.recommended,
    pickChanged,
    options,
    rules,
    obligationsAdded: added(ob, oa),
    obligationsRemoved: added(oa, ob),
    monthlyCost: { before: b?.recommended?.monthlyCostUsd ?? 0, after: a.recommended?.monthlyCostUsd ?? 0 },
  };
}

/**
 * What an edited pack changes for the same answers: per use case the pick, every option whose score moved, and
 * which rule now does something different to which option; for the portfolio, cost, open-weights share,
 * obligations and notes.
 * @example diffRecommendations(recommend(current, answers), recommend(edited, answers)).changed // false for an unchanged pack
 */
export function diffRecommendations(before: RecommendationV1, after: RecommendationV1): RecommendationDiff {
  const useCases = after.useCases.map((a) =>
    diffUseCase(
      before.useCases.find((b) => b.id === a.id),
      a,
    ),
  );
  const po = (r: RecommendationV1) => r.portfolio.obligations.map((o) => o.id);
  const pn = (r: RecommendationV1) => r.portfolio.notes.map((n) => n.ruleId);
  const diff: RecommendationDiff = {
    changed: false,
    monthlyCost: { before: before.portfolio.monthlyCostUsd, after: after.portfolio.monthlyCostUsd },
    openWeightsShare: { before: before.portfolio.openWeightsTokenShare, after: after.portfolio.openWeightsTokenShare },
    obligationsAdded: added(po(before), po(after)),
    obligationsRemoved: added(po(after), po(before)),
    notesAdded: added(pn(before), pn(after)),
    notesRemoved: added(pn(after), pn(before)),
    useCases: useCases.filter(
      (u) =>
        u.pickChanged ||
        u.options.length > 0 ||
        u.rules.length > 0 ||
        u.obligationsAdded.length > 0 ||
        u.obligationsRemoved.length > 0 ||
        u.monthlyCost.before !== u.monthlyCost.after,
    ),
  };
  diff.changed =
    diff.useCases.length > 0 ||
    diff.monthlyCost.before !== diff.monthlyCost.after ||
    diff.openWeightsShare.before !== diff.openWeightsShare.after ||
    diff.obligationsAdded.length + diff.obligationsRemoved.length + diff.notesAdded.length + diff.notesRemoved.length > 0;
  return diff;
}
