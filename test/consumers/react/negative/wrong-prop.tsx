// Must NOT type-check (scripts/consumers.mjs expects errors on the `timeout` line only):
// `timeout` is a number of milliseconds, so a string is a wrong prop type.
import 'scr-summary/react';

export const Wrong = () => (
  <scr-summary
    endpoint="/scr/{nhsNumber}"
    nhs-number="943 476 5919"
    timeout="soon"
  />
);
