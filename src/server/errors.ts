import { errorStatus, type ErrorCode, type FieldError } from '../shared/errors';

/** The one error type services throw; the error handler maps its code to HTTP once. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;

  constructor(code: ErrorCode, message: string, fields?: FieldError[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  static notFound(what: string): AppError {
    return new AppError('not_found', `${what} not found.`);
  }

  static forbidden(message = 'You are not allowed to do that.'): AppError {
    return new AppError('forbidden', message);
  }

  static field(code: ErrorCode, path: string, message: string): AppError {
    return new AppError(code, message, [{ path, message }]);
  }
}
