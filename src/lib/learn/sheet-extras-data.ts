/**
 * The cheat sheet's typical use and framework calls for every function with a page, in catalogue order. Each `use`
 * condenses the page's "When to use it" section (and its Chinese twin); each call is copied from the page's snippet
 * for that framework. A framework is left out when its snippet composes the function from other operations, or
 * names only a third-party package (entmax, Flax, Hugging Face). Where a snippet shows more than two forms, the
 * cell keeps the module or layer first and prefers the portable call to one documented for Ascend only.
 */
import type { CatalogueId } from '../activations';
import type { SheetExtras } from './sheet-extras';
import { classicToExponential } from './sheet-extras-data-a';
import { smoothToOutput } from './sheet-extras-data-b';

/** Every function of the catalogue; a missing one is a type error. Split in two files by family to stay short. */
export const sheetExtras: Readonly<Record<CatalogueId, SheetExtras>> = { ...classicToExponential, ...smoothToOutput };
