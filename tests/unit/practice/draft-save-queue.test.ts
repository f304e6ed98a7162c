import { describe, expect, it } from "vitest";
import { createDraftSaveQueue, type SaveState } from "@/lib/practice/draft-save-queue";

/** A save the test finishes by hand, to put replies in any order. */
function deferred() {
  let finish!: (ok: boolean) => void;
  const promise = new Promise<boolean>((resolve) => (finish = resolve));
  return { promise, finish };
}

function setup() {
  const states: SaveState[] = [];
  const stored: string[] = [];
  const queue = createDraftSaveQueue((state) => states.push(state));
  return { queue, states, stored, last: () => states.at(-1) };
}

describe("the draft save queue", () => {
  it("does not say saved when an older save comes back while a newer edit waits for its own", async () => {
    const { queue, last } = setup();
    queue.edited();
    const first = deferred();
    const firstSave = queue.save(queue.latestEdit(), () => first.promise);
    queue.edited();
    first.finish(true);
    await firstSave;
    expect(last()).toBe("unsaved");
    expect(queue.isStored(queue.latestEdit())).toBe(false);

    await queue.save(queue.latestEdit(), async () => true);
    expect(last()).toBe("saved");
    expect(queue.isStored(queue.latestEdit())).toBe(true);
  });

  it("runs saves one at a time in edit order, so an older answer never lands after a newer one", async () => {
    const { queue, stored } = setup();
    const slow = deferred();
    queue.edited();
    const older = queue.save(queue.latestEdit(), async () => {
      const ok = await slow.promise;
      stored.push("older");
      return ok;
    });
    queue.edited();
    const newer = queue.save(queue.latestEdit(), async () => {
      stored.push("newer");
      return true;
    });
    await Promise.resolve();
    expect(stored).toEqual([]);
    slow.finish(true);
    await Promise.all([older, newer]);
    expect(stored).toEqual(["older", "newer"]);
  });

  it("reports a failed save of the latest edit, and a later save that works clears it", async () => {
    const { queue, last } = setup();
    queue.edited();
    await queue.save(queue.latestEdit(), async () => false);
    expect(last()).toBe("error");
    expect(queue.isStored(queue.latestEdit())).toBe(false);
    await queue.save(queue.latestEdit(), () => Promise.reject(new Error("offline")));
    expect(last()).toBe("error");
    await queue.save(queue.latestEdit(), async () => true);
    expect(last()).toBe("saved");
  });

  it("counts an answer the server already holds as stored", () => {
    const { queue, last } = setup();
    queue.edited();
    queue.edited();
    queue.settled();
    expect(last()).toBe("saved");
    expect(queue.isStored(queue.latestEdit())).toBe(true);
  });
});
