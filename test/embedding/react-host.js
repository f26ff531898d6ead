// The React host for react.test.ts: React 19 and react-dom as one ES module. React ships
// CommonJS only; the test runner bundles this file with esbuild when it is requested
// (test/embedding/middleware.mjs), as an application's bundler would.
export { createElement, useState, version } from 'react';
export { flushSync } from 'react-dom';
export { createRoot } from 'react-dom/client';
