export type SaveState = "saved" | "saving" | "unsaved" | "error";

/**
 * The order of draft saves for one editor. Edits are counted; each save says which edit it stores. Saves run one at
 * a time in the order they were asked for, so an older answer never lands after a newer one, and the state reads
 * "saved" only once the latest edit is stored: a save that comes back while a newer edit waits for its own leaves
 * the state alone.
 */
export function createDraftSaveQueue(report: (state: SaveState) => void) {
  let edits = 0;
  let stored = 0;
  let queue: Promise<void> = Promise.resolve();
  return {
    /** Call before putting an edited answer on screen. */
    edited() {
      edits++;
      report("unsaved");
    },
    /** The answer on screen is what the server holds (just graded, or restarted from the server's copy). */
    settled() {
      stored = edits;
      report("saved");
    },
    /** The edit the answer on screen stands for, and whether the server holds it yet. */
    latestEdit: () => edits,
    isStored: (edit: number) => stored >= edit,
    /** Stores edit `edit` with `store` (true when the server took it), after any save already on its way. */
    save(edit: number, store: () => Promise<boolean>): Promise<void> {
      report("saving");
      queue = queue.then(async () => {
        const ok = await store().catch(() => false);
        if (ok) stored = Math.max(stored, edit);
        if (edit === edits) report(ok ? "saved" : "error");
      });
      return queue;
    },
  };
}
