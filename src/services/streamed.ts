/** Values a JSON writer (`src/cli/json-stream.ts`) makes while it writes them. */

/**
 * An array whose elements are made while it is written (a long text's statements, section by
 * section): written exactly as the array would be, never held whole.
 */
export class StreamedArray {
  constructor(readonly items: () => Iterable<unknown>) {}
}
/** A value computed when the writer reaches it (what a streamed array before it gathered). */
export class Deferred {
  constructor(readonly value: () => unknown) {}
}
