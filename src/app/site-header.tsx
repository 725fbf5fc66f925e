import { COMPARE_HASH } from '../scenarios/routes';
import { STUDIO_HASH, type View } from './use-route';

/**
 * The site's name and its three views. index.html carries a copy of it as rendered on the wizard, which the browser
 * paints before any script has run; test/app/site-header.test.tsx keeps the two the same.
 */
export function SiteHeader({ view, wizardHash }: { view: View; wizardHash: string }) {
  return (
    <header className="site-header">
      <p className="site-name">Model portfolio advisor</p>
      <nav aria-label="Views" className="site-nav">
        <a href={wizardHash} aria-current={view === 'wizard' ? 'page' : undefined}>
          Wizard
        </a>
        <a href={COMPARE_HASH} aria-current={view === 'compare' ? 'page' : undefined}>
          Compare scenarios
        </a>
        <a href={STUDIO_HASH} aria-current={view === 'studio' ? 'page' : undefined}>
          Rules studio
        </a>
      </nav>
    </header>
  );
}
