import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { RuleSet } from '../engine';
import type { RuleTexts } from '../lib/rule-texts';
import { Studio } from '../studio/studio';
import { savedAnswers } from '../wizard/boot';
import { fetchRuleTexts } from './fetch-rules';
import { LoadError } from './load-error';

interface Props {
  storage: Storage | null;
  /** The pack adopted from the studio, when the wizard uses one. */
  adopted: { texts: RuleTexts; ruleSet: RuleSet } | null;
  /** The default pack, compiled (the wizard's, while no pack is adopted). */
  defaultRuleSet: RuleSet;
  draft: RuleTexts | null;
  onDraft: (texts: RuleTexts | null) => string | null;
  onAdopt: (texts: RuleTexts, ruleSet: RuleSet) => string | null;
  onReset: () => void;
}

/** The rules studio with the default pack's files (scenarios included) and the wizard's saved answers. Loaded on first use. */
export function StudioRoute({ storage, adopted, defaultRuleSet, draft, onDraft, onAdopt, onReset }: Props) {
  const texts = useQuery({
    queryKey: ['rule-texts', 'default'],
    queryFn: ({ signal }) => fetchRuleTexts(signal, { scenarios: true }),
    staleTime: Infinity,
  });
  const [answers] = useState(() => savedAnswers(storage));
  if (texts.isPending)
    return (
      <p role="status" className="notice">
        Loading the rule files…
      </p>
    );
  if (texts.isError) return <LoadError error={texts.error} onRetry={() => void texts.refetch()} />;
  const active = adopted ? { ...adopted, edited: true } : { texts: texts.data, ruleSet: defaultRuleSet, edited: false };
  return (
    <Studio
      defaultTexts={texts.data}
      active={active}
      answers={answers}
      draft={draft}
      onDraft={onDraft}
      onAdopt={onAdopt}
      onReset={onReset}
    />
  );
}
