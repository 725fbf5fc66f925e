// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../src/domain';
import { ResultsView } from '../../src/results/results-view';
import { recommend } from '../../src/engine';
import { defaultRuleSet } from '../helpers/rules';
import { basicAnswers, engineSays, useCaseNamed } from './helpers';

type Priorities = Answers['priorities'];

/** The app's wiring in small: the priorities go back into the answers, and the page renders from them. */
function Harness({ spy }: { spy: (p: Priorities) => void }) {
  const [answers, setAnswers] = useState(basicAnswers);
  return (
    <ResultsView
      ruleSet={defaultRuleSet}
      answers={answers}
      recommendation={recommend(defaultRuleSet, answers)}
      onPriorities={(priorities) => {
        spy(priorities);
        setAnswers((a) => ({ ...a, priorities }));
      }}
    />
  );
}

const pickOf = (name: string) => within(screen.getByRole('region', { name })).getByText(/: score /, { selector: 'p' }).textContent;

// Rendering every use case in jsdom takes a second or more; the role queries walk the whole page.
describe('Priority sliders on the results page', { timeout: 20_000 }, () => {
  it('shows three labelled 1-5 sliders set to the answers', () => {
    render(
      <ResultsView
        ruleSet={defaultRuleSet}
        answers={basicAnswers()}
        recommendation={recommend(defaultRuleSet, basicAnswers())}
        onPriorities={vi.fn()}
      />,
    );
    for (const label of ['Cost', 'Quality', 'Control']) {
      const slider = screen.getByLabelText<HTMLInputElement>(label, { selector: 'input' });
      expect([slider.getAttribute('type'), slider.getAttribute('min'), slider.getAttribute('max'), slider.value]).toEqual([
        'range',
        '1',
        '5',
        '3',
      ]);
      expect(slider.getAttribute('aria-valuetext')).toBe('3 of 5, matters');
    }
  });

  it('has no sliders when nobody listens for the priorities', () => {
    render(<ResultsView ruleSet={defaultRuleSet} answers={basicAnswers()} recommendation={recommend(defaultRuleSet, basicAnswers())} />);
    expect(screen.queryByRole('slider')).toBeNull();
  });

  it('calls onPriorities with the new weights and re-ranks from the engine, on the same page', () => {
    const spy = vi.fn<(p: Priorities) => void>();
    render(<Harness spy={spy} />);
    const name = 'Internal document analysis';
    const before = useCaseNamed(engineSays(), name).recommended;
    expect(pickOf(name)).toContain(before?.label);

    // Cost mattering little lets a stronger, dearer model take the internal work.
    fireEvent.change(screen.getByLabelText('Cost', { selector: 'input' }), { target: { value: '1' } });

    expect(spy).toHaveBeenCalledWith({ cost: 1, quality: 3, control: 3 });
    const after = useCaseNamed(engineSays({ ...basicAnswers(), priorities: { cost: 1, quality: 3, control: 3 } }), name).recommended;
    expect(after?.optionId).not.toBe(before?.optionId);
    expect(pickOf(name)).toContain(`${after?.label}: score ${after?.score} of 100`);
    expect(screen.getByLabelText<HTMLInputElement>('Cost', { selector: 'input' }).value).toBe('1');
    expect(screen.getByRole('status').textContent).toBe('Scores updated for cost 1, quality 3 and control 3.');
  });
});
