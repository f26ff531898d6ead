// The host application around the README's Angular example (patient-summary.ts): a parent
// with state of its own. test/embedding/angular.test.ts runs the built app in Chromium; the
// patient and token come from the <app-root> element's data attributes.
import { Component, ElementRef, inject, signal } from '@angular/core';
import { PatientSummary } from './patient-summary';

@Component({
  selector: 'app-root',
  imports: [PatientSummary],
  template: `
    <button type="button" (click)="clicks.set(clicks() + 1)">Clicked {{ clicks() }} times</button>
    <patient-summary [nhsNumber]="nhsNumber()" [token]="token()" (unauthorized)="refreshes.set(refreshes() + 1)" />
    <output>{{ refreshes() }} token refreshes asked</output>
  `,
})
export class App {
  private readonly data = (inject(ElementRef).nativeElement as HTMLElement).dataset;
  readonly nhsNumber = signal(this.data['nhsNumber'] ?? '');
  readonly token = signal(this.data['token'] ?? '');
  readonly clicks = signal(0);
  readonly refreshes = signal(0);
}
