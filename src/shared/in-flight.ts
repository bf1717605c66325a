/**
 * Batches sent to a helper thread and not yet answered, so that the sender can wait for the thread to
 * catch up (what waits in its channel is held in memory) or for all of it to be done.
 */
export interface InFlight {
  sent(): void;
  answered(): void;
  /** The thread broke: every wait ends with this error. */
  broke(error: Error): void;
  /** Resolves when at most `waiting` batches are unanswered; throws if the thread broke. */
  settle(waiting: number): Promise<void>;
}

export function inFlight(): InFlight {
  let sent = 0;
  let answered = 0;
  let broken: Error | null = null;
  let wake: (() => void) | null = null;
  return {
    sent: () => void sent++,
    answered() {
      answered++;
      wake?.();
    },
    broke(error) {
      broken = error;
      wake?.();
    },
    async settle(waiting) {
      while (sent - answered > waiting && !broken) await new Promise<void>((resolve) => (wake = resolve));
      if (broken) throw broken;
    },
  };
}
