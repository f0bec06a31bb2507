/**
 * The printable cheat sheet: in both editions one row per scalar function of the catalogue, each name linking
 * to its page in the same language, reached from the learning path; on paper the site header is left out.
 */
import { expect, test } from '@playwright/test';
import { catalogueIds, isActivationId } from '../src/lib/activations';
import { watchForProblems } from './site';

const scalarIds = catalogueIds.filter(isActivationId);

for (const prefix of ['', '/zh']) {
  const path = `${prefix}/learn/cheat-sheet/`;

  test(`${path} has one row per scalar function, linking to its page in the same edition`, async ({ page }) => {
    const problems = watchForProblems(page);
    await page.goto(path);
    const rows = page.locator('table.scalar tbody tr[data-id]');
    await expect(rows).toHaveCount(scalarIds.length);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual(
      expect.arrayContaining([...scalarIds]),
    );
    for (const id of scalarIds) {
      const link = page.locator(`table.scalar tr[data-id="${id}"] th a`);
      await expect(link).toHaveAttribute('href', `${prefix}/functions/${id}/`);
    }
    // Every row typeset its formulas at build time.
    await expect(rows.first().locator('.katex')).toHaveCount(3);
    expect(problems).toEqual([]);
  });

  test(`${path} gives every function's typical use and its call in five frameworks`, async ({ page }) => {
    await page.goto(path);
    const rows = page.locator('table.practice tbody tr[data-id]');
    await expect(rows).toHaveCount(catalogueIds.length);
    await expect(page.locator('table.practice thead th')).toHaveCount(7);
    // Leaky ReLU: PyTorch's module form in the third cell, as plain code the reader can copy.
    const leaky = page.locator('table.practice tr[data-id="leaky-relu"]');
    await expect(leaky.locator('td').nth(1).locator('code').first()).toHaveText('nn.LeakyReLU');
    // Snake is built into none of the frameworks: each cell shows a dash and says why to a screen reader.
    const snakeCells = page.locator('table.practice tr[data-id="snake"] td');
    await expect(snakeCells).toHaveCount(6);
    for (let k = 1; k < 6; k++) {
      await expect(snakeCells.nth(k).locator('[aria-hidden="true"]')).toHaveText('—');
      await expect(snakeCells.nth(k).locator('.visually-hidden')).not.toBeEmpty();
    }
  });

  test(`${path} prints without the site header, links as plain text`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('.site-header')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.getByRole('table').first()).toBeVisible();
    const link = page.locator('table.scalar a').first();
    expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
    expect(await link.evaluate((a) => getComputedStyle(a).color)).toBe('rgb(0, 0, 0)');
  });

  test(`the learning path ${prefix}/learn/ links to the cheat sheet`, async ({ page }) => {
    await page.goto(`${prefix}/learn/`);
    await page.locator(`main a[href="${path}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  });
}
