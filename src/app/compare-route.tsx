import { useState } from 'react';
import type { Answers } from '../domain';
import { restoreDraft } from '../lib/storage';
import { CompareView } from '../scenarios/compare-view';
import type { CompareSession } from '../scenarios/session';
import { StoredDraft, hasAnswers, toAnswers } from '../wizard/draft';
import { ComparisonActions } from './comparison-actions';
import { engineClient, type PackRef } from './engine-client';

interface Props {
  storage: Storage | null;
  pack: PackRef | undefined;
  rulesFailed: boolean;
  onOpen: (scenario: { name: string; answers: Answers }) => void;
  session: CompareSession;
  onSession: (update: (s: CompareSession) => CompareSession) => void;
}

/** The wizard's answers as they are saved now: complete ones (to save as a scenario), and whether there are any. */
function currentAnswers(storage: Storage | null): { answers: Answers | null; hasAnswers: boolean } {
  const restored = restoreDraft(storage, StoredDraft);
  if (restored.status !== 'restored') return { answers: null, hasAnswers: false };
  return { answers: toAnswers(restored.draft), hasAnswers: hasAnswers(restored.draft) };
}

/** The compare view with the engine's worker and the wizard's saved answers. Loaded on first use. */
export function CompareRoute({ storage, pack, rulesFailed, onOpen, session, onSession }: Props) {
  const [current] = useState(() => currentAnswers(storage));
  const recommender = pack ? { key: pack.data.hash, recommend: (answers: Answers) => engineClient().recommend(pack, answers) } : undefined;
  return (
    <CompareView
      storage={storage}
      current={current}
      recommender={recommender}
      rulesFailed={rulesFailed}
      onOpen={onOpen}
      session={session}
      onSession={onSession}
      renderExports={(scenarios) => <ComparisonActions scenarios={scenarios} storage={storage} />}
    />
  );
}
