/**
 * The lab's case ids and format names alone, so the page's first-load script can read a URL without
 * pulling in the formats' tables and the cases' reference functions (cases.ts and formats.ts re-export them).
 */

/** The lab's cases, in its order. */
export const caseIds = ['softplus', 'sigmoid', 'gelu', 'tanhshrink', 'log-sigmoid', 'softmax'] as const;
export type CaseId = (typeof caseIds)[number];

/** The four formats the lab offers, from widest to narrowest. */
export const formatNames = ['float64', 'float32', 'bfloat16', 'float16'] as const;
export type FormatName = (typeof formatNames)[number];
