/**
 * The pairing of rows to columns with the largest total weight, each row and column used at most once
 * (the Hungarian algorithm). A weight of 0 or less means the pair may not match. Returns, for each row,
 * its column or null. Greedy pairing is not enough: it can give a near miss to the wrong key line and
 * leave another near miss with nothing.
 */
export function assignLines(weights: readonly (readonly number[])[]): (number | null)[] {
  const rowCount = weights.length;
  const columnCount = weights[0]?.length ?? 0;
  if (rowCount === 0 || columnCount === 0) return Array.from({ length: rowCount }, () => null);
  if (rowCount > columnCount) {
    const transposed = Array.from({ length: columnCount }, (_, column) => weights.map((row) => row[column] ?? 0));
    const rowOfColumn = assignLines(transposed);
    const columnOfRow: (number | null)[] = Array.from({ length: rowCount }, () => null);
    rowOfColumn.forEach((row, column) => {
      if (row !== null) columnOfRow[row] = column;
    });
    return columnOfRow;
  }
  const cost = (row: number, column: number) => -Math.max(0, weights[row - 1]?.[column - 1] ?? 0);
  // 1-based arrays with a sentinel column 0, as in the classic O(n²m) formulation.
  const rowPotential = new Array<number>(rowCount + 1).fill(0);
  const columnPotential = new Array<number>(columnCount + 1).fill(0);
  const rowAtColumn = new Array<number>(columnCount + 1).fill(0);
  const previousColumn = new Array<number>(columnCount + 1).fill(0);
  for (let row = 1; row <= rowCount; row++) {
    rowAtColumn[0] = row;
    let column = 0;
    const slack = new Array<number>(columnCount + 1).fill(Infinity);
    const used = new Array<boolean>(columnCount + 1).fill(false);
    do {
      used[column] = true;
      const currentRow = rowAtColumn[column]!;
      let delta = Infinity;
      let nextColumn = 0;
      for (let candidate = 1; candidate <= columnCount; candidate++) {
        if (used[candidate]) continue;
        const reduced = cost(currentRow, candidate) - rowPotential[currentRow]! - columnPotential[candidate]!;
        if (reduced < slack[candidate]!) {
          slack[candidate] = reduced;
          previousColumn[candidate] = column;
        }
        if (slack[candidate]! < delta) {
          delta = slack[candidate]!;
          nextColumn = candidate;
        }
      }
      for (let candidate = 0; candidate <= columnCount; candidate++) {
        if (used[candidate]) {
          rowPotential[rowAtColumn[candidate]!]! += delta;
          columnPotential[candidate]! -= delta;
        } else {
          slack[candidate]! -= delta;
        }
      }
      column = nextColumn;
    } while (rowAtColumn[column] !== 0);
    do {
      const previous = previousColumn[column]!;
      rowAtColumn[column] = rowAtColumn[previous]!;
      column = previous;
    } while (column !== 0);
  }
  const columnOfRow: (number | null)[] = Array.from({ length: rowCount }, () => null);
  for (let column = 1; column <= columnCount; column++) {
    const row = rowAtColumn[column]!;
    if (row !== 0 && (weights[row - 1]?.[column - 1] ?? 0) > 0) columnOfRow[row - 1] = column - 1;
  }
  return columnOfRow;
}

export type LinePairing = {
  /** For each submitted line, the key line it was matched to (fully or partly), or null. */
  keyOfSubmitted: (number | null)[];
  submittedOfKey: Map<number, number>;
  /** Leftover key lines paired with a leftover submitted line of the same code family: graded "wrong code". */
  wrongOfKey: Map<number, number>;
  keyOfWrong: Map<number, number>;
};

/**
 * Pairs submitted lines with key lines in two passes: first by the credit each pairing would earn, then the
 * lines left on both sides by code family, so a near miss reads as one wrong line rather than a missing line
 * plus an extra one. Weights of 0 mean "may not pair".
 */
export function pairLines(
  submittedCount: number,
  keyCount: number,
  matchWeight: (submittedIndex: number, keyIndex: number) => number,
  familyWeight: (submittedIndex: number, keyIndex: number) => number,
): LinePairing {
  const indexes = (count: number) => Array.from({ length: count }, (_, index) => index);
  const keyOfSubmitted = assignLines(indexes(submittedCount).map((row) => indexes(keyCount).map((column) => matchWeight(row, column))));
  const submittedOfKey = new Map<number, number>();
  keyOfSubmitted.forEach((keyIndex, index) => {
    if (keyIndex !== null) submittedOfKey.set(keyIndex, index);
  });
  const leftoverSubmitted = indexes(submittedCount).filter((index) => keyOfSubmitted[index] === null);
  const leftoverKeys = indexes(keyCount).filter((index) => !submittedOfKey.has(index));
  const familyPairs = assignLines(leftoverSubmitted.map((index) => leftoverKeys.map((keyIndex) => familyWeight(index, keyIndex))));
  const wrongOfKey = new Map<number, number>();
  familyPairs.forEach((column, row) => {
    if (column !== null) wrongOfKey.set(leftoverKeys[column]!, leftoverSubmitted[row]!);
  });
  return { keyOfSubmitted, submittedOfKey, wrongOfKey, keyOfWrong: new Map([...wrongOfKey].map(([keyIndex, index]) => [index, keyIndex])) };
}
