import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Radar, type RadarProps } from '../../src/components/Radar';
import { ELEMENT_IDS } from '../../src/model/framework';
import { radarScene, type RadarSceneInput } from '../../src/model/radar-scene';

const axisLabels = [
  'Vision, mission and strategy',
  'Leadership commitment',
  'Service culture',
  'Employee engagement',
  'Customer understanding',
  'Experience design',
  'Service innovation',
  'Processes and structure',
  'Monitoring',
];

const texts = {
  notAssessed: 'not assessed',
  flagged: 'insufficient answers',
  flaggedFootnote: 'Open marker: insufficient answers (Monitoring).',
};
const sceneInput: RadarSceneInput = {
  axisLabels,
  scores: { label: 'Your score', values: [3.2, 2.8, 4, null, 3, 2.5, 1, 5, 3.6] },
  targets: { label: 'Target', values: [4, 4, 4, 4, 4, 4, 4, 4, 4] },
  texts,
};
const base: RadarProps = {
  title: 'Radar: your scores per element',
  description: 'Vision 3.2, leadership 2.8, employee engagement not assessed, ...',
  scene: radarScene(sceneInput),
};
const withScene = (over: Partial<RadarSceneInput>): RadarProps => ({
  ...base,
  scene: radarScene({ ...sceneInput, ...over }),
});

function allAttributes(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')].flatMap((el) =>
    [...el.attributes].map((a) => `${el.tagName}[${a.name}]=${a.value}`),
  );
}

describe('Radar', () => {
  it('is one image named by its title and described by its desc', () => {
    render(<Radar {...base} />);
    const img = screen.getByRole('img', { name: 'Radar: your scores per element' });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img).toHaveAccessibleDescription(base.description);
    const title = img.querySelector('title')!;
    expect(img.getAttribute('aria-labelledby')).toBe(title.id);
    expect(img.getAttribute('viewBox')).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
  });

  it('draws rings numbered 1 to 5 and every axis label, wrapped with tspans', () => {
    const { container } = render(<Radar {...base} />);
    const levels = [...container.querySelectorAll('.radar__level')].map((t) => t.textContent);
    expect(levels).toEqual(['1', '2', '3', '4', '5']);
    const labels = [...container.querySelectorAll('.radar__label')];
    expect(labels).toHaveLength(9);
    expect(
      labels.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')),
    ).toEqual(axisLabels);
    expect(labels[3]!.querySelectorAll('tspan')).toHaveLength(2); // Employee / engagement
  });

  it('marks an element without a score as not assessed, with its label, and breaks the line', () => {
    const { container } = render(<Radar {...base} />);
    const missing = container.querySelectorAll('.radar__missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.getAttribute('data-element-index')).toBe('3');
    expect(missing[0]!.querySelector('title')?.textContent).toBe(
      'Employee engagement (Your score): not assessed',
    );
    const current = container.querySelector('.radar__series--current')!;
    const paths = current.querySelectorAll('path');
    expect(paths).toHaveLength(1);
    expect(paths[0]!.getAttribute('d')).not.toMatch(/Z$/);
    expect(paths[0]!.getAttribute('fill')).toBe('none');
    // The target is complete: one closed polygon.
    const target = container.querySelector('.radar__series--target path')!;
    expect(target.getAttribute('d')).toMatch(/Z$/);
    expect(target.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  it('shows a legend below the chart as a list, with not assessed and the band', () => {
    const min = [2, 2, 3, null, 2, 1, 1, 4, 3];
    const max = [4, 3, 5, null, 4, 4, 2, 5, 4];
    const ranges = Object.fromEntries(
      ELEMENT_IDS.map((id, i) => [id, min[i] == null ? null : ([min[i]!, max[i]!] as const)]),
    );
    const { container } = render(
      <Radar {...withScene({ bands: [{ id: 'team', label: 'Team spread', ranges }] })} />,
    );
    const list = screen.getByRole('list');
    expect(container.querySelector('svg.radar__svg')!.contains(list)).toBe(false);
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Your score',
      'Target',
      'Team spread',
      'not assessed',
    ]);
    for (const li of items) {
      expect(li.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    }
    expect(container.querySelectorAll('.radar__band path')).toHaveLength(1);
  });

  it('leaves the not-assessed entry out of the legend when every element has a score', () => {
    render(<Radar {...withScene({ scores: { label: 'Your score', values: Array(9).fill(3) } })} />);
    expect(screen.queryByText('not assessed')).not.toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('draws a flagged score as an open marker and prints the footnote below the legend', () => {
    const { container } = render(<Radar {...withScene({ flagged: ['monitoring'] })} />);
    const open = container.querySelectorAll(
      '.radar__markers[data-series="current"] .radar__marker--open',
    );
    expect(open).toHaveLength(1);
    expect(open[0]!.getAttribute('fill')).toBe('#ffffff');
    expect(screen.getByText('insufficient answers')).toBeInTheDocument();
    expect(screen.getByText(texts.flaggedFootnote).tagName).toBe('P');
  });

  it('tells the four series apart by marker shape and line style, not only colour', () => {
    const values = [3, 3, 3, 3, 3, 3, 3, 3, 3];
    const { container } = render(
      <Radar
        {...withScene({
          scores: { label: 'D', values },
          team: { label: 'A', values },
          targets: { label: 'B', values },
          previous: { label: 'C', values },
        })}
      />,
    );
    const dash = (kind: string) =>
      container.querySelector(`.radar__series--${kind} path`)!.getAttribute('stroke-dasharray');
    const width = (kind: string) =>
      Number(container.querySelector(`.radar__series--${kind} path`)!.getAttribute('stroke-width'));
    expect(dash('team')).toBeNull();
    expect(dash('agreed')).toBeNull();
    expect(width('agreed')).toBeGreaterThan(width('team'));
    expect(dash('target')).not.toBe(dash('previous'));
    const markers = [...container.querySelectorAll('.radar__markers')].map((g) =>
      g.getAttribute('data-marker'),
    );
    expect(markers.sort()).toEqual(['circle', 'diamond', 'square', 'triangle']);
    // Every marker of every series is drawn: 4 x 9.
    expect(container.querySelectorAll('.radar__markers path')).toHaveLength(36);
  });

  it('never writes NaN, Infinity or undefined into an attribute, even with odd data', () => {
    const { container } = render(
      <Radar
        {...withScene({
          axisLabels: ['', 'x'],
          scores: { label: 'None', values: Array(9).fill(null) },
          previous: { label: 'Weird', values: [NaN, 9, -1, 2] },
          bands: [{ id: 'b', label: 'Band', ranges: { 'vision-mission-strategy': [NaN, 2] } }],
        })}
      />,
    );
    const bad = allAttributes(container).filter((a) => /NaN|Infinity|undefined/.test(a));
    expect(bad).toEqual([]);
    // Nine missing markers for the empty series, side by side with the odd one's six.
    expect(container.querySelectorAll('.radar__missing')).toHaveLength(15);
  });

  it('uses no inline style attributes (the CSP forbids them)', () => {
    const { container } = render(<Radar {...base} />);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('gives each instance its own title id', () => {
    render(
      <>
        <Radar {...base} title="First" />
        <Radar {...base} title="Second" />
      </>,
    );
    expect(screen.getByRole('img', { name: 'First' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Second' })).toBeInTheDocument();
  });
});
