import { expect, test, type Page } from '@playwright/test';
import { watchForProblems } from './site';

test.describe.configure({ timeout: 120_000 });

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A number as the site prints it ("0.871", "−2.61 × 10⁻¹⁰") read back. */
function readNumber(text: string): number {
  const [mantissa, power] = text.replaceAll('−', '-').split(' × 10');
  if (power === undefined) return Number(mantissa);
  const exponent = [...power].map((c) => (c === '⁻' ? '-' : String(SUPERSCRIPTS.indexOf(c)))).join('');
  return Number(`${mantissa}e${exponent}`);
}

/** The "first ÷ last" ratio of one function, as the summary table shows it. */
async function ratio(page: Page, id: string): Promise<number> {
  const text = await page.locator(`table.summary tr[data-id="${id}"] td`).nth(2).textContent();
  return readNumber(text!);
}

/** Wait for the run to finish; generous, as the worker shares a busy machine's cores with the browser. */
async function computed(page: Page) {
  const lab = page.locator('gradient-flow-lab');
  await expect(lab).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(lab).not.toHaveAttribute('data-busy', 'true', { timeout: 60_000 });
  await expect(page.locator('.status')).toContainText(/Computed|default run, computed when the site was built/);
}

test('shows sigmoid’s gradient vanishing while ReLU (He) and SELU (LeCun) hold', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/labs/gradient-flow/');
  await computed(page);
  expect(await ratio(page, 'sigmoid')).toBeLessThan(1e-6);
  const selu = await ratio(page, 'selu');
  expect(selu).toBeGreaterThan(0.1);
  expect(selu).toBeLessThan(10);
  expect(problems).toEqual([]);
});

test('controls recompute in the worker and write the URL; the chart takes over at the first interaction', async ({
  page,
}) => {
  await page.goto('/labs/gradient-flow/');
  await computed(page);
  await page.locator('.plot').hover();
  await expect(page.locator('gradient-flow-lab')).toHaveAttribute('data-chart', 'ready');
  const depth = page.getByRole('slider', { name: 'Depth' });
  await depth.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/depth=15/);
  await computed(page);
  await expect(page.locator('table.layers tbody tr')).toHaveCount(15);
  await page.getByRole('radio', { name: 'Dead units' }).check();
  await expect(page.locator('gradient-flow-lab')).toHaveAttribute('data-metric', 'dead');
  await expect(page).toHaveURL(/metric=dead/);
  await expect(page.locator('table.layers tbody tr').first()).toContainText('%');
  await page.getByRole('checkbox', { name: 'GELU', exact: true }).check();
  await computed(page);
  await expect(page.locator('table.summary tbody tr')).toHaveCount(5);
});

test('a shared URL reproduces the run, and bad values fall back with a notice', async ({ page }) => {
  await page.goto('/labs/gradient-flow/?fns=gelu,elu&depth=8&width=32&init=he&seed=5&metric=std');
  await computed(page);
  await expect(page.getByRole('checkbox', { name: 'GELU', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Sigmoid', exact: true })).not.toBeChecked();
  await expect(page.getByRole('slider', { name: 'Depth' })).toHaveValue('8');
  await expect(page.getByRole('radio', { name: 'He / Kaiming' })).toBeChecked();
  await expect(page.locator('table.summary tbody tr')).toHaveCount(2);
  await expect(page.locator('table.summary')).toContainText('GELU (he)');
  await expect(page.locator('.notices')).toBeHidden();

  await page.goto('/labs/gradient-flow/?fns=relu,zzz&depth=999&init=orthogonal');
  await computed(page);
  await expect(page.locator('.notices')).toContainText('zzz');
  await expect(page.locator('.notices')).toContainText('depth must be a whole number');
  await expect(page.getByRole('slider', { name: 'Depth' })).toHaveValue('20');
});

test('the same settings give the same numbers (seeded)', async ({ page }) => {
  await page.goto('/labs/gradient-flow/?fns=tanh&depth=10&width=16&seed=3');
  await computed(page);
  const first = await page.locator('table.summary').textContent();
  await page.reload();
  await computed(page);
  expect(await page.locator('table.summary').textContent()).toBe(first);
});

/** A readable tick label: a short decimal, 10ⁿ or m × 10ⁿ. */
const READABLE = /^(\d{1,5}(\.\d{1,2})?|([25] × )?10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})$/;

test('the log axis has distinct, readable tick labels, also at depth 64, and the x axis ends at the depth', async ({
  page,
}) => {
  for (const query of ['', '?depth=64&metric=signal', '?depth=64&fns=sigmoid,relu&init=xavier']) {
    await page.goto(`/labs/gradient-flow/${query}`);
    await computed(page);
    const yLabels = await page.locator('.plot svg text[text-anchor="end"]').allTextContents();
    expect(yLabels.length).toBeGreaterThanOrEqual(2);
    expect(new Set(yLabels).size).toBe(yLabels.length);
    for (const label of yLabels) expect(label).toMatch(READABLE);
    const xLabels = await page.locator('.plot svg .grid text[text-anchor="middle"]').allTextContents();
    expect(xLabels[0]).toBe('1');
    expect(xLabels.at(-1)).toBe(query.includes('depth=64') ? '64' : '20');
  }
});

test('Back and Forward re-read the URL and redraw', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/labs/gradient-flow/');
  await computed(page);
  await page.getByRole('checkbox', { name: 'GELU', exact: true }).check();
  await expect(page).toHaveURL(/gelu/);
  await computed(page);
  await expect(page.locator('table.summary tbody tr')).toHaveCount(5);
  await page.goBack();
  await expect(page).not.toHaveURL(/gelu/);
  await expect(page.getByRole('checkbox', { name: 'GELU', exact: true })).not.toBeChecked();
  await computed(page);
  await expect(page.locator('table.summary tbody tr')).toHaveCount(4);
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: 'GELU', exact: true })).toBeChecked();
  await computed(page);
  await expect(page.locator('table.summary tbody tr')).toHaveCount(5);
  expect(problems).toEqual([]);
});

