import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { activationIds, catalogueIds } from './lib/activations';
import { labPaths } from './lib/learn/path';

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

/*
 * Each collection holds both editions: English entries at the folder's root (id `relu`), their Chinese twins
 * in `zh/` with the same file name (id `zh/relu`). Pages read one edition through components/site/content.ts.
 */

/** One function page: prose in the Markdown body, maths from src/lib/activations. */
const functions = defineCollection({
  loader: glob({ pattern: ['*.md', 'zh/*.md'], base: './content/functions' }),
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
  loader: glob({ pattern: ['*.mdx', 'zh/*.mdx'], base: './content/guides' }),
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

/** A chapter of the learning path at /learn/<slug>/: MDX teaching prose with charts, demos and exercises. */
const learn = defineCollection({
  loader: glob({ pattern: ['*.mdx', 'zh/*.mdx'], base: './content/learn' }),
  schema: z.object({
    /** Position in the path, from 1; orders must be distinct. */
    order: z.number().int().min(1),
    /** The page title. */
    title: z.string(),
    /** The chapter's one-line promise, shown in the path and as the meta description. */
    summary: z.string().min(20).max(200),
    /** Chapters to read first (slugs of earlier chapters). */
    prerequisites: z.array(z.string()).default([]),
    /** Function pages the chapter draws on. */
    functions: z.array(catalogueId).default([]),
    /** Guides offered as side reading. */
    guides: z.array(reference('guides')).default([]),
    /** Labs the chapter sends the reader to. */
    labs: z.array(z.enum(labPaths)).default([]),
    /** Every source the chapter's prose relies on. */
    sources: z.array(source).default([]),
  }),
});

export const collections = { functions, guides, learn };
