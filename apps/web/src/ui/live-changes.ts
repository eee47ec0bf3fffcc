import { useEffect, useState } from 'react';
import { subscribe } from '../api/client';

/**
 * The instant of the projection's last announced change (GET /dashboard/changes), while `live`:
 * a screen passes it among a read's inputs, and re-reads within a second of each applied event.
 */
export function useLiveChanges(live = true): string | undefined {
  const [changedAt, setChangedAt] = useState<string>();
  useEffect(() => {
    if (!live) return;
    const stop = new AbortController();
    void subscribe('projection', '/dashboard/changes', (name) => name === 'change' && setChangedAt(new Date().toISOString()), stop.signal);
    return () => stop.abort();
  }, [live]);
  return changedAt;
}
