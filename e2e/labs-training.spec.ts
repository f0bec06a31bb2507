import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchForProblems } from './site';

// One test at a time in one worker: each trains networks flat out on one core, and the long-task test
// measures the main thread, which a second training page would compete with.
test.describe.configure({ mode: 'default' });

const lab = (page: Page) => page.locator('training-lab');

async function open(page: Page, query = '') {
  await page.goto(`/labs/training/${query}`);
  await expect(lab(page)).toHaveAttribute('data-ready', 'true');
}

/** The training loss of each network, from the results table's data attributes. */
async function losses(page: Page): Promise<Record<string, number>> {
  const rows = await page
    .locator('table.results tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [(tr as HTMLElement).dataset.id!, Number((tr as HTMLElement).dataset.loss)] as const),
    );
  return Object.fromEntries(rows);
}

const epoch = async (page: Page) => Number(await lab(page).getAttribute('data-epoch'));

/** Cells of a heat-map (a GRID_SIZE² canvas, every cell painted) that differ from its first cell. */
const paintedCells = (page: Page, index: number) =>
  page
    .locator('.maps canvas.heat')
    .nth(index)
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] !== 255) return -1; // a cell left unpainted
        if (data[i] !== data[0] || data[i + 2] !== data[2]) count++;
      }
      return count;
    });

test('training lab: starts at epoch 0, and training lowers every network’s loss', async ({ page }) => {
  const problems = watchForProblems(page);
  await open(page, '?epochs=60');
  await expect(lab(page)).toHaveAttribute('data-state', 'paused');
  await expect(page.locator('.status')).toContainText('Press Play');
  const before = await losses(page);
  expect(Object.keys(before)).toEqual(['relu', 'leaky-relu', 'tanh', 'sigmoid']);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(lab(page)).toHaveAttribute('data-epoch', '60', { timeout: 30_000 });
  await expect(lab(page)).toHaveAttribute('data-state', 'done');
  await expect(page.getByRole('progressbar', { name: 'Training progress' })).toHaveAttribute('value', '60');
  await expect(page.locator('.status')).toContainText('Trained 4 networks for 60 epochs');
  const after = await losses(page);
  for (const id of Object.keys(before)) expect(after[id], id).toBeLessThan(before[id]!);
  for (let i = 0; i < 4; i++) expect(await paintedCells(page, i)).toBeGreaterThan(100); // both classes shown
  await expect(page.locator('table.dead tbody tr')).toHaveCount(1); // of the four, only ReLU can die
  expect(problems).toEqual([]);
});

