/**
 * The error every knowledge problem becomes: it names the file and says what to fix,
 * because the person reading it is an office editor, not a programmer.
 */
export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
  readonly code = 'KNOWLEDGE_INVALID';
  readonly file: string;
  readonly problem: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}\nFix the file, then run \`npm run knowledge:check\` to check it again.`);
    this.file = file;
    this.problem = problem;
  }
}
