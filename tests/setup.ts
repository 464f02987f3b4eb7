import { loadEngine } from '../src/state/engine';
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';

// jsdom has no showModal(): enough of <dialog> for the confirm flows in component tests.
if (
  typeof HTMLDialogElement !== 'undefined' &&
  typeof HTMLDialogElement.prototype.showModal !== 'function'
) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// Screens that read or edit assessments wait for the record engine before they render
// (src/app/lazy-pages.ts); tests that call the store or render those screens directly start with
// it loaded, as the app does.
await loadEngine();