test('shrinking the list while the worker computes: no error, and the page settles in about one run', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = watchForProblems(page);
  const fns = ['sigmoid', 'tanh', 'relu', 'selu', 'gelu', 'elu', 'swish', 'mish'];
  await page.goto(`/labs/gradient-flow/?fns=${fns.join(',')}&depth=64&width=128`);
  const started = Date.now();
  await computed(page);
  const oneRun = Date.now() - started;
  // Start a run of all eight again, then uncheck five boxes while it computes.
  await page.getByRole('radio', { name: 'He / Kaiming' }).check();
  await expect(page.locator('gradient-flow-lab')).toHaveAttribute('data-busy', 'true');
  const unchecked = Date.now();
  for (const name of ['Sigmoid', 'Tanh', 'ReLU', 'SELU', 'GELU'])
    await page.getByRole('checkbox', { name, exact: true }).uncheck();
  await computed(page);
  const settled = Date.now() - unchecked;
  await expect(page.locator('table.summary tbody tr')).toHaveCount(3);
  await expect(page.locator('table.summary')).toContainText('ELU (he)');
  // Without dropping stale work this took about five runs; now one function of the old run plus three new ones,
  // about half a run. Twice a run still tells the two apart when other work slows the machine down.
  expect(settled).toBeLessThan(2 * oneRun);
  expect(problems).toEqual([]);
});

test('a URL other than the defaults never shows the build-time picture under its legend', async ({ page }) => {
  // Hold the worker back, to look at the page before the first live result.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/worker.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/labs/gradient-flow/?depth=1&fns=relu,gelu');
  await expect(page.locator('gradient-flow-lab')).toHaveAttribute('data-pending', 'true');
  await expect(page.locator('.status')).toContainText('Computing');
  await expect(page.locator('.plot')).toBeHidden();
  await expect(page.locator('.legend')).toBeHidden();
  release();
  await computed(page);
  await expect(page.locator('.plot')).toBeVisible();
  await expect(page.locator('.legend li')).toHaveText(['ReLU', 'GELU']);
  await expect(page.locator('.caption')).toContainText('1 layer of 64 units');
  await expect(page.locator('.default-note')).toHaveCount(0);
});

test('binary step: zero gradients are said to be zero, never NaN or drawn at 1', async ({ page }) => {
  await page.goto('/labs/gradient-flow/?fns=binary-step,relu&depth=5');
  await computed(page);
  const row = page.locator('table.summary tr[data-id="binary-step"]');
  await expect(row.locator('td').nth(0)).toHaveText('0 (no gradient)');
  await expect(row.locator('td').nth(2)).toHaveText('—');
  await expect(page.locator('table.summary')).not.toContainText('NaN');
  await expect(page.locator('.ratio-note')).toBeVisible();
  await expect(page.locator('.zero-note')).toContainText('Binary step');
  await expect(page.locator('.plot svg text.zero')).toHaveCount(5);
  // The interactive chart: the zeros are markers on the bottom edge, none on the binary step's line.
  await page.locator('.plot').hover();
  await expect(page.locator('gradient-flow-lab')).toHaveAttribute('data-chart', 'ready');
  await expect(page.locator('table.layers')).not.toContainText('NaN');
});

