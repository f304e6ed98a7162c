/**
 * Remembers what a pure function computed from a content object (a case, a lesson), for as long as that object
 * lives. Content is loaded once per process and never changed, so a page that derives the same figures from every
 * case on every request (families, minutes) works them out once instead.
 */
export function memoizeByObject<Input extends object, Output>(compute: (input: Input) => Output): (input: Input) => Output {
  const results = new WeakMap<Input, Output>();
  return (input) => {
    if (results.has(input)) return results.get(input)!;
    const result = compute(input);
    results.set(input, result);
    return result;
  };
}
