import type { CatalogFile, CatalogOption } from '../domain';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });

const deploymentLabel: Record<CatalogOption['deployment'], string> = {
  api: 'Proprietary API',
  managed: 'Managed inference',
  'self-hosted': 'Self-hosted',
};

/** What one option costs to run, in the unit the cost model uses for it. */
function costBasis(option: CatalogOption, catalog: CatalogFile): string {
  if (option.priceUsdPerMillion) {
    const { input, output } = option.priceUsdPerMillion;
    return `${usd.format(input.value)} in / ${usd.format(output.value)} out`;
  }
  if (option.selfHosting) {
    const { gpusPerReplica, gpuType } = option.selfHosting;
    const gpu = catalog.gpuTypes.find((g) => g.id === gpuType)?.label ?? gpuType;
    return `${gpusPerReplica.value} × ${gpu} per replica`;
  }
  return 'Not given';
}

/** The catalog's options as a table of text, one row per model and deployment. */
export function CatalogTable({ catalog }: { catalog: CatalogFile }) {
  const models = new Map(catalog.models.map((m) => [m.id, m]));
  return (
    // Focusable so keyboard users can scroll the table sideways on narrow screens.
    <div className="table-scroll" role="region" aria-label="Catalog options" tabIndex={0}>
      <table className="catalog">
        <caption>
          {catalog.options.length} options across {catalog.models.length} model families
        </caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Weights</th>
            <th scope="col">Deployment</th>
            <th scope="col">Provider</th>
            <th scope="col">Price per million tokens, or GPUs</th>
            <th scope="col">Regions</th>
          </tr>
        </thead>
        <tbody>
          {catalog.options.map((option) => {
            const model = models.get(option.modelId);
            return (
              <tr key={option.id}>
                <th scope="row">{model?.label ?? option.modelId}</th>
                <td>{model ? (model.weights === 'open' ? 'Open' : 'Closed') : 'Unknown'}</td>
                <td>{deploymentLabel[option.deployment]}</td>
                <td>{option.provider}</td>
                <td className="numeric">{costBasis(option, catalog)}</td>
                <td>{option.regions.value.map((r) => r.toUpperCase()).join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
