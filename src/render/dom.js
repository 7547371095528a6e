// The DOM writer's other half (see dom.rs): builds the nodes of one
// article from the instructions Rust wrote, in one call. Elements are
// created by name and attributes set one by one; text becomes text nodes.
// Nothing is parsed as HTML.

const CLOSE = 0;
const OPEN = 1;
const VOID = 2;
const TEXT = 3;

/**
 * @param {Document} document
 * @param {string} strings every name, value and text, one after the other
 * @param {Uint32Array} numbers codes, and the UTF-16 length of each string
 * @returns {DocumentFragment}
 */
export function buildFragment(document, strings, numbers) {
  const fragment = document.createDocumentFragment();
  const open = [fragment];
  let at = 0;
  const next = (length) => strings.slice(at, (at += length));
  for (let i = 0; i < numbers.length; ) {
    const code = numbers[i++];
    const parent = open[open.length - 1];
    if (code === CLOSE) {
      open.pop();
    } else if (code === TEXT) {
      parent.appendChild(document.createTextNode(next(numbers[i++])));
    } else if (code === OPEN || code === VOID) {
      const element = document.createElement(next(numbers[i++]));
      for (let count = numbers[i++]; count > 0; count -= 1) {
        element.setAttribute(next(numbers[i++]), next(numbers[i++]));
      }
      parent.appendChild(element);
      if (code === OPEN) open.push(element);
    } else {
      throw new Error(`vn-article: unknown DOM instruction ${code}`);
    }
  }
  return fragment;
}
