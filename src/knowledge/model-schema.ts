/**
 * The format of knowledge/model/understanding.json, the learned classifier that
 * `npm run train` writes (see src/understanding/learned-model.ts for how it is read).
 */
import { z } from 'zod';

export const MODEL_VERSION = 1;

export const learnedModelSchema = z
  .object({
    version: z.literal(MODEL_VERSION),
    /** What it was trained on: the hash lets the knowledge check say when it is out of date. */
    trainedOn: z.object({ examples: z.number().int().positive(), hash: z.string().min(8) }),
    labels: z.array(z.string().min(1)).min(2),
    /** How a message becomes rows: the vocabulary and fastText's settings (features.ts). */
    input: z.object({
      words: z.array(z.string().min(1)),
      bucket: z.number().int().min(0),
      minn: z.number().int().min(0),
      maxn: z.number().int().min(0),
      wordNgrams: z.number().int().min(1),
    }),
    /** Rows kept: "w:word" or "h:bucket"; rows left out count as zero in the average. */
    features: z.array(z.string().min(1)).min(1),
    /** Per label: weight = int8 × scale. */
    scales: z.array(z.number().positive()),
    biases: z.array(z.number()),
    /** base64 of an Int8Array, feature-major: features.length × labels.length. */
    weights: z.string(),
  })
  .refine((m) => m.scales.length === m.labels.length && m.biases.length === m.labels.length, {
    message: 'scales and biases need one number per label; run `npm run train` again',
  });

export type LearnedModel = z.infer<typeof learnedModelSchema>;
