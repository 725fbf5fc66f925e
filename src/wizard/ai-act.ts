import type { UseCase } from '../domain';

/** An EU AI Act risk tier, as the answers name it. */
export type AiActTier = NonNullable<UseCase['aiActRisk']>;

export type AiActQuestionId = 'prohibited' | 'annex-iii' | 'annex-i' | 'transparency';

/** One yes/no question of the guided helper; a yes places the use case in `yesTier`. */
export interface AiActQuestion {
  id: AiActQuestionId;
  question: string;
  /** Plain examples, so that the question can be answered without reading the Act. */
  examples: string;
  yesTier: AiActTier;
  /** Where in Regulation (EU) 2024/1689 the tier comes from. */
  basis: string;
}

/**
 * The helper's questions, in the order they are asked: the strictest tier first, so the first yes decides.
 * @example AI_ACT_QUESTIONS[0]?.yesTier // 'prohibited'
 */
export const AI_ACT_QUESTIONS: readonly AiActQuestion[] = [
  {
    id: 'prohibited',
    question: 'Is it one of the prohibited practices?',
    examples:
      'Social scoring; manipulative or deceptive techniques, or exploiting people’s age, disability or situation, in ways that cause harm; ' +
      'untargeted scraping of facial images for face recognition databases; emotion recognition at work or school; ' +
      'inferring race, religion, politics or sexual orientation from biometrics; predicting crime from profiling alone; ' +
      'real-time remote biometric identification in public places for law enforcement.',
    yesTier: 'prohibited',
    basis: 'Article 5',
  },
  {
    id: 'annex-iii',
    question: 'Is it used in one of the high-risk areas?',
    examples:
      'Employment and HR (recruiting, promotion, dismissal, monitoring staff); credit scoring; life or health insurance pricing; ' +
      'education (admission, grading, proctoring); access to essential public services and benefits, emergency call triage; ' +
      'law enforcement; migration, asylum and border control; justice and elections; critical infrastructure; biometric identification.',
    yesTier: 'high',
    basis: 'Article 6 and Annex III',
  },
  {
    id: 'annex-i',
    question: 'Is it a safety component of a product covered by EU product safety law?',
    examples: 'Medical devices, machinery, lifts, toys, vehicles and other products that need a third-party conformity assessment.',
    yesTier: 'high',
    basis: 'Article 6 and Annex I',
  },
  {
    id: 'transparency',
    question: 'Does it talk with people, or make content they might take as human-made?',
    examples:
      'A chatbot or voice assistant; generated text published to inform the public; generated or altered images, audio or video (deepfakes).',
    yesTier: 'limited',
    basis: 'Article 50',
  },
];

/** What each tier means for the organisation, in one sentence. @example AI_ACT_TIER_MEANING.limited */
export const AI_ACT_TIER_MEANING: Record<AiActTier, string> = {
  prohibited: 'It may not be placed on the market or used in the EU at all, whatever model runs it.',
  high: 'As deployer you follow the provider’s instructions, assign trained human oversight, monitor it and keep its logs (Article 26); a narrow preparatory task may fall outside (Article 6(3)).',
  limited: 'People must be told they are dealing with an AI system, and generated content must be marked as such.',
  minimal: 'No specific duties under the Act; voluntary codes of conduct apply.',
};

/** The helper's answers so far: a question without an answer has not been answered yet. */
export type AiActAnswers = Partial<Record<AiActQuestionId, boolean>>;

/**
 * The tier the answers lead to: the first yes decides; every answer no means minimal; null while undecided.
 * @example aiActTier({ prohibited: false, 'annex-iii': true }) // 'high'
 */
export function aiActTier(answers: AiActAnswers): AiActTier | null {
  for (const q of AI_ACT_QUESTIONS) {
    const answer = answers[q.id];
    if (answer === undefined) return null;
    if (answer) return q.yesTier;
  }
  return 'minimal';
}

/**
 * The questions to show: every question up to and including the first unanswered one or the first yes.
 * @example questionsToAsk({}).map((q) => q.id) // ['prohibited']
 */
export function questionsToAsk(answers: AiActAnswers): AiActQuestion[] {
  const shown: AiActQuestion[] = [];
  for (const q of AI_ACT_QUESTIONS) {
    shown.push(q);
    const answer = answers[q.id];
    if (answer === undefined || answer) break;
  }
  return shown;
}
