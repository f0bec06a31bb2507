import { expect, test } from '@playwright/test';
import { watchForProblems } from './site';

const cases = [
  { query: 'ReLU', page: '/functions/relu/', why: 'by name' },
  { query: 'SiLU', page: '/functions/swish/', why: 'by alias' },
  { query: 'Heaviside', page: '/functions/binary-step/', why: 'by alias' },
  // ("sparse activations", the old example, now ranks the sparsemax and sparse-plus pages first, rightly.)
  { query: 'scale-equivariant', page: '/functions/relu/', why: 'by a word from its pros' },
  // A framework's name for the function (the page lists them all, for search).
  { query: 'hard_silu', page: '/functions/hard-swish/', why: 'by its Keras and JAX name' },
  { query: 'relu2', page: '/functions/squared-relu/', why: 'by its Hugging Face name' },
  { query: 'QuickGELU', page: '/functions/gelu/', why: "by CLIP's name for the variant on its page" },
  { query: 'SwiGLU', page: '/functions/swiglu/', why: 'by name' },
  { query: 'F.logsigmoid', page: '/functions/log-sigmoid/', why: 'by its PyTorch function' },
];

for (const { query, page: target, why } of cases) {
  test(`finds ${target} ${why} ("${query}")`, async ({ page }) => {
    const problems = watchForProblems(page);
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toContainText(`for “${query}”`);
    const hrefs = await page
      .locator('.results a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.slice(0, 5)).toContain(target);
    expect(problems).toEqual([]);
  });
}

test('searching from the header works with the keyboard alone', async ({ page }) => {
  await page.goto('/functions/tanh/');
  await page.getByRole('searchbox', { name: 'Search the handbook' }).focus();
  await page.keyboard.type('exponential linear');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=exponential\+linear/);
  await expect(page.locator('.results li').first()).toBeVisible();
  // The results are ordinary links, reachable with Tab.
  await page.locator('.results a').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/search\//);
});

test('ranks the page of the function searched for first', async ({ page }) => {
  await page.goto('/search/?q=Mish');
  await expect(page.locator('.results a').first()).toHaveAttribute('href', /\/functions\/mish\/$/);
});

test('finds the dying-ReLU guide for "dead neurons", the words readers use', async ({ page }) => {
  await page.goto('/search/?q=dead+neurons');
  await expect(page.getByRole('status')).toContainText('for “dead neurons”', { timeout: 15_000 });
  const hrefs = await page
    .locator('.results a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.slice(0, 3)).toContain('/guides/dying-relu/');
});

test('says honestly when no page covers a query, and offers the nearest pages', async ({ page }) => {
  await page.goto('/search/?q=maxout');
  await expect(page.getByRole('status')).toHaveText('No page covers “maxout”; nearest pages:', { timeout: 15_000 });
  const count = await page.locator('.results li').count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(5);
});

test('excerpts show no LaTeX source and no equation twice', async ({ page }) => {
  await page.goto('/search/?q=ReLU');
  await expect(page.getByRole('status')).toContainText('for “ReLU”', { timeout: 15_000 });
  const excerpts = await page.locator('.results p').allTextContents();
  for (const excerpt of excerpts) {
    expect(excerpt).not.toMatch(/\\(max|frac|begin|left|right|sigma|operatorname)/);
    expect(excerpt).not.toContain('max⁡(0,x)f(x)');
  }
});

test('keeps at most 200 characters of a long query, in the box and in the address', async ({ page }) => {
  await page.goto(`/search/?q=${'relu '.repeat(1000)}`);
  await expect(page.getByRole('status')).toContainText('for “', { timeout: 15_000 });
  const box = page.getByRole('searchbox', { name: 'Search functions and guides' });
  expect((await box.inputValue()).length).toBeLessThanOrEqual(200);
  await expect(box).toHaveAttribute('maxlength', '200');
  expect(new URL(page.url()).searchParams.get('q')!.length).toBeLessThanOrEqual(200);
  await expect(page.getByRole('searchbox', { name: 'Search the handbook' })).toHaveAttribute('maxlength', '200');
});

test('lab and widget text that changes at run time is not indexed', async ({ page }) => {
  // The softmax explorer's summary ("… the largest is p3 = 0.9…") changes as the reader types: a search
  // for words only it prints does not find the softmax page.
  await page.goto('/search/?q=largest+is+p3');
  await expect(page.getByRole('status')).toContainText('“largest is p3”', { timeout: 15_000 });
  const hrefs = await page
    .locator('.results a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).not.toContain('/functions/softmax/');
});
