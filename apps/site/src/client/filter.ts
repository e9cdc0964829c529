// The index's filter box: shows only the items whose code or words contain every word typed.
// Without JavaScript the box stays hidden and the full list reads as it is.
const box = document.querySelector<HTMLElement>('[data-filter-box]');
const input = box?.querySelector('input');
if (box && input) {
  const items = [...document.querySelectorAll<HTMLElement>('[data-search]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-filter-group]')];
  const count = box.querySelector<HTMLElement>('#filter-count');
  const apply = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const hit = words.every((w) => item.dataset['search']!.includes(w));
      item.hidden = !hit;
      if (hit) shown++;
    }
    for (const g of groups) g.hidden = !g.querySelector('[data-search]:not([hidden])');
    if (count) count.textContent = words.length ? `${shown} of ${items.length} shown` : '';
  };
  input.addEventListener('input', apply);
  box.hidden = false;
  // A filter in the URL (?q=454) applies on arrival, so a filtered list can be linked.
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    apply();
  }
}
