// The start-up baseline: fetch pre-rendered article HTML and insert it.
export async function insert(element, url) {
  element.innerHTML = await (await fetch(url)).text();
}
