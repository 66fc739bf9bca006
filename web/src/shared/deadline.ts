/** Raised when the client-side deadline passes before the service has answered. */
export class DeadlineExceeded extends Error {
  constructor(milliseconds: number) {
    super(`No answer within ${milliseconds} ms.`);
    this.name = "DeadlineExceeded";
  }
}

/**
 * Runs work with an AbortSignal that fires after the given time, and rejects with DeadlineExceeded at that moment
 * even when the work ignores the signal (an Office callback that never comes back must not hold the Send).
 */
export function withDeadline<T>(milliseconds: number, work: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
  // Classic Outlook's JavaScript-only runtime is not a browser: where AbortController is missing, the deadline still
  // decides; the late answer is simply ignored.
  const controller = typeof AbortController === "undefined" ? undefined : new AbortController();
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      controller?.abort();
      reject(new DeadlineExceeded(milliseconds));
    }, milliseconds);
    work(controller?.signal).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
