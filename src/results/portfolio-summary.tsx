import type { Answers, RecommendationV1 } from '../domain';
import { baselineLabel, useCasesWithoutApi } from '../lib/projection-words';
import type { RuleSetData } from '../engine';
import { asOfDate, percent, times, money } from './format';
import { PortfolioExclusions } from './excluded-list';
import { ObligationsList } from './obligations-list';
import { ProjectionSection } from './projection-section';
import { SourceList } from './source-list';

interface SummaryProps {
  rec: RecommendationV1;
  ruleSet: RuleSetData;
  /** Exclusions that hit every use case, listed here once. */
  sharedExclusions?: RecommendationV1['useCases'][number]['excluded'];
  /** The horizon and growth the projection was made with. */
  planning?: Answers['planning'];
}

/** Distinct providers of the recommended options, from the catalog. */
export function providersOf(rec: RecommendationV1, ruleSet: RuleSetData): string[] {
  const ids = rec.useCases.flatMap((u) => (u.recommended ? [u.recommended.optionId] : []));
  const providers = ruleSet.catalog.options.filter((o) => ids.includes(o.id)).map((o) => o.provider);
  return [...new Set(providers)].sort();
}

function Figure({ term, value, detail }: { term: string; value: string; detail?: string }) {
  return (
    <div className="figure">
      <dt>{term}</dt>
      <dd>
        <span className="figure-value">{value}</span>
        {detail ? <span className="figure-detail">{detail}</span> : null}
      </dd>
    </div>
  );
}

function SavingFigure({ cost, baseline }: { cost: number; baseline: number }) {
  if (baseline > cost) {
    const saving = baseline - cost;
    const factor = cost > 0 ? `. The baseline costs ${times(baseline / cost)} as much.` : '';
    return <Figure term="Saving against the baseline" value={money(saving)} detail={`a month; ${money(saving * 12)} a year${factor}`} />;
  }
  const extra = cost - baseline;
  return <Figure term="Saving against the baseline" value="None" detail={extra > 0 ? `${money(extra)} a month more` : 'Same cost'} />;
}

function Figures({ rec, ruleSet }: SummaryProps) {
  const p = rec.portfolio;
  const providers = providersOf(rec, ruleSet);
  return (
    <dl className="figures">
      <Figure term="Recommended portfolio" value={money(p.monthlyCostUsd)} detail={`a month; ${money(p.monthlyCostUsd * 12)} a year`} />
      <Figure
        term={
          useCasesWithoutApi(rec).length === 0
            ? 'All-proprietary baseline, same work'
            : `Baseline, same work: ${baselineLabel(rec).charAt(0).toLowerCase()}${baselineLabel(rec).slice(1)}`
        }
        value={money(p.allProprietaryMonthlyCostUsd)}
        detail={`a month; ${money(p.allProprietaryMonthlyCostUsd * 12)} a year`}
      />
      <SavingFigure cost={p.monthlyCostUsd} baseline={p.allProprietaryMonthlyCostUsd} />
      <Figure term="Tokens on open weights" value={percent(p.openWeightsTokenShare)} detail="of all tokens a month" />
      <Figure term="Providers" value={String(providers.length)} detail={providers.join('; ')} />
    </dl>
  );
}

/** The portfolio first: cost against the all-proprietary baseline, open-weights share, providers, obligations. */
export function PortfolioSummary({ rec, ruleSet, sharedExclusions = [], planning }: SummaryProps) {
  const unserved = rec.useCases.filter((u) => !u.recommended).length;
  return (
    <section aria-labelledby="summary-heading" className="results-summary">
      <h2 id="summary-heading">Portfolio</h2>
      {unserved > 0 ? (
        <p className="notice notice-warning">
          {unserved === 1 ? 'One use case has' : `${unserved} use cases have`} no option left: every option is excluded. See the use case
          below for the reasons.
        </p>
      ) : null}
      <Figures rec={rec} ruleSet={ruleSet} />
      {rec.portfolio.pricesAsOf ? (
        <p className="figure-note">
          Prices as of {asOfDate(rec.portfolio.pricesAsOf)}: the oldest price these costs rest on. Check current prices with the providers
          before you commit.
        </p>
      ) : null}
      <ProjectionSection rec={rec} planning={planning} />
      <ObligationsList rec={rec} ruleSet={ruleSet} />
      {rec.useCases[0] ? <PortfolioExclusions u={rec.useCases[0]} excluded={sharedExclusions} ruleSet={ruleSet} /> : null}
      {rec.portfolio.notes.length > 0 ? (
        <div className="portfolio-notes">
          <h3>Notes from the rules</h3>
          <ul>
            {rec.portfolio.notes.map((n) => (
              <li key={n.ruleId}>
                <p>{n.text}</p>
                <SourceList ids={n.sources} ruleSet={ruleSet} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
