// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Source } from '../../src/domain';
import type { RuleSet } from '../../src/engine';
import { RuleBrowser } from '../../src/studio/rule-browser';
import { bigRuleFiles } from '../helpers/big-pack';
import { compileOrThrow, defaultRuleFiles, defaultRuleSet } from '../helpers/rules';

const total = defaultRuleSet.rules.length;
const count = () => screen.getByRole('status').textContent;
const shownRules = () => within(screen.getByRole('list', { name: 'Matching rules' })).getAllByRole('heading', { level: 3 });
const card = (id: string) => screen.getByRole('article', { name: id });

describe('RuleBrowser', { timeout: 60_000 }, () => {
  it('shows the first page of rules and the count, then more on request', async () => {
    const user = userEvent.setup();
    render(<RuleBrowser ruleSet={defaultRuleSet} />);
    expect(count()).toBe(`${total} of ${total} rules`);
    expect(shownRules()).toHaveLength(Math.min(total, 50));
    if (total > 50) {
      await user.click(screen.getByRole('button', { name: /^Show more/ }));
      expect(shownRules()).toHaveLength(Math.min(total, 100));
    }
  });

  it('narrows the list and the count by topic, by effect and by search', async () => {
    const user = userEvent.setup();
    render(<RuleBrowser ruleSet={defaultRuleSet} />);
    const hipaa = defaultRuleSet.rules.filter((r) => r.topic === 'regulation-hipaa');
    await user.selectOptions(screen.getByLabelText('Topic'), 'regulation-hipaa');
    expect(count()).toBe(`${hipaa.length} of ${total} rules`);
    expect(shownRules().map((h) => h.textContent)).toEqual(hipaa.map((r) => r.rule.id));

    await user.selectOptions(screen.getByLabelText('Effect'), 'Exclude');
    expect(count()).toBe(`1 of ${total} rules`);
    expect(shownRules().map((h) => h.textContent)).toEqual(['hipaa-no-baa-excluded']);

    await user.selectOptions(screen.getByLabelText('Topic'), 'All topics');
    await user.selectOptions(screen.getByLabelText('Effect'), 'All effects');
    await user.type(screen.getByRole('searchbox', { name: 'Search rules' }), 'licence-llama');
    expect(shownRules().map((h) => h.textContent)).toEqual(
      defaultRuleSet.rules.map((r) => r.rule.id).filter((id) => id.includes('licence-llama')),
    );
    expect(shownRules().length).toBeGreaterThan(1);

    await user.clear(screen.getByRole('searchbox', { name: 'Search rules' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search rules' }), 'nothing matches this');
    expect(count()).toBe(`0 of ${total} rules`);
    expect(screen.getByText(/No rule matches/)).toBeTruthy();
  });

  it('shows each rule in plain language, with the options it applies to, its sources and its JSON', async () => {
    const user = userEvent.setup();
    render(<RuleBrowser ruleSet={defaultRuleSet} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search rules' }), 'hipaa-no-baa');
    const rule = within(card('hipaa-no-baa-excluded'));
    expect(rule.getByText(/^Health data under HIPAA may go only to a channel a Business Associate Agreement covers/)).toBeTruthy();
    expect(
      rule.getByText("When HIPAA applies and the use case's data sensitivity is health and the option has no BAA: exclude"),
    ).toBeTruthy();
    expect(rule.getByText(`every option (${defaultRuleSet.options.length} of ${defaultRuleSet.options.length})`)).toBeTruthy();
    const sources = within(rule.getByRole('list', { name: 'Sources' }));
    expect(sources.getByText(/^U\.S\. Department of Health and Human Services/)).toBeTruthy();
    expect(sources.getByText(/as of 2013-01/)).toBeTruthy();
    const json = rule.getByText(/"id": "hipaa-no-baa-excluded"/, { selector: 'code' });
    expect(json.closest('pre')).toBeTruthy();
    expect(json.closest('details')?.querySelector('summary')?.textContent).toBe('JSON of hipaa-no-baa-excluded');
    expect(JSON.parse(json.textContent ?? '')).toEqual(defaultRuleSet.rules.find((r) => r.rule.id === 'hipaa-no-baa-excluded')?.rule);
  });

  it('calls onEdit with the rule whose Edit button was pressed, and shows no Edit button without it', async () => {
    const user = userEvent.setup();
    const onEdit = vi.fn();
    const { unmount } = render(<RuleBrowser ruleSet={defaultRuleSet} onEdit={onEdit} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search rules' }), 'hipaa');
    await user.click(screen.getByRole('button', { name: 'Edit hipaa-sign-baa' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(onEdit).toHaveBeenCalledWith(defaultRuleSet.rules.find((r) => r.rule.id === 'hipaa-sign-baa'));
    unmount();
    render(<RuleBrowser ruleSet={defaultRuleSet} />);
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
  });

  it('renders rule text and JSON as text, never as markup', async () => {
    const user = userEvent.setup();
    const files = defaultRuleFiles();
    const pack = files.packs['regulation-hipaa.json'] as { rules: { text: string }[] };
    const evil = '<script>window.hacked = true</script><b>bold</b>';
    if (pack.rules[0]) pack.rules[0].text = evil;
    const { container } = render(<RuleBrowser ruleSet={compileOrThrow(files)} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search rules' }), 'hipaa-no-baa');
    expect(within(card('hipaa-no-baa-excluded')).getByText(evil)).toBeTruthy();
    expect(within(card('hipaa-no-baa-excluded')).getByText(/"text": "<script>window.hacked = true<\/script>/)).toBeTruthy();
    expect(container.querySelector('script, b')).toBeNull();
  });

  it('links sources by their web address only, and names unknown sources by id', async () => {
    const user = userEvent.setup();
    const source = (id: string, url: string): Source => ({ id, publisher: 'Pub', title: `Title ${id}`, date: '2026-01', url });
    const sources = new Map<string, Source>([
      ['hipaa-privacy-rule', source('hipaa-privacy-rule', 'https://example.org/hipaa')],
      ['openai-baa', source('openai-baa', 'javascript:alert(1)')],
    ]);
    const ruleSet: RuleSet = { ...defaultRuleSet, sources };
    render(<RuleBrowser ruleSet={ruleSet} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search rules' }), 'hipaa-sign-baa');
    const list = within(within(card('hipaa-sign-baa')).getByRole('list', { name: 'Sources' }));
    const link = list.getByRole('link', { name: 'https://example.org/hipaa' });
    expect(link.getAttribute('href')).toBe('https://example.org/hipaa');
    expect(link.getAttribute('rel')).toContain('noreferrer');
    expect(list.queryByRole('link', { name: /javascript/ })).toBeNull();
    expect(list.getByText('javascript:alert(1)')).toBeTruthy();
    expect(list.getByText('anthropic-api-data-retention')).toBeTruthy();
    expect(list.getByText(/not in sources\.json/)).toBeTruthy();
  });

  it('stays a page long for a pack of 5,000 rules', async () => {
    const user = userEvent.setup();
    const big = compileOrThrow(bigRuleFiles(5000));
    render(<RuleBrowser ruleSet={big} />);
    expect(count()).toBe(`${big.rules.length} of ${big.rules.length} rules`);
    expect(screen.getAllByRole('article')).toHaveLength(50);
    expect(screen.getByRole('button', { name: `Show more (50 of ${big.rules.length - 50} more rules)` })).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: 'Search rules' }), 'hipaa-');
    expect(Number(count()?.split(' ')[0])).toBeGreaterThan(50);
    expect(screen.getAllByRole('article')).toHaveLength(50);
  });
});
