import { useLayoutEffect, useRef } from 'react';
import 'scr-summary/react';
import type { ScrSummary, SummaryModel } from 'scr-summary';

// React 18 sets every prop as an attribute and has no custom-event props: set properties and
// listeners on the element. useLayoutEffect runs before the widget's first request; useEffect
// runs after it, so a token set there would miss the first request.
export function PatientSummary({ nhsNumber, token, onSummary }: { nhsNumber: string; token: string; onSummary: (summary: SummaryModel) => void }) {
  const ref = useRef<ScrSummary>(null);
  useLayoutEffect(() => {
    ref.current!.headers = { Authorization: `Bearer ${token}` };
  }, [token]);
  useLayoutEffect(() => {
    const widget = ref.current!;
    const onLoad = (e: HTMLElementEventMap['scr-load']) => onSummary(e.detail.summary);
    widget.addEventListener('scr-load', onLoad);
    return () => widget.removeEventListener('scr-load', onLoad);
  }, [onSummary]);
  return <scr-summary ref={ref} endpoint="/scr/{nhsNumber}" nhs-number={nhsNumber} />;
}
