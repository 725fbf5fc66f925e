import { describe, expect, it } from 'vitest';
import {
  AI_ACT_QUESTIONS,
  AI_ACT_ROLE_MEANING,
  AI_ACT_ROLE_QUESTIONS,
  AI_ACT_TIER_MEANING,
  aiActRole,
  aiActTier,
  questionsToAsk,
  toAsk,
} from '../../src/wizard/ai-act';

describe('aiActTier', () => {
  it('is undecided until a question is answered', () => {
    expect(aiActTier({})).toBe(null);
    expect(aiActTier({ prohibited: false })).toBe(null);
  });

  it('places a prohibited practice first, whatever else is answered', () => {
    expect(aiActTier({ prohibited: true })).toBe('prohibited');
    expect(aiActTier({ prohibited: true, 'annex-iii': true, transparency: true })).toBe('prohibited');
  });

  it('places an Annex III area or an Annex I safety component as high risk', () => {
    expect(aiActTier({ prohibited: false, 'annex-iii': true })).toBe('high');
    expect(aiActTier({ prohibited: false, 'annex-iii': false, 'annex-i': true })).toBe('high');
  });

  it('places a chatbot or generated content under the transparency duty', () => {
    expect(aiActTier({ prohibited: false, 'annex-iii': false, 'annex-i': false, transparency: true })).toBe('limited');
  });

  it('is minimal when every answer is no', () => {
    expect(aiActTier({ prohibited: false, 'annex-iii': false, 'annex-i': false, transparency: false })).toBe('minimal');
  });

  it('ignores later answers once an earlier one is missing', () => {
    expect(aiActTier({ 'annex-iii': true, transparency: true })).toBe(null);
  });
});

describe('questionsToAsk', () => {
  const ids = (answers: Parameters<typeof questionsToAsk>[0]) => questionsToAsk(answers).map((q) => q.id);

  it('asks one question at a time, in order, strictest tier first', () => {
    expect(ids({})).toEqual(['prohibited']);
    expect(ids({ prohibited: false })).toEqual(['prohibited', 'annex-iii']);
    expect(ids({ prohibited: false, 'annex-iii': false, 'annex-i': false })).toEqual([
      'prohibited',
      'annex-iii',
      'annex-i',
      'transparency',
    ]);
  });

  it('stops at the first yes', () => {
    expect(ids({ prohibited: false, 'annex-iii': true, 'annex-i': false })).toEqual(['prohibited', 'annex-iii']);
  });
});

describe('AI_ACT_QUESTIONS', () => {
  it('has three or four questions, each with examples and its article', () => {
    expect(AI_ACT_QUESTIONS.length).toBeGreaterThanOrEqual(3);
    expect(AI_ACT_QUESTIONS.length).toBeLessThanOrEqual(4);
    for (const q of AI_ACT_QUESTIONS) {
      expect(q.question).toMatch(/\?$/);
      expect(q.examples.length).toBeGreaterThan(20);
      expect(q.basis).toMatch(/Article/);
    }
  });

  it('names the practices and areas the Act lists', () => {
    const text = AI_ACT_QUESTIONS.map((q) => q.examples).join(' ');
    for (const phrase of [
      'Social scoring',
      'emotion recognition',
      'facial images',
      'credit scoring',
      'Employment',
      'education',
      'law enforcement',
      'migration',
      'critical infrastructure',
      'chatbot',
      'deepfakes',
    ])
      expect(text.toLowerCase()).toContain(phrase.toLowerCase());
  });

  it('explains every tier', () => {
    expect(Object.keys(AI_ACT_TIER_MEANING).sort()).toEqual(['high', 'limited', 'minimal', 'prohibited']);
  });
});

describe('aiActRole', () => {
  it('is undecided until answered, provider on the first yes, deployer when both are no', () => {
    expect(aiActRole({})).toBe(null);
    expect(aiActRole({ builds: true })).toBe('provider');
    expect(aiActRole({ builds: false })).toBe(null);
    expect(aiActRole({ builds: false, 'rebrands-or-modifies': true })).toBe('provider');
    expect(aiActRole({ builds: false, 'rebrands-or-modifies': false })).toBe('deployer');
  });

  it('asks about building first, then about rebranding, modifying or a new high-risk purpose, each with its article', () => {
    expect(AI_ACT_ROLE_QUESTIONS.map((q) => q.basis)).toEqual(['Article 3(3)', 'Article 25(1)']);
    expect(toAsk(AI_ACT_ROLE_QUESTIONS, { builds: true }).map((q) => q.id)).toEqual(['builds']);
    expect(AI_ACT_ROLE_QUESTIONS[1]!.examples).toMatch(/fine-tuning/);
    expect(Object.keys(AI_ACT_ROLE_MEANING).sort()).toEqual(['deployer', 'provider']);
  });
});
