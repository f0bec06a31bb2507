/**
 * <learn-xor>: the training button. The engine (src/lib/nn through src/lib/learn/xor.ts) is loaded only on the
 * first click, so it costs nothing before interaction. Training runs in requestAnimationFrame chunks of at
 * most ~12 ms, so the page stays responsive; the decision regions are redrawn after every chunk.
 */
import { fillTemplate } from '../../lib/learn/template';

interface ClientStrings {
  train: string;
  training: string;
  accuracy: string;
}

/** Budget of one chunk of training on the main thread, in milliseconds. */
const CHUNK_MS = 12;

class LearnXor extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('button.train');
    button?.addEventListener('click', () => void this.#run(button));
  }

  async #run(button: HTMLButtonElement) {
    const t = JSON.parse(this.dataset.strings ?? '{}') as ClientStrings;
    const names = JSON.parse(this.dataset.names ?? '[]') as string[];
    button.disabled = true;
    button.textContent = t.training;
    const { XOR_SETUP, xorAccuracy, xorData, xorRegions, xorTrainers } = await import('../../lib/learn/xor');
    const data = xorData();
    const trainers = xorTrainers(data);
    const canvases = [...this.querySelectorAll('canvas')];
    const results = [...this.querySelectorAll<HTMLElement>('.result')];
    const draw = () =>
      trainers.forEach((trainer, i) => {
        const canvas = canvases[i];
        if (canvas) paint(canvas, xorRegions(trainer, 40), data.x, data.y);
      });
    await new Promise<void>((done) => {
      const chunk = () => {
        const start = performance.now();
        while (trainers[0]!.epochs < XOR_SETUP.epochs && performance.now() - start < CHUNK_MS) {
          for (const trainer of trainers) trainer.epoch();
        }
        draw();
        if (trainers[0]!.epochs < XOR_SETUP.epochs) requestAnimationFrame(chunk);
        else done();
      };
      requestAnimationFrame(chunk);
    });
    trainers.forEach((trainer, i) => {
      const accuracy = `${Math.round(xorAccuracy(trainer, data) * 1000) / 10}%`;
      const result = results[i];
      if (result) result.textContent = fillTemplate(t.accuracy, { name: names[i] ?? '', accuracy });
    });
    for (const canvas of canvases) canvas.hidden = false;
    button.textContent = t.train;
    button.disabled = false;
  }
}

/** Decision regions (orange: class 0, blue: class 1, stronger where the network is surer) and the points. */
function paint(canvas: HTMLCanvasElement, probs: Float64Array, x: Float64Array, y: Uint8Array) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const size = canvas.width;
  const n = Math.round(Math.sqrt(probs.length));
  const cell = size / n;
  ctx.clearRect(0, 0, size, size);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const p = probs[r * n + c]!;
      ctx.fillStyle = p < 0.5 ? `rgba(194,65,12,${(0.5 - p) * 0.8})` : `rgba(31,86,196,${(p - 0.5) * 0.8})`;
      ctx.fillRect(c * cell, r * cell, cell + 0.5, cell + 0.5);
    }
  }
  const toPx = (v: number) => ((v + 1.2) / 2.4) * size;
  for (let k = 0; k < y.length; k++) {
    ctx.fillStyle = y[k] === 1 ? '#1f56c4' : '#c2410c';
    ctx.beginPath();
    ctx.arc(toPx(x[2 * k]!), toPx(-x[2 * k + 1]!), 2.6, 0, 2 * Math.PI);
    ctx.fill();
  }
  canvas.hidden = false;
}

customElements.define('learn-xor', LearnXor);
