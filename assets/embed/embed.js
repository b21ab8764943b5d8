// Crisis Continuum Planner: sizes each planner frame on a page to the planner's height.
//
//   <iframe data-crisis-planner src="https://planner.example.org/?s=…&embed=1" title="…"
//           width="100%" height="900"></iframe>
//   <script src="https://planner.example.org/embed.js" defer></script>
//
// The planner in the frame posts { type: "crisis-planner:height", height: N } whenever its height
// changes; this script sets the frame's height to N, so the frame neither scrolls inside itself
// nor leaves a gap. A message counts only if it comes from a frame marked data-crisis-planner and
// from that frame's own origin. No inline script is needed, so a page with a strict Content
// Security Policy can use it (allow this script's origin in script-src and frame-src).
(() => {
  'use strict';
  if (window.crisisPlannerResizer) return;
  window.crisisPlannerResizer = true;
  const TALLEST = 100000;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'crisis-planner:height') return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height <= 0 || height > TALLEST) return;
    for (const frame of document.querySelectorAll('iframe[data-crisis-planner]')) {
      if (frame.contentWindow !== event.source) continue;
      let origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch {
        continue;
      }
      if (origin !== event.origin) continue;
      frame.style.height = `${Math.ceil(height)}px`;
    }
  });
})();
