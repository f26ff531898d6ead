import { Component, CUSTOM_ELEMENTS_SCHEMA, computed, input, output, signal } from '@angular/core';
import type { ScrErrorDetail, ScrLoadDetail, SummaryModel } from 'scr-summary';

@Component({
  selector: 'patient-summary',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <scr-summary
      endpoint="/scr/{nhsNumber}"
      [nhsNumber]="nhsNumber()"
      [headers]="headers()"
      (scr-load)="onLoad($event)"
      (scr-error)="onError($event)"
    ></scr-summary>
    @if (summary()) {
      <p>Summary Care Record read.</p>
    }
  `,
})
export class PatientSummary {
  readonly nhsNumber = input.required<string>();
  readonly token = input.required<string>();
  readonly unauthorized = output<void>();
  // A computed object is the same object until the token changes.
  readonly headers = computed(() => ({ Authorization: `Bearer ${this.token()}` }));
  readonly summary = signal<SummaryModel | undefined>(undefined);

  onLoad(event: CustomEvent<ScrLoadDetail>): void {
    this.summary.set(event.detail.summary);
  }

  onError(event: CustomEvent<ScrErrorDetail>): void {
    if (event.detail.kind === 'unauthorized') this.unauthorized.emit();
  }
}
