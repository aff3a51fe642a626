// dossier serve: keyboard help only; every page works without it.
// "/" focuses the search box; on a document opened at a figure, the marked sentence.
document.addEventListener('keydown', (event) => {
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
  if (event.key === '/' && !typing) {
    event.preventDefault();
    document.getElementById('q').focus();
  }
});
document.addEventListener('DOMContentLoaded', () => {
  const figure = document.getElementById('figure');
  if (figure) figure.focus();
  document.documentElement.dataset.app = 'ready';
});
