import { useState } from 'react';

/**
 * What a control bound to server data shows: the reader's choice at once (a checkbox must tick
 * as it is clicked), until the server's value moves on from what it was when they chose;
 * `reset()` drops the choice when the change failed.
 */
export function useShownValue<T>(server: T): { shown: T; choose: (value: T) => void; reset: () => void } {
  const [chosen, setChosen] = useState<{ value: T; over: T } | null>(null);
  const shown = chosen && Object.is(chosen.over, server) ? chosen.value : server;
  return { shown, choose: (value) => setChosen({ value, over: server }), reset: () => setChosen(null) };
}
