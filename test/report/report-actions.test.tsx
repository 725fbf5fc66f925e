// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportActions } from '../../src/app/report-actions';
import { recommend } from '../../src/engine';
import { BRANDING_KEY } from '../../src/report/branding';
import { defaultRuleSet } from '../helpers/rules';
import { basicAnswers } from './fixtures';

// The worker itself is tested in test/report/pdf-job.test.ts and, for real, in the browser tests.
const renderPdf = vi.hoisted(() => vi.fn());
vi.mock('../../src/report/pdf-job', () => ({ makePdf: renderPdf }));

const PNG_BYTES = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

let downloads: { name: string; blob: Blob }[];

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  renderPdf.mockReset();
});

function setup() {
  render(
    <ReportActions
      ruleSet={defaultRuleSet}
      answers={basicAnswers}
      recommendation={recommend(defaultRuleSet, basicAnswers)}
      storage={window.localStorage}
    />,
  );
  return userEvent.setup();
}

describe('report downloads', () => {
  it('downloads the JSON recommendation and the Markdown, made in the browser', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download JSON (RecommendationV1)' }));
    await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
    expect(downloads.map((d) => d.name)).toEqual([
      expect.stringMatching(/^model-portfolio-acme-bank-\d{4}-\d{2}-\d{2}\.json$/),
      expect.stringMatching(/\.md$/),
    ]);
    expect(await downloads[0]!.blob.text()).toBe(`${JSON.stringify(recommend(defaultRuleSet, basicAnswers), null, 2)}\n`);
    expect(await downloads[1]!.blob.text()).toMatch(/^# AI model portfolio recommendation/);
  });

  it('shows each step while the PDF is prepared, then downloads it with the branding', async () => {
    let finish: (v: { blob: Blob; fileName: string }) => void = () => {};
    let onStage: (stage: string) => void = () => {};
    renderPdf.mockImplementation((_input: unknown, options: { onStage: (stage: string) => void }) => {
      onStage = options.onStage;
      return new Promise((resolve) => (finish = resolve));
    });
    const user = setup();
    await user.type(screen.getByLabelText('Prepared by'), 'Ada');
    await user.click(screen.getByRole('button', { name: 'Download PDF report' }));
    const progress = await screen.findByRole('progressbar', { name: /Preparing the PDF, step 1 of 2: loading the PDF maker/ });
    expect(screen.getByRole('button', { name: 'Download PDF report' }).getAttribute('aria-disabled')).toBe('true');
    expect(renderPdf).toHaveBeenCalledWith(
      expect.objectContaining({ answers: basicAnswers, branding: expect.objectContaining({ preparedBy: 'Ada' }) }),
      expect.anything(),
    );
    act(() => onStage('layout'));
    expect(progress.getAttribute('aria-valuenow') ?? (progress as HTMLProgressElement).value.toString()).toBe('1.5');
    const n = basicAnswers.useCases.length;
    expect(screen.getByText(`Preparing the PDF, step 2 of 2: laying out the report for ${n} use case${n === 1 ? '' : 's'}…`)).toBeTruthy();
    finish({ blob: new Blob(['%PDF-1.3']), fileName: 'model-portfolio-acme-bank-2026-03-04.pdf' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/The PDF is ready/));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(downloads.map((d) => d.name)).toEqual(['model-portfolio-acme-bank-2026-03-04.pdf']);
  });

  it('cancels the PDF: the job is stopped, nothing downloads, and the answers stay', async () => {
    let signal: AbortSignal | undefined;
    renderPdf.mockImplementation((_input: unknown, options: { signal: AbortSignal }) => {
      signal = options.signal;
      return new Promise((_resolve, reject) =>
        options.signal.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError'))),
      );
    });
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download PDF report' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel the PDF' }));
    expect(signal?.aborted).toBe(true);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The PDF was cancelled. Your answers are kept.'));
    expect(screen.queryByRole('button', { name: 'Cancel the PDF' })).toBeNull();
    expect(downloads).toEqual([]);
    // A new attempt starts a new job.
    renderPdf.mockResolvedValue({ blob: new Blob(['%PDF-1.3']), fileName: 'again.pdf' });
    await user.click(screen.getByRole('button', { name: 'Download PDF report' }));
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual(['again.pdf']));
  });

  it('says what failed and how to go on when the PDF cannot be made; the answers stay', async () => {
    renderPdf.mockRejectedValue(new Error('WebAssembly.instantiate() was blocked'));
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download PDF report' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not be made: WebAssembly\.instantiate\(\) was blocked/);
    expect(alert.textContent).toMatch(/Your answers are kept.*Markdown or JSON/);
    expect(screen.getByRole('button', { name: 'Download PDF report' })).toBeTruthy();
  });
});

describe('branding form', () => {
  it('labels every field and keeps the branding in this browser', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Prepared by'), 'Ada Lovelace');
    await user.type(screen.getByLabelText('Firm'), 'Lovelace & Partners');
    expect(screen.getByLabelText('Logo')).toHaveProperty('type', 'file');
    expect(screen.getByLabelText('Accent colour')).toHaveProperty('type', 'color');
    expect(JSON.parse(window.localStorage.getItem(BRANDING_KEY) ?? '{}')).toMatchObject({
      preparedBy: 'Ada Lovelace',
      firm: 'Lovelace & Partners',
    });
  });

  it('rejects a logo that is not PNG or JPEG, or too large, with the error next to the field', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(
      <ReportActions
        ruleSet={defaultRuleSet}
        answers={basicAnswers}
        recommendation={recommend(defaultRuleSet, basicAnswers)}
        storage={window.localStorage}
      />,
    );
    const input = screen.getByLabelText('Logo');
    await user.upload(input, new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[1]!);
    expect(error?.textContent).toMatch(/must be a PNG or JPEG image; this file is image\/gif/);
    await user.upload(input, new File([new Uint8Array(600 * 1024)], 'big.png', { type: 'image/png' }));
    expect(screen.getByText(/at most 500 KB; this file is 600 KB/)).toBeTruthy();
  });

  it('shows a PNG logo and saves it as a data URL', async () => {
    const user = setup();
    await user.upload(screen.getByLabelText('Logo'), new File([PNG_BYTES], 'logo.png', { type: 'image/png' }));
    expect(await screen.findByAltText(/Your logo/)).toBeTruthy();
    expect((JSON.parse(window.localStorage.getItem(BRANDING_KEY) ?? '{}') as { logo?: string }).logo).toMatch(
      /^data:image\/png;base64,iVBORw0KGgo/,
    );
  });

  it('warns when the accent colour is too light for headings on white, and says what the report uses', () => {
    window.localStorage.setItem(BRANDING_KEY, JSON.stringify({ preparedBy: '', firm: '', logo: null, accent: '#ffee00' }));
    setup();
    const input = screen.getByLabelText('Accent colour');
    const warning = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[1]!);
    expect(warning?.textContent).toMatch(/too light for headings on white .*The report uses a darker shade of it, #[0-9a-f]{6}, instead/);
  });

  it('ignores unreadable saved branding and says so', () => {
    window.localStorage.setItem(BRANDING_KEY, '{"preparedBy": 42}');
    setup();
    expect(screen.getByText(/saved report branding could not be read/)).toBeTruthy();
    expect(screen.getByLabelText('Prepared by')).toHaveProperty('value', '');
  });
});
