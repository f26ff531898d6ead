import { useState } from 'preact/hooks';
import 'scr-summary/preact'; // registers <scr-summary> and types it for JSX
import type { SummaryModel } from 'scr-summary';

export function PatientSummary({ nhsNumber, token, refreshToken }: { nhsNumber: string; token: string; refreshToken: () => void }) {
  const [summary, setSummary] = useState<SummaryModel>();
  return (
    <>
      <scr-summary
        endpoint="/scr/{nhsNumber}"
        nhs-number={nhsNumber}
        headers={{ Authorization: `Bearer ${token}` }}
        onscr-load={(e) => setSummary(e.detail.summary)}
        onscr-error={(e) => e.detail.kind === 'unauthorized' && refreshToken()}
        onscr-view={(e) => console.info('audit', e.detail.time, e.detail.source.url)}
      />
      {summary && <p>Summary Care Record read.</p>}
    </>
  );
}
