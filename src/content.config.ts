import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { activationIds, catalogueIds } from './lib/activations';

/** A function id of the catalogue; a typo fails the build with the list of valid ids. */
const catalogueId = z.enum(catalogueIds, {
  error: (issue) => `unknown function id ${JSON.stringify(issue.input)}; valid ids: ${catalogueIds.join(', ')}`,
});

/** A publication, documentation page or source file the prose relies on. */
const source = z.object({
  /** Authors or organisation as they appear on the source, e.g. "Glorot, Bordes & Bengio". */
  authors: z.string().optional(),
  year: z.number().int().min(1940).max(2100).optional(),
  /** Title of the paper, page or file. */
  title: z.string(),
  url: z.url(),
  /** What the page takes from it, in a few words (e.g. "deep rectifier networks train without pre-training"). */
  note: z.string().optional(),
});

/** One function page: prose in the Markdown body, maths from src/lib/activations. */
const functions = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/functions' }),
  schema: z.object({
    /** Module id of the function this page teaches; the page lives at /functions/<activation>/. */
    activation: catalogueId,
    /** One sentence shown under the title and in the catalogue. */
    summary: z.string().min(20),
    /** The paper or document that introduced the function. */
    origin: z.object({
      /** Authors as they appear on the paper, e.g. "Nair & Hinton". */
      authors: z.string(),
      year: z.number().int().min(1940).max(2100),
      /** Title of the primary source. */
      title: z.string(),
      /** Link to the primary source. */
      url: z.url(),
    }),
    /** The function in each framework, with its defaults. */
    code: z.object({
      pytorch: z.string(),
      tensorflow: z.string(),
      jax: z.string(),
      /** PaddlePaddle (`paddle.nn`, `paddle.nn.functional`); omitted until checked against Paddle's docs. */
      paddle: z.string().optional(),
      /** MindSpore (`mindspore.nn`, `mindspore.ops` / `mint`); omitted until checked against MindSpore's docs. */
      mindspore: z.string().optional(),
    }),
    /** Where the frameworks disagree (defaults, conventions); empty when they agree. */
    frameworkNotes: z.array(z.string()).default([]),
    /** Variants presented on the same page with their own equations and chart (GELU's tanh approximation). */
    variants: z.array(z.enum(activationIds)).default([]),
    /** Neighbouring functions worth comparing with. */
    related: z.array(catalogueId).default([]),
    /** Every further source the prose relies on (the origin is listed first automatically). */
    sources: z.array(source).default([]),
  }),
});

/** A guide: a longer page that ties functions together, in MDX so it can embed charts. */
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guides' }),
  schema: z.object({
    /** The page title. */
    title: z.string(),
    /** One or two sentences for the guide list, search results and the meta description. */
    description: z.string().min(40),
    /** Position in the guide list, lowest first. */
    order: z.number().int(),
    /** Function pages this guide discusses; each of them links back to the guide. */
    functions: z.array(catalogueId).default([]),
    /** Other names readers give the guide's subject (e.g. "dead neurons"), shown under the title and searched. */
    aliases: z.array(z.string()).default([]),
    /** Every source the guide's prose relies on. */
    sources: z.array(source).default([]),
  }),
});

export const collections = { functions, guides };
