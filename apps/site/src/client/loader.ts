// On every page: loads the paste box's script the first time someone uses the box (focus, typing
// or submit), never before, so a page costs this file (a few hundred bytes) and no more.
interface PasteModule {
  answer(form: HTMLFormElement): void;
}

const form = document.getElementById('paste-form') as HTMLFormElement | null;
if (form) {
  let loading: Promise<PasteModule> | null = null;
  // import() resolves against this module's URL, so make the page-relative path absolute first.
  const load = () => {
    loading ??= import(
      /* @vite-ignore */ new URL(form.dataset['src']!, document.baseURI).href
    ) as Promise<PasteModule>;
    return loading;
  };
  const text = form.querySelector('textarea');
  text?.addEventListener('focus', () => void load(), { once: true });
  text?.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.requestSubmit();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    // When the answer is asked for: the paste box reports the time from here, script load included.
    form.dataset['asked'] = String(performance.now());
    load().then(
      (m) => m.answer(form),
      () => {
        const out = document.getElementById('paste-answer');
        if (out) out.textContent = 'The paste box could not load. Reload the page and try again.';
      },
    );
  });
}
