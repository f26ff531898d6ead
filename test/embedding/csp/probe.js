// Loaded first, as a classic script: records every CSP violation the page reports, from
// the very start, where the test can read it (window.__cspViolations).
window.__cspViolations = [];
window.addEventListener(
  'securitypolicyviolation',
  (e) => {
    window.__cspViolations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blockedURI: e.blockedURI,
      sample: e.sample,
      source: e.sourceFile + ':' + e.lineNumber,
    });
  },
  true,
);
