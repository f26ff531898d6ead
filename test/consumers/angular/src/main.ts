import 'scr-summary'; // registers <scr-summary> and <scr-provider> before Angular renders them
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';

bootstrapApplication(App).catch((error: unknown) => console.error(error));
