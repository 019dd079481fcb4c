// The big-number page: the public count, pushed by the hub.
const fmt = new Intl.NumberFormat(CONFIG.lang);
follow('big', s => {
  document.getElementById('big').textContent = fmt.format(s.combined);
  document.body.dataset.updated = String(Date.now());
});
