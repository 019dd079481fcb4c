// The big-number page: the public count, pushed by the hub. The number is written as the hub
// writes it (CLDR through Babel: the language with the campaign's country, Latin digits), and
// the caption takes the plural form the language's rule gives the count ("1 person", Arabic's
// six forms), from the forms the hub put in the page (sync/hub/counted.py).
// A browser without the locale's data (Chromium has none for Haitian Creole) would write the
// number the English way: it then groups the digits with the hub's group symbol instead.
const known = Intl.NumberFormat.supportedLocalesOf([CONFIG.locale]).length > 0;
const fmt = new Intl.NumberFormat(known ? CONFIG.locale : 'en', {numberingSystem: 'latn'});
const plural = new Intl.PluralRules(CONFIG.locale);
function written(n) { return known ? fmt.format(n) : fmt.format(n).replace(/,/g, CONFIG.group); }
function caption(n) {
  // A category the language's file lacks (a browser's rule for a language it does not know) reads as "other".
  return (CONFIG.forms[plural.select(n)] || CONFIG.forms.other).replace('{count}', '').trim();
}
follow('big', s => {
  document.getElementById('big').textContent = written(s.combined);
  document.getElementById('big-caption').textContent = caption(s.combined);
  document.body.dataset.updated = String(Date.now());
});
