// The example course page's side of the planner's messages (embed-example.html): sends
// crisis-planner:set for the population, and shows the crisis-planner:results it gets back.
(() => {
  'use strict';
  const frame = document.getElementById('planner');
  const origin = new URL(frame.src, document.baseURI).origin;
  const form = document.getElementById('course-controls');
  const population = document.getElementById('course-population');
  const figures = document.getElementById('course-figures');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    frame.contentWindow.postMessage(
      { type: 'crisis-planner:set', path: 'population', value: Number(population.value) },
      origin,
    );
  });
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== origin) return;
    const data = event.data;
    if (!data || data.type !== 'crisis-planner:results') return;
    const f = data.figures;
    const money = (x) => `$${Math.round(x).toLocaleString('en-US')}`;
    figures.textContent = `${data.valid ? '' : '(the last valid figures) '}` +
      `${f.residential_beds.toLocaleString('en-US')} residential beds, ` +
      `${f.receiving_chairs.toLocaleString('en-US')} receiving chairs, ` +
      `${f.mobile_teams.toLocaleString('en-US')} mobile teams, ` +
      `${money(f.annual_cost)} a year.`;
  });
})();
