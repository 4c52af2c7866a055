import { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import { formToParts } from '../lib/search-synonyms.ts';
import { issuesToProblems, type ContentProblem } from './problems.ts';

const FORM_EXAMPLE = '[工信部, 工业和信息化部]';

/** One written form: a name, an abbreviation, or several parts separated by spaces (all required). */
const FormSchema = z
  .string({ error: `每种写法应为文本，例如 ${FORM_EXAMPLE}。Each form must be text, e.g. ${FORM_EXAMPLE}.` })
  .trim()
  .min(2, {
    error: `写法至少两个字：单字会匹配几乎所有文章。A form needs at least two characters: one character would match almost every article.`,
  })
  .max(60, { error: `写法不能超过 60 个字。A form may have at most 60 characters: write the name, not a sentence.` });

/** One group of `content/search-synonyms.yaml`: forms that a search treats as the same. */
export const SynonymGroupSchema = z
  .array(FormSchema, { error: `每组应为写法列表，例如 - ${FORM_EXAMPLE}。Each entry must be a list of forms, e.g. - ${FORM_EXAMPLE}.` })
  .min(2, { error: `每组至少两种写法。A group needs at least two forms that mean the same, e.g. ${FORM_EXAMPLE}.` })
  .superRefine((forms, ctx) => {
    const seen = new Set<string>();
    forms.forEach((form, i) => {
      const key = formToParts(form).join(' ');
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [i], message: `“${form}”在本组重复。"${form}" repeats in this group: remove one.` });
      seen.add(key);
    });
  });

/** The whole register: a list of groups; a one-part form may stand in one group only. */
export const SynonymsSchema = z
  .array(SynonymGroupSchema, { error: `同义词表应为列表。The register must be a YAML list of groups, e.g. - ${FORM_EXAMPLE}.` })
  .superRefine((groups, ctx) => {
    const owner = new Map<string, number>();
    groups.forEach((forms, g) => {
      forms.forEach((form, i) => {
        const parts = formToParts(form);
        if (parts.length !== 1) return;
        const first = owner.get(parts[0]!);
        if (first !== undefined && first !== g) {
          ctx.addIssue({
            code: 'custom',
            path: [g, i],
            message: `“${form}”已在第 ${first + 1} 组。"${form}" already stands in group ${first + 1}: merge the two groups into one.`,
          });
        } else owner.set(parts[0]!, g);
      });
    });
  });

/**
 * Validates the register, giving each problem the line of the value it is about (the YAML
 * parse errors are reported by the caller, as for the other site data).
 */
export function parseSynonyms(file: string, value: unknown, text: string): { groups: string[][]; problems: ContentProblem[] } {
  const result = SynonymsSchema.safeParse(value ?? []);
  if (result.success) return { groups: result.data, problems: [] };
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\ufeff/, ''), { lineCounter: lines });
  const problems = result.error.issues.flatMap((issue) => {
    const node = doc.getIn(issue.path, true) as { range?: [number, number, number] } | undefined;
    const at = node?.range ? lines.linePos(node.range[0]) : undefined;
    return issuesToProblems(file, [issue]).map((p) => (at ? { ...p, line: at.line, column: at.col } : p));
  });
  return { groups: [], problems };
}
