import { describe, expect, it, vi } from 'vitest';
import { recommend } from '../../src/engine';
import { PdfCodeUnavailable, WARM_WORKER_MS, makePdf } from '../../src/report/pdf-job';
import type { PdfReply } from '../../src/report/pdf-protocol';
import { defaultRuleSet } from '../helpers/rules';
import { basicAnswers, reportInput } from './fixtures';

/** A stand-in for the PDF worker: records what the page posts and whether it was ended, and answers as told. */
class FakeWorker {
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<PdfReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: unknown) {
    // What a real worker gets is a structured clone: this throws as postMessage would on a function.
    this.posted.push(structuredClone(message));
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: PdfReply) {
    this.onmessage?.({ data: reply } as MessageEvent<PdfReply>);
  }
  fail() {
    this.onerror?.({ preventDefault() {}, message: 'Failed to fetch a dynamically imported module' } as ErrorEvent);
  }
}

function started() {
  const worker = new FakeWorker();
  return { worker, start: () => worker as unknown as Worker };
}

const input = () => reportInput(basicAnswers);

describe('makePdf, the page side of the PDF worker', () => {
  it('sends the report input as data a worker can receive (the compiled rules cannot be copied), reports each step and resolves with the file', async () => {
    expect(() => structuredClone(defaultRuleSet)).toThrow();
    const { worker, start } = started();
    const stages: string[] = [];
    const made = makePdf(input(), { start, onStage: (s) => stages.push(s) });
    expect(worker.posted).toHaveLength(1);
    const sent = worker.posted[0] as ReturnType<typeof input>;
    expect(sent.recommendation).toEqual(recommend(defaultRuleSet, basicAnswers));
    expect(sent.ruleSet.rules.map((r) => r.rule)).toEqual(defaultRuleSet.rules.map((r) => r.rule));
    worker.reply({ type: 'stage', stage: 'code' });
    worker.reply({ type: 'stage', stage: 'layout' });
    const blob = new Blob(['%PDF-1.7']);
    worker.reply({ type: 'done', blob, fileName: 'report.pdf' });
    await expect(made).resolves.toEqual({ blob, fileName: 'report.pdf' });
    expect(stages).toEqual(['code', 'layout']);
    // Kept for the next report, which it makes without loading the code again.
    expect(worker.terminated).toBe(false);
    const next = makePdf(input(), { start });
    expect(worker.posted).toHaveLength(2);
    worker.reply({ type: 'done', blob, fileName: 'report.pdf' });
    await expect(next).resolves.toEqual({ blob, fileName: 'report.pdf' });
  });

  it('ends a kept worker after two idle minutes, and the next report starts a new one', async () => {
    vi.useFakeTimers();
    try {
      const first = new FakeWorker();
      const second = new FakeWorker();
      const workers = [first, second];
      const start = () => workers.shift() as unknown as Worker;
      const made = makePdf(input(), { start });
      first.reply({ type: 'done', blob: new Blob(['%PDF-1.7']), fileName: 'a.pdf' });
      await made;
      vi.advanceTimersByTime(WARM_WORKER_MS - 1);
      expect(first.terminated).toBe(false);
      vi.advanceTimersByTime(1);
      expect(first.terminated).toBe(true);
      void makePdf(input(), { start });
      expect(second.posted).toHaveLength(1);
      expect(first.posted).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ends the worker at once when cancelled, and rejects with the abort reason', async () => {
    const { worker, start } = started();
    const controller = new AbortController();
    const made = makePdf(input(), { start, signal: controller.signal });
    worker.reply({ type: 'stage', stage: 'layout' });
    controller.abort(new DOMException('The user cancelled the PDF', 'AbortError'));
    await expect(made).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
    // A cancelled signal starts nothing.
    const again = started();
    await expect(makePdf(input(), { start: again.start, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(again.worker.posted).toEqual([]);
  });

  it('says the PDF code could not be fetched when the worker or its code does not load, and passes other failures on', async () => {
    const a = started();
    const first = makePdf(input(), { start: a.start });
    a.worker.fail();
    await expect(first).rejects.toBeInstanceOf(PdfCodeUnavailable);
    await expect(first).rejects.toThrow('could not be fetched from the site; check the connection');

    const b = started();
    const second = makePdf(input(), { start: b.start });
    b.worker.reply({ type: 'failed', message: 'Failed to fetch dynamically imported module: /assets/render-pdf-x.js', codeMissing: true });
    await expect(second).rejects.toBeInstanceOf(PdfCodeUnavailable);

    const c = started();
    const third = makePdf(input(), { start: c.start });
    c.worker.reply({ type: 'failed', message: 'WebAssembly.instantiate() was blocked', codeMissing: false });
    await expect(third).rejects.toThrow('WebAssembly.instantiate() was blocked');
    expect([a, b, c].every((x) => x.worker.terminated)).toBe(true);
  });
});