test('training lab: play, pause, step and reset', async ({ page }) => {
  await open(page, '?epochs=5000&fns=tanh&width=8');
  const play = page.getByRole('button', { name: 'Play' });
  await play.click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => epoch(page)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(lab(page)).toHaveAttribute('data-state', 'paused');
  await expect(page.locator('.status')).toContainText('Paused at epoch');
  await page.waitForTimeout(200); // a report sent before the pause may still arrive
  const paused = await epoch(page);
  await page.waitForTimeout(500);
  expect(await epoch(page)).toBe(paused);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => epoch(page)).toBe(paused + 1);
  await page.getByRole('button', { name: 'Step' }).press('Enter'); // the keyboard works too
  await expect.poll(() => epoch(page)).toBe(paused + 2);
  await page.getByRole('button', { name: 'Reset' }).press('Space');
  await expect.poll(() => epoch(page)).toBe(0);
  await expect(page.getByRole('progressbar', { name: 'Training progress' })).toHaveAttribute('value', '0');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('training lab: at the last epoch, Play and Step are disabled until the run is longer', async ({ page }) => {
  await open(page, '?epochs=3&fns=relu');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step' }).click();
  await expect(lab(page)).toHaveAttribute('data-epoch', '3');
  await expect(lab(page)).toHaveAttribute('data-state', 'done');
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-disabled', 'true');
  // aria-disabled rather than disabled, so the focused button keeps its focus; pressing it does nothing.
  await page.getByRole('button', { name: 'Step' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  expect(await epoch(page)).toBe(3);
  await expect(page.getByRole('button', { name: 'Step' })).toBeFocused();
  const epochs = page.getByRole('spinbutton', { name: 'Epochs' });
  await epochs.fill('5');
  await epochs.press('Enter');
  await expect(page).toHaveURL(/epochs=5&/);
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-disabled', 'false');
  expect(await epoch(page)).toBe(3); // the longer run continues this one
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(lab(page)).toHaveAttribute('data-epoch', '5');
  await expect(lab(page)).toHaveAttribute('data-state', 'done');
});

test('training lab: controls change the run and write the URL; Back restores', async ({ page }) => {
  await open(page);
  await page.getByRole('radio', { name: 'Two moons' }).check();
  await expect(page).toHaveURL(/data=moons&/);
  await page.getByRole('checkbox', { name: 'GELU', exact: true }).check();
  await expect(page).toHaveURL(/fns=relu,leaky-relu,tanh,sigmoid,gelu&/);
  await expect(page.locator('.maps .map')).toHaveCount(5);
  await expect(page.locator('.legend li')).toHaveCount(5);
  await expect(page.locator('table.results tbody tr')).toHaveCount(5);
  const layers = page.getByRole('slider', { name: 'Hidden layers' });
  await layers.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/layers=3&/);
  await expect(page.locator('table.dead thead th')).toHaveCount(4); // activation + 3 layers
  await page.getByRole('combobox', { name: 'Learning rate' }).selectOption('0.1');
  await expect(page).toHaveURL(/lr=0.1&/);
  await page.getByRole('combobox', { name: 'Batch size' }).selectOption('full');
  await expect(page).toHaveURL(/batch=full&/);
  await page.getByRole('combobox', { name: 'Optimizer' }).selectOption('sgd');
  await expect(page).toHaveURL(/opt=sgd&/);
  await page.goBack();
  await expect(page).toHaveURL(/opt=adam&/);
  await expect(page.getByRole('combobox', { name: 'Optimizer' })).toHaveValue('adam');
  await expect(page.getByRole('combobox', { name: 'Batch size' })).toHaveValue('full');
  expect(await epoch(page)).toBe(0);
});

test('training lab: a slider change is not lost when Epochs changes while the slider rests', async ({ page }) => {
  await open(page, '?epochs=50');
  // Both within one task, so the slider's change is still waiting for it to rest when Epochs changes.
  await page.evaluate(() => {
    const set = (name: string, value: string, type: string) => {
      const input = document.querySelector<HTMLInputElement>(`training-lab input[name=${name}]`)!;
      input.value = value;
      input.dispatchEvent(new Event(type, { bubbles: true }));
    };
    set('layers', '3', 'input');
    set('epochs', '80', 'change');
  });
  await expect(page).toHaveURL(/layers=3&.*epochs=80&/);
  await expect(page.locator('table.dead thead th')).toHaveCount(4); // activation + 3 layers: the new network
  await expect(page.getByRole('progressbar', { name: 'Training progress' })).toHaveAttribute('max', '80');
});

test('training lab: a shared URL sets every control and reproduces the run exactly', async ({ page }) => {
  const query =
    '?data=xor&noise=0.2&fns=elu,relu6&layers=1&width=5&opt=momentum&lr=0.1&batch=8&epochs=25&init=auto&seed=42';
  await open(page, query);
  await expect(page.getByRole('radio', { name: 'XOR' })).toBeChecked();
  await expect(page.getByRole('slider', { name: 'Noise' })).toHaveValue('0.2');
  await expect(page.getByRole('checkbox', { name: 'ELU', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'ReLU6', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'ReLU', exact: true })).not.toBeChecked();
  await expect(page.getByRole('slider', { name: 'Hidden layers' })).toHaveValue('1');
  await expect(page.getByRole('slider', { name: 'Width' })).toHaveValue('5');
  await expect(page.getByRole('combobox', { name: 'Optimizer' })).toHaveValue('momentum');
  await expect(page.getByRole('combobox', { name: 'Learning rate' })).toHaveValue('0.1');
  await expect(page.getByRole('combobox', { name: 'Batch size' })).toHaveValue('8');
  await expect(page.getByRole('combobox', { name: 'Initialisation' })).toHaveValue('auto');
  await expect(page.getByRole('spinbutton', { name: 'Epochs' })).toHaveValue('25');
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('42');
  await expect(page.locator('.notices')).toBeHidden();
  const run = async () => {
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(lab(page)).toHaveAttribute('data-epoch', '25');
    await expect(lab(page)).toHaveAttribute('data-state', 'done');
    return page.locator('table.results tbody').evaluate((tbody) => tbody.innerHTML);
  };
  const first = await run();
  await page.goto(`/labs/training/${query}`);
  await expect(lab(page)).toHaveAttribute('data-ready', 'true');
  expect(await run()).toBe(first);
  expect(page.url()).toContain(query.slice(1));
});

test('training lab: bad URL input falls back to defaults with a visible notice', async ({ page }) => {
  const problems = watchForProblems(page);
  await open(page, '?data=galaxy&fns=relu,zzz&layers=99&lr=banana&noise=0.123&epochs=-4');
  const notices = page.locator('.notices');
  await expect(notices).toBeVisible();
  for (const text of ['galaxy', 'zzz', 'layers must be', 'banana', 'rounded to 0.12', 'epochs must be'])
    await expect(notices).toContainText(text);
  await expect(page.getByRole('radio', { name: 'Spiral' })).toBeChecked();
  await expect(page.getByRole('slider', { name: 'Hidden layers' })).toHaveValue('2');
  await expect(page.locator('table.results tbody tr')).toHaveCount(1);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => epoch(page)).toBe(1);
  // A typed value out of range is corrected the same way.
  const seed = page.getByRole('spinbutton', { name: 'Seed' });
  await seed.fill('-7');
  await seed.press('Enter');
  await expect(notices).toContainText('seed must be a whole number');
  await expect(seed).toHaveValue('1');
  expect(problems).toEqual([]);
});

test(
  'training lab: no main-thread task longer than 50 ms while six networks train',
  { tag: '@timing' },
  async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number[]; __gaps: number[] };
      w.__long = [];
      w.__gaps = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__long.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    await open(page, '?fns=relu,leaky-relu,tanh,sigmoid,gelu,elu&layers=3&width=16&epochs=5000');
    await page.locator('training-lab .plot').hover(); // loads Chart.js before the measurement
    await expect(lab(page)).toHaveAttribute('data-chart', 'ready');
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __gaps: number[] };
      w.__long = [];
      let last = performance.now();
      const frame = (now: number) => {
        w.__gaps.push(now - last);
        last = now;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(4000);
    await page.getByRole('button', { name: 'Pause' }).click();
    const { long, gaps } = await page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __gaps: number[] };
      return { long: w.__long, gaps: w.__gaps.slice(1) };
    });
    const trained = await epoch(page);
    const report = `training lab, 6 networks 2-16-16-16-1 for 4 s (${trained} epochs): ${long.length} long tasks (max ${Math.max(0, ...long).toFixed(0)} ms), longest frame ${Math.max(...gaps).toFixed(1)} ms over ${gaps.length} frames`;
    console.log(report);
    test.info().annotations.push({ type: 'performance', description: report });
    expect(trained).toBeGreaterThan(10);
    expect(long).toEqual([]);
  },
);

