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

/** One yes/no question of a guided helper: a yes decides `yes`. */
export interface GuidedQuestion<Id extends string, T> {
  id: Id;
  question: string;
  examples: string;
  yes: T;
  basis: string;
}

/**
 * What a chain of yes/no questions decides: the first yes decides; every answer no gives `allNo`; null while a
 * question before the first yes is unanswered.
 * @example decide([{ id: 'a', yes: 'x', … }], { a: false }, 'y') // 'y'
 */
export function decide<Id extends string, T>(
  questions: readonly GuidedQuestion<Id, T>[],
  answers: Partial<Record<Id, boolean>>,
  allNo: T,
): T | null {
  for (const q of questions) {
    const answer = answers[q.id];
    if (answer === undefined) return null;
    if (answer) return q.yes;
  }
  return allNo;
}

/** The questions to show: every question up to and including the first unanswered one or the first yes. */
export function toAsk<Id extends string, T>(
  questions: readonly GuidedQuestion<Id, T>[],
  answers: Partial<Record<Id, boolean>>,
): GuidedQuestion<Id, T>[] {
  const shown: GuidedQuestion<Id, T>[] = [];
  for (const q of questions) {
    shown.push(q);
    const answer = answers[q.id];
    if (answer === undefined || answer) break;
  }
  return shown;
}

const TIER_CHAIN = AI_ACT_QUESTIONS.map((q) => ({ ...q, yes: q.yesTier }));

/**
 * The tier the answers lead to: the first yes decides; every answer no means minimal; null while undecided.
 * @example aiActTier({ prohibited: false, 'annex-iii': true }) // 'high'
 */
export function aiActTier(answers: AiActAnswers): AiActTier | null {
  return decide(TIER_CHAIN, answers, 'minimal');
}

/**
 * The questions to show: every question up to and including the first unanswered one or the first yes.
 * @example questionsToAsk({}).map((q) => q.id) // ['prohibited']
 */
export function questionsToAsk(answers: AiActAnswers): AiActQuestion[] {
  const ids = new Set(toAsk(TIER_CHAIN, answers).map((q) => q.id));
  return AI_ACT_QUESTIONS.filter((q) => ids.has(q.id));
}

/** The organisation's role under the Act for one system, as the answers name it. */
export type AiActRole = NonNullable<UseCase['aiActRole']>;
export type AiActRoleQuestionId = 'builds' | 'rebrands-or-modifies';

/**
 * The role helper's questions (Art. 3(3), 3(4) and 25(1)): whoever develops a system, or has it developed, and puts
 * it into service under its own name is its provider; so is whoever puts its name on someone else's high-risk system,
 * substantially modifies one, or turns a system to a high-risk purpose. Everyone else who uses it is a deployer.
 */
export const AI_ACT_ROLE_QUESTIONS: readonly GuidedQuestion<AiActRoleQuestionId, AiActRole>[] = [
  {
    id: 'builds',
    question: 'Do you build this system, or have it built for you, and put it into use under your own name?',
    examples:
      'A chatbot or assessment tool your team builds on a model API counts, even when the model is someone else’s; buying a finished product from a vendor does not.',
    yes: 'provider',
    basis: 'Article 3(3)',
  },
  {
    id: 'rebrands-or-modifies',
    question:
      'Do you put your name on a system someone else built, change it substantially, or use it for a high-risk purpose its provider did not intend?',
    examples:
      'Reselling a vendor’s tool under your brand; fine-tuning or re-wiring it so that it behaves differently; using a general chatbot to screen job applicants or score credit.',
    yes: 'provider',
    basis: 'Article 25(1)',
  },
];

/** What each role means for the organisation, in one sentence. */
export const AI_ACT_ROLE_MEANING: Record<AiActRole, string> = {
  provider:
    'You carry the provider’s duties: for a high-risk system quality management, technical documentation, conformity assessment and registration (Articles 16-22, 43, 49); for any system the transparency duties of Article 50(1) and 50(2).',
  deployer:
    'You carry the deployer’s duties: for a high-risk system human oversight, monitoring and logs (Article 26); for published AI content the disclosure of Article 50(4).',
};

/**
 * The role the answers lead to: provider on the first yes, deployer when both are no, null while undecided.
 * @example aiActRole({ builds: true }) // 'provider'
 */
export function aiActRole(answers: Partial<Record<AiActRoleQuestionId, boolean>>): AiActRole | null {
  return decide(AI_ACT_ROLE_QUESTIONS, answers, 'deployer');
}
