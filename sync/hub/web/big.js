// The big-number page: poll the public count.
const fmt = new Intl.NumberFormat(CONFIG.lang);
async function refresh() {
  try {
    const s = await (await fetch('/api/big', {cache: 'no-store'})).json();
    document.getElementById('big').textContent = fmt.format(s.combined);
  } catch (e) {}
}
refresh(); setInterval(refresh, CONFIG.poll);
