import { OBLIGATION_TOPIC_LABELS, ObligationTopic, type Obligation } from '../domain';
import { asOfDate } from './format';

const ROLES: Record<string, string> = {
  provider: 'the provider',
  deployer: 'the deployer',
  'provider-and-deployer': 'the provider and the deployer',
};

/**
 * Whole months from one date (YYYY-MM-DD, or YYYY-MM: the start of that month) to a later one.
 * @example monthsBetween('2025-10', '2026-12-07') // 14
 */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/**
 * When a duty applies and whom it falls on, in words; empty when the rule names neither. `today` (YYYY-MM-DD) makes
 * the date relative: "applies since" once past, "applies from …, in N months" before.
 * @example dutyWords({ role: 'deployer', appliesFrom: '2027-12-02', … }, '2026-12-06') // 'Falls on the deployer. Applies from 2 December 2027, in under 12 months.'
 */
export function dutyWords(o: Pick<Obligation, 'role' | 'appliesFrom' | 'phase'>, today?: string): string {
  return [o.role ? `Falls on ${ROLES[o.role] ?? o.role}.` : '', dateWords(o, today)].filter(Boolean).join(' ');
}

/**
 * When a duty applies, in words; empty when the rule sets no date. The checklist uses it under a role heading.
 * @example dateWords({ appliesFrom: '2025-02-02' }, '2026-12-06') // 'Applies since 2 February 2025.'
 */
export function dateWords(o: Pick<Obligation, 'appliesFrom' | 'phase'>, today?: string): string {
  const parts: string[] = [];
  if (o.appliesFrom) {
    if (!today) parts.push(`Applies from ${asOfDate(o.appliesFrom)}.`);
    else if (o.appliesFrom <= today) parts.push(`Applies since ${asOfDate(o.appliesFrom)}.`);
    else {
      const months = monthsBetween(today, o.appliesFrom);
      // Whole months and a few days read as the next whole month ahead: 2 December 2027 from 7 December 2026 is
      // "in under 12 months", not "in 11 months".
      const whole = o.appliesFrom.slice(8) === today.slice(8);
      const when =
        months < 1 ? 'within a month' : whole ? `in ${months} ${months === 1 ? 'month' : 'months'}` : `in under ${months + 1} months`;
      parts.push(
        `Applies from ${asOfDate(o.appliesFrom)}, ${when}${o.phase === 'before-go-live' ? '; a system already live by then must comply from that date' : ''}.`,
      );
    }
  }
  return parts.join(' ');
}

/** Today's date in the browser's time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The checklist's role headings, in the order they are shown; duties without a role come last, unheaded. */
const ROLE_HEADINGS: Record<string, string> = {
  provider: 'As provider',
  deployer: 'As deployer',
  'provider-and-deployer': 'As provider and as deployer',
};

/** One law's duties in the checklist, split by the role they fall on. */
export interface DutyGroup {
  /** The law, as the rule names it ("DORA"), or its topic's label when the rule names none. */
  law: string;
  roles: { role: string | null; heading: string | null; items: Obligation[] }[];
  count: number;
}

/** The law a duty is grouped under. @example lawOf({ topic: 'security', law: 'DORA' }) // 'DORA' */
export function lawOf(o: Pick<Obligation, 'topic' | 'law'>): string {
  return o.law ?? OBLIGATION_TOPIC_LABELS[o.topic];
}

/** When a duty is settled, first to last: a go/no-go decides whether the work may go ahead at all. */
const PHASE_ORDER: readonly (Obligation['phase'] | undefined)[] = ['go-no-go', 'before-go-live', 'ongoing', undefined];

/**
 * The obligations as a checklist: grouped by law (in topic order, then as the pack lists them), then by the role
 * they fall on (provider, deployer, both, then duties that name no role; a role with a go/no-go duty first). Within
 * a role, go/no-go duties come first, then those due before go-live, then ongoing ones, each as the pack lists them:
 * a prohibited practice is never listed under a transparency notice.
 * @example checklistGroups(rec.portfolio.obligations).map((g) => g.law) // ['GDPR', 'EU AI Act', 'DORA']
 */
export function checklistGroups(obligations: readonly Obligation[]): DutyGroup[] {
  const topicOrder = (o: Obligation) => ObligationTopic.options.indexOf(o.topic);
  const phaseOrder = (o: Obligation) => PHASE_ORDER.indexOf(o.phase);
  const sorted = obligations
    .map((o, i) => ({ o, i }))
    .sort((a, b) => topicOrder(a.o) - topicOrder(b.o) || phaseOrder(a.o) - phaseOrder(b.o) || a.i - b.i);
  const byLaw = new Map<string, Obligation[]>();
  for (const { o } of sorted) {
    const law = lawOf(o);
    byLaw.set(law, [...(byLaw.get(law) ?? []), o]);
  }
  const roleOrder = [...Object.keys(ROLE_HEADINGS), null];
  return [...byLaw].map(([law, items]) => {
    const known = (role: string | undefined) => (role && role in ROLE_HEADINGS ? role : null);
    // A role with a go/no-go duty comes first: whether the work may go ahead at all is settled before anything else.
    const decides = (r: { items: Obligation[] }) => (r.items.some((o) => o.phase === 'go-no-go') ? 0 : 1);
    const roles = roleOrder
      .map((role) => ({ role, heading: role ? (ROLE_HEADINGS[role] ?? null) : null, items: items.filter((o) => known(o.role) === role) }))
      .filter((r) => r.items.length > 0)
      .sort((a, b) => decides(a) - decides(b));
    // A role the words do not know is shown with the duty ("Falls on …"), not as a heading.
    return { law, roles, count: items.length };
  });
}

const PHASES: Record<NonNullable<Obligation['phase']>, string> = {
  'go-no-go': 'Go/no-go',
  'before-go-live': 'Before go-live',
  ongoing: 'Ongoing',
};

/** The checklist's mark for when a duty is done; empty when the rule does not say. */
export function phaseWords(o: Pick<Obligation, 'phase'>): string {
  return o.phase ? PHASES[o.phase] : '';
}

/** A checklist item's date and role in words: under a role heading the role is not repeated. */
export function itemWords(o: Pick<Obligation, 'role' | 'appliesFrom' | 'phase'>, headed: boolean, today?: string): string {
  return headed ? dateWords(o, today) : dutyWords(o, today);
}
