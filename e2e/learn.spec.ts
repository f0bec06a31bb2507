/**
 * The learning path: chapter order and rel=prev/next, one exercise per chapter answered wrongly then rightly,
 * progress that survives a reload and resets, and chapters that read completely with JavaScript off.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  exerciseIn,
  exercisesByChapter as byChapterAnyLanguage,
  type Exercise as AnyExercise,
} from '../src/lib/learn/exercises';

type Exercise = AnyExercise<string>;
/** The English edition's exercises, by chapter. */
const exercisesByChapter = Object.fromEntries(
  Object.entries(byChapterAnyLanguage).map(([chapter, list]) => [chapter, list.map((x) => exerciseIn(x, 'en'))]),
);
import { watchForProblems } from './site';

/** Chapter paths in the order /learn/ lists them. */
async function chapterOrder(page: Page): Promise<string[]> {
  await page.goto('/learn/');
  return page.locator('ol.chapters > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

const slugOf = (path: string) => path.replace(/^\/learn\//, '').replace(/\/$/, '');

/** A wrong and a right attempt at an exercise, as the reader would make them. */
function attempts(exercise: Exercise): { wrong: string; right: string } {
  if (exercise.kind === 'choice') {
    return {
      wrong: exercise.choices[(exercise.answer + 1) % exercise.choices.length]!,
      right: exercise.choices[exercise.answer]!,
    };
  }
  if (exercise.kind === 'widget') {
    const { min, max } = exercise.control;
    return { wrong: String(exercise.answer === min ? max : min), right: String(exercise.answer) };
  }
  const far = Math.max(exercise.tolerance.abs ?? 0, (exercise.tolerance.rel ?? 0) * Math.abs(exercise.answer)) * 10 + 1;
  return { wrong: String(exercise.answer + far), right: String(exercise.answer) };
}

async function answer(page: Page, exercise: Exercise, text: string) {
  const form = page.getByRole('form', { name: exercise.question });
  if (exercise.kind === 'choice') await form.getByRole('radio', { name: text }).check();
  else if (exercise.kind === 'widget') await form.getByRole('slider').fill(text);
  else await form.getByRole('textbox', { name: 'Your answer' }).fill(text);
  await form.getByRole('button', { name: 'Check' }).click();
  return form.getByRole('status');
}

test('the path lists at least ten chapters, and each links to its neighbours with rel=prev/next', async ({ page }) => {
  test.setTimeout(120_000);
  const order = await chapterOrder(page);
  expect(order.length).toBeGreaterThanOrEqual(10);
  for (const [i, path] of order.entries()) {
    await page.goto(path);
    const prev = page.locator('a[rel="prev"]');
    const next = page.locator('a[rel="next"]');
    if (i === 0) await expect(prev).toHaveCount(0);
    else await expect(prev).toHaveAttribute('href', order[i - 1]!);
    if (i === order.length - 1) await expect(next).toHaveCount(0);
    else await expect(next).toHaveAttribute('href', order[i + 1]!);
    // "You are here": the path marks this chapter, and only this one.
    const current = page
      .getByRole('navigation', { name: 'Chapters of the learning path' })
      .locator('[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', path);
  }
});

test('every chapter has two to four exercises, and one of them answers wrong with a hint, right with an explanation', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = watchForProblems(page);
  for (const path of await chapterOrder(page)) {
    const exercises = exercisesByChapter[slugOf(path)] ?? [];
    expect(exercises.length, path).toBeGreaterThanOrEqual(2);
    await page.goto(path);
    await expect(page.locator('learn-exercise')).toHaveCount(exercises.length);
    const exercise = exercises[0]!;
    const { wrong, right } = attempts(exercise);
    const status = await answer(page, exercise, wrong);
    await expect(status).toHaveText(`Not yet. ${exercise.hint}`);
    await answer(page, exercise, right);
    await expect(status).toHaveText(`Right. ${exercise.explanation}`);
  }
  expect(problems).toEqual([]);
});

test('an answer that is not a number asks for one', async ({ page }) => {
  const exercise = exercisesByChapter['relu']!.find((x) => x.kind === 'numeric')!;
  await page.goto('/learn/relu/');
  const status = await answer(page, exercise, 'about a half');
  await expect(status).toHaveText(/Please enter a number/);
});

test('progress survives a reload, shows on /learn/ and the home page, and resets', async ({ page }) => {
  const [first, second] = await chapterOrder(page);
  const slug = slugOf(first!);
  const exercise = exercisesByChapter[slug]![0]!;
  const total = exercisesByChapter[slug]!.length;
  await page.goto(first!);
  await answer(page, exercise, attempts(exercise).right);
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByRole('button', { name: 'Read ✓' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('form', { name: exercise.question }).getByRole('status')).toHaveText(
    'You solved this one before.',
  );

  const state = page.locator(`[data-state-for="${slug}"]`);
  await page.goto('/learn/');
  await expect(state).toHaveText(`· read · 1 of ${total} exercises solved`);
  await page.reload();
  await expect(state).toHaveText(`· read · 1 of ${total} exercises solved`);
  await expect(page.locator('.overall')).toHaveText(/^1 of \d+ chapters read$/);

  await page.goto('/');
  const call = page.locator('learn-continue');
  await expect(call).toContainText('Continue where you left off:');
  await expect(call.getByRole('link')).toHaveAttribute('href', second!);

  await page.goto('/learn/');
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.locator('.reset-status')).toHaveText('Progress reset.');
  await expect(state).toHaveText(`· not read yet · 0 of ${total} exercises solved`);
  await page.reload();
  await expect(state).toHaveText(`· not read yet · 0 of ${total} exercises solved`);
  await page.goto('/');
  await expect(page.locator('learn-continue').getByRole('link')).toHaveAttribute('href', '/learn/');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every chapter reads completely: each question with its worked answer in a <details>', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/learn/');
    const order = await page
      .locator('ol.chapters > li > a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const path of order) {
      await page.goto(path);
      for (const exercise of exercisesByChapter[slugOf(path)] ?? []) {
        const block = page.locator('learn-exercise', { hasText: exercise.question });
        await expect(block.getByText(exercise.question)).toBeVisible();
        const details = block.locator('details');
        await details.locator('summary').click();
        await expect(details.getByText(exercise.worked, { exact: true })).toBeVisible();
      }
    }
  });

  test('the XOR demo states its result without running', async ({ page }) => {
    await page.goto('/learn/what-a-neuron-computes/');
    await expect(page.getByText(/Identity hidden layer: .*% of the points classified correctly/)).toBeVisible();
    await expect(page.getByText(/ReLU hidden layer: .*% of the points classified correctly/)).toBeVisible();
  });
});

test('the XOR demo trains both networks in the browser', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/learn/what-a-neuron-computes/');
  await page.getByRole('button', { name: 'Train both networks' }).click();
  await expect(page.getByRole('button', { name: 'Train both networks' })).toBeEnabled({ timeout: 20_000 });
  await expect(page.locator('learn-xor canvas').first()).toBeVisible();
  await expect(page.getByText(/ReLU hidden layer: .*% of the points/)).toBeVisible();
  expect(problems).toEqual([]);
});