test('a width off the slider’s steps is rounded, shown on the slider, and said so', async ({ page }) => {
  await page.goto('/labs/gradient-flow/?width=9');
  await computed(page);
  const width = page.getByRole('slider', { name: 'Width' });
  await expect(width).toHaveValue('8');
  await expect(page.locator('label.slider', { has: width }).locator('output')).toHaveText('8');
  await expect(page.locator('.notices')).toContainText('8 was used');
  await expect(page.locator('.caption')).toContainText('of 8 units');
});

test('explains its controls and puts "What to look for" before the results', async ({ page }) => {
  await page.goto('/labs/gradient-flow/');
  const lookFor = await page.getByRole('heading', { name: 'What to look for' }).boundingBox();
  const figure = await page.locator('.plot').boundingBox();
  expect(lookFor!.y).toBeLessThan(figure!.y);
  await expect(page.locator('.about')).toContainText('2/fan-in');
  await expect(page.locator('.about')).toContainText('1/fan-in');
  await expect(page.locator('.about a[href="/guides/vanishing-gradients/"]')).toHaveCount(1);
  await expect(page.locator('body')).not.toContainText('before you interact');
});

test('a setting changed while the lab is still loading is kept and computed', async ({ page }) => {
  // Hold the lab's script back, so the reader's click lands before it runs.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/lab\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/labs/gradient-flow/');
  await computed(page);
  await page.getByRole('checkbox', { name: 'GELU', exact: true }).check();
  release();
  await expect(page).toHaveURL(/gelu/);
  await computed(page);
  await expect(page.locator('table.summary tbody tr')).toHaveCount(5);
});

test('a typed formula is one more line: Mish typed out gives Mish’s numbers, and a bad one is named inline', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  // The same initialisation for both (under "auto" a formula gets Xavier, Mish gets He).
  await page.goto('/labs/gradient-flow/?custom=x*tanh(log(1%2Bexp(x)))&fns=mish&init=he');
  await computed(page);
  await expect(page.locator('table.summary tbody tr')).toHaveCount(2);
  const custom = page.locator('table.summary tr[data-id="custom"]');
  await expect(custom.locator('th')).toHaveText('f(x) = x*tanh(log(1+exp(x))) (he)');
  const cells = (row: string) => page.locator(`table.summary tr[data-id="${row}"] td`).allTextContents();
  const mish = await cells('mish');
  expect(mish.join('')).toMatch(/\d/);
  expect(await cells('custom')).toEqual(mish);
  await expect(page.locator('.legend li')).toHaveText(['Mish', 'f(x) = x*tanh(log(1+exp(x)))']);
  await expect(page.getByRole('checkbox', { name: 'Show f(x) too' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'f(x) =' })).toHaveValue('x*tanh(log(1+exp(x)))');
  await expect(page).toHaveURL(/custom=x\*tanh\(log\(1%2Bexp\(x\)\)\)/);

  await page.goto('/labs/gradient-flow/?custom=x*(');
  await computed(page);
  const message = page.locator('.formula-error');
  await expect(message).toBeVisible();
  await expect(message).toContainText('unexpected end');
  await expect(message).toContainText('(“(”)');
  await expect(page.getByRole('textbox', { name: 'f(x) =' })).toHaveValue('x*(');
  await expect(page.locator('table.summary tbody tr')).toHaveCount(4);
  await expect(page.locator('table.summary tr[data-id="custom"]')).toHaveCount(0);
  await expect(page.locator('table.summary tr[data-id="sigmoid"] td').first()).toHaveText(/\d/);

  // Corrected in the field and entered: the message goes, the formula joins the run and the URL.
  await page.getByRole('textbox', { name: 'f(x) =' }).fill('x*tanh(x)');
  await page.getByRole('textbox', { name: 'f(x) =' }).press('Enter');
  await expect(page).toHaveURL(/custom=x\*tanh\(x\)/);
  await computed(page);
  await expect(message).toBeHidden();
  await expect(page.locator('table.summary tbody tr')).toHaveCount(5);
  await expect(page.locator('table.summary tr[data-id="custom"] th')).toHaveText('f(x) = x*tanh(x) (xavier-normal)');
  expect(problems).toEqual([]);
});
