import { afterEach, describe, expect, it, vi } from 'vitest';

type IdleCallback = (deadline: IdleDeadline) => void;

describe('firstScreenShown', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    document.head.innerHTML = '';
    vi.resetModules();
  });

  it('says the screen is ready, then makes the prefetch links live a few per idle moment', async () => {
    const template = document.createElement('template');
    template.id = 'prefetch';
    template.innerHTML = Array.from(
      { length: 10 },
      (_, i) => `<link rel="prefetch" href="/assets/screen-${i}.js">`,
    ).join('');
    document.head.append(template);
    const idle: IdleCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleCallback) => idle.push(callback));
    const ready = vi.fn();
    document.addEventListener('se-radar:ready', ready, { once: true });
    const { firstScreenShown } = await import('../../src/lib/first-screen');

    firstScreenShown();
    expect(ready).toHaveBeenCalledTimes(1);
    const live = () => document.head.querySelectorAll(':scope > link[rel=prefetch]').length;
    expect(live()).toBe(0);

    // A long idle moment (40 ms offered): links are added for 4 ms at most. Here each costs
    // 1.5 ms (the clock below), so three go live: after the third, 4.5 ms have passed.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => {
      now += 1.5;
      return now;
    });
    idle.shift()!({ didTimeout: false, timeRemaining: () => 40 });
    expect(live()).toBe(3);
    // A moment that came by the timeout has no room: one link, then the next moment.
    idle.shift()!({ didTimeout: true, timeRemaining: () => 0 });
    expect(live()).toBe(4);
    while (idle.length > 0) idle.shift()!({ didTimeout: true, timeRemaining: () => 0 });
    expect(live()).toBe(10);
    expect(
      Array.from(document.head.querySelectorAll(':scope > link'), (l) => l.getAttribute('href')),
    ).toEqual(Array.from({ length: 10 }, (_, i) => `/assets/screen-${i}.js`));
    // Once: a second call neither signals again nor adds links twice.
    firstScreenShown();
    expect(ready).toHaveBeenCalledTimes(1);
    expect(idle).toHaveLength(0);
  });
});
