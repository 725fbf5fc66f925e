/**
 * The rule pack could not be fetched, read or compiled; `file` names what failed so the user can check it. In a
 * module of its own so that the error message can be shown without loading the rule compiler.
 */
export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'RuleFileError';
  }
}
