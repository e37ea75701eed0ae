/**
 * A bad-input failure of the command line (exit status 2, one line on standard error naming the file).
 */
export class InputError extends Error {
  readonly file: string;
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super(`${file}: ${message}`, options);
    this.name = "InputError";
    this.file = file;
  }
}
