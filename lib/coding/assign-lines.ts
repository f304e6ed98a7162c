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
