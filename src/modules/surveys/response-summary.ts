import type { z } from 'zod';
import type { AnswerValue, QuestionView, questionSummarySchema } from './surveys.schemas';

type QuestionSummary = z.infer<typeof questionSummarySchema>;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** The values a question's counts are kept for, in the order shown (every one, even at zero). */
function valuesOf(q: QuestionView): string[] {
  switch (q.kind) {
    case 'rating':
      return range(1, 5);
    case 'recommend':
      return range(0, 10);
    case 'yes-no':
      return ['yes', 'no'];
    case 'single':
    case 'multiple':
      return q.options;
    case 'text':
      return [];
  }
}

const asKeys = (v: NonNullable<AnswerValue>): string[] => (typeof v === 'boolean' ? [v ? 'yes' : 'no'] : Array.isArray(v) ? v : [String(v)]);

/** Per question: how many answered, the mean of numbers (ratings, recommend), and counts per value. */
export function summarize(questions: readonly QuestionView[], answersOf: (questionId: string) => AnswerValue[]): QuestionSummary[] {
  return questions.map((q) => {
    const values = answersOf(q.id).filter((v): v is NonNullable<AnswerValue> => v !== null);
    const numeric = q.kind === 'rating' || q.kind === 'recommend';
    const numbers = numeric ? values.map(Number) : [];
    const counts = new Map(valuesOf(q).map((v) => [v, 0]));
    if (q.kind !== 'text') for (const v of values) for (const k of asKeys(v)) counts.set(k, (counts.get(k) ?? 0) + 1);
    return {
      questionId: q.id,
      answered: values.length,
      mean: numbers.length > 0 ? Math.round((numbers.reduce((a, b) => a + b, 0) / numbers.length) * 100) / 100 : null,
      counts: [...counts].map(([value, count]) => ({ value, count })),
    };
  });
}
