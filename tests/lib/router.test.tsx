import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRoute } from '../../src/lib/router';

function RouteName() {
  return <p>{useRoute().name}</p>;
}

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('useRoute', () => {
  afterEach(async () => {
    await goTo('');
    document.body.replaceChildren();
  });

  it('stays on the screen when the hash jumps to an element of the page (the skip link)', async () => {
    render(
      <>
        <RouteName />
        <main id="main" />
      </>,
    );
    await goTo('#/about');
    expect(screen.getByText('about')).toBeInTheDocument();
    await goTo('#main');
    expect(screen.getByText('about')).toBeInTheDocument();
    await goTo('#/settings');
    expect(screen.getByText('settings')).toBeInTheDocument();
  });

  it('still reads a hash naming no element as a route, so a mistyped link says "not found"', async () => {
    render(<RouteName />);
    await goTo('#nothing-here');
    expect(screen.getByText('notFound')).toBeInTheDocument();
  });
});
