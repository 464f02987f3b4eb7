// The one place that says which Chromium the browser tests and the bench drive, and how.
// Without the background-networking flags Chromium reaches out to Google's hosts at start.
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
