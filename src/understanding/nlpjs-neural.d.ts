/** Types for @nlpjs/neural (the package ships none): only what train-model.ts uses. */
declare module '@nlpjs/neural' {
  interface TrainingRow {
    input: Record<string, number>;
    output: Record<string, number>;
  }
  class NeuralNetwork {
    constructor(settings?: { iterations?: number; learningRate?: number; log?: boolean });
    train(corpus: TrainingRow[]): { error: number; iterations: number };
    toJSON(): unknown;
  }
  const neural: { NeuralNetwork: typeof NeuralNetwork };
  export default neural;
}