test('training lab: the phone layout is one column without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const [controls, results] = await Promise.all(
    ['form.controls', 'div.results'].map((s) => page.locator(`training-lab ${s}`).boundingBox()),
  );
  expect(results!.y).toBeGreaterThan(controls!.y + controls!.height - 1);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`training lab: no WCAG 2.1 AA violations after training, with the chart (${scheme})`, async ({ page }) => {
    const problems = watchForProblems(page);
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '?epochs=20&fns=relu,tanh');
    await page.locator('training-lab .plot').hover();
    await expect(lab(page)).toHaveAttribute('data-chart', 'ready');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(lab(page)).toHaveAttribute('data-epoch', '20');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

/** Two separable clusters as CSV text: class 0 around (−3, 5), class 1 around (4, −2), in file units. */
function clustersCsv(rows = 40): string {
  const lines = ['x1,x2,label'];
  for (let i = 0; i < rows; i++) {
    const c = i % 2;
    const jitter = ((i * 37) % 11) / 10;
    lines.push(c === 0 ? `${-3 + jitter},${5 - jitter},0` : `${4 - jitter},${-2 + jitter},1`);
  }
  return lines.join('\n');
}

test('training lab: a pasted CSV trains, and never enters the URL', async ({ page }) => {
  const problems = watchForProblems(page);
  await open(page, '?epochs=30&fns=relu&speed=max');
  const url = page.url();
  await page.getByText('Your own data').click();
  await page.getByRole('textbox', { name: 'CSV text' }).fill(clustersCsv(40));
  await page.getByRole('button', { name: 'Train on these points' }).click();
  await expect(page.locator('.csv-status')).toContainText('Training on your 40 points');
  await expect(page.getByRole('radio', { name: 'Spiral' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(lab(page)).toHaveAttribute('data-epoch', '30');
  await expect(lab(page)).toHaveAttribute('data-state', 'done');
  // 40 points: 28 for training, 12 for testing; two clusters far apart are learned perfectly.
  const accuracy = await page.locator('table.results tbody tr').first().getAttribute('data-test-accuracy');
  expect(Number(accuracy)).toBe(1);
  expect(page.url()).toBe(url);
  // Choosing a built-in dataset again leaves the reader's points.
  await page.getByRole('radio', { name: 'XOR' }).check();
  await expect(page.locator('.csv-status')).toHaveText('');
  expect(problems).toEqual([]);
});

test('training lab: bad CSV lines are named, and the lab keeps working', async ({ page }) => {
  await open(page, '?epochs=5&fns=tanh');
  const lines = clustersCsv(30).split('\n');
  lines[16] = '0.5,1.5'; // line 17 of the text (the header is line 1)
  lines[20] = '1,2,maybe';
  await page.getByText('Your own data').click();
  await page.getByRole('textbox', { name: 'CSV text' }).fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Train on these points' }).click();
  const errors = page.locator('.csv-errors li');
  await expect(errors).toHaveText([
    'line 17: expected 3 values (x₁, x₂, label), got 2.',
    'line 21: the label must be 0 or 1, not "maybe".',
  ]);
  await expect(page.getByRole('radio', { name: 'Spiral' })).toBeChecked();
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => epoch(page)).toBe(1);
});

test('training lab: export buttons download PyTorch, Keras, JAX and JSON files', async ({ page }) => {
  await open(page, '?epochs=5&nets=relu|tanh,gelu&speed=max');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(lab(page)).toHaveAttribute('data-state', 'done');
  await page.getByRole('combobox', { name: 'Network', exact: true }).selectOption({ label: 'GELU' });
  const expected = [
    ['PyTorch script', 'gelu-torch.py', 'F.gelu(h)'],
    ['Keras 3 script', 'gelu-keras.py', 'activations.gelu(x, approximate=False)'],
    ['JAX script', 'gelu-jax.py', 'jax.nn.gelu(h, approximate=False)'],
    ['JSON', 'gelu.json', '"format": "activation-lab-network/1"'],
  ] as const;
  for (const [button, file, text] of expected) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(file);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const content = readFileSync(path, 'utf8');
    expect(content).toContain(text);
    expect(content).toContain('epochs');
  }
  await expect(page.locator('.export-status')).toContainText('gelu.json');
});

test('training lab: per-layer networks round-trip through the URL and the layer selects', async ({ page }) => {
  await open(page, '?nets=relu|tanh,gelu&layers=3');
  await expect(page.locator('table.results tbody tr')).toHaveCount(2);
  await expect(page.locator('table.results tbody th').first()).toHaveText('ReLU → Tanh');
  const layer = (net: number, l: number) => page.getByRole('combobox', { name: `Network ${net}, hidden layer ${l}` });
  await expect(layer(1, 1)).toHaveValue('relu');
  await expect(layer(1, 3)).toHaveValue('tanh');
  await expect(layer(2, 2)).toHaveValue('gelu');
  await layer(2, 1).selectOption('tanh');
  await expect(page).toHaveURL(/nets=relu\|tanh,tanh\|gelu&layers=3&/);
  await expect(page.locator('table.results tbody th').nth(1)).toHaveText('Tanh → GELU');
  await page.reload();
  await expect(lab(page)).toHaveAttribute('data-ready', 'true');
  await expect(layer(2, 1)).toHaveValue('tanh');
  await page.goBack();
  await expect(page).toHaveURL(/nets=relu\|tanh,gelu&/);
  await expect(layer(2, 1)).toHaveValue('gelu');
  // A mixed network has no checkbox: its row removes it.
  await page.getByRole('button', { name: 'Remove network 1' }).click();
  await expect(page).toHaveURL(/fns=gelu&/);
  await expect(page.locator('table.results tbody tr')).toHaveCount(1);
  // Old links still work: fns= gives one activation throughout.
  await open(page, '?fns=elu,relu6&layers=2');
  await expect(layer(1, 2)).toHaveValue('elu');
});

test('training lab: a formula trains as its own network; a bad one gets an inline message', async ({ page }) => {
  const problems = watchForProblems(page);
  await open(page, '?fns=mish&epochs=10&speed=max');
  const field = page.getByRole('textbox', { name: 'f(x) =' });
  for (const bad of ['x*(', '<img src=x onerror=alert(1)>', 'foo(x)']) {
    await field.fill(bad);
    await field.press('Enter');
    await expect(page.locator('.formula-error')).toBeVisible();
    await expect(page.locator('table.results tbody tr')).toHaveCount(1);
  }
  await expect(page.locator('.formula-error')).toContainText('foo');
  await expect(page.locator('.formula-error img')).toHaveCount(0);
  await field.fill('x*tanh(softplus(x))');
  await field.press('Enter');
  await expect(page.locator('.formula-error')).toBeHidden();
  await expect(page).toHaveURL(/fns=mish,custom&.*custom=x\*tanh\(softplus\(x\)\)/);
  await expect(page.locator('table.results tbody tr')).toHaveCount(2);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(lab(page)).toHaveAttribute('data-state', 'done');
  // The formula is Mish: the two networks train alike, to rounding (Mish's own form rounds differently).
  const rows = page.locator('table.results tbody tr');
  const [mish, formula] = await Promise.all(
    [0, 1].map(async (i) => Number(await rows.nth(i).getAttribute('data-loss'))),
  );
  expect(Math.abs(formula! - mish!)).toBeLessThan(1e-9 * mish!);
  expect(problems).toEqual([]);
});

test('training lab: presets load their story; the default speed is watchable', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: 'ReLUs killed by a large learning rate' }).click();
  await expect(page).toHaveURL(/fns=relu,leaky-relu&.*opt=sgd&lr=1&/);
  await expect(lab(page)).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('combobox', { name: 'Learning rate' })).toHaveValue('1');
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('30');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(2000);
  // 30 epochs per second: about 60 by now, far from the 200 a flat-out run would have finished.
  const reached = await epoch(page);
  expect(reached).toBeGreaterThan(5);
  expect(reached).toBeLessThan(120);
  await page.getByRole('link', { name: 'ReLU, then tanh' }).click();
  await expect(page).toHaveURL(/nets=relu\|tanh,relu,tanh&/);
});

test('training lab: the loss axis labels are distinct and cover the curves', async ({ page }) => {
  await open(page);
  const labels = await page.locator('.plot svg .tick-labels text[x="4"]').allTextContents();
  expect(labels.length).toBeGreaterThanOrEqual(2);
  expect(new Set(labels).size).toBe(labels.length);
});
