import { describe, expect, it } from 'vitest';
import { frameworkStartOf } from '../../build/framework-start';
import en from '../../public/locales/en/framework.json';

describe('the start page share of the framework texts', () => {
  const share = frameworkStartOf(en) as typeof en;

  it('keeps what the start page shows: dimension and element names and the quick check', () => {
    expect(share.dimensions).toEqual(en.dimensions);
    expect(share.elements.monitoring.name).toBe(
      'Monitoring service excellence activities and results',
    );
    expect(share.elements.monitoring.quick).toEqual(en.elements.monitoring.quick);
  });

  it('leaves out the statements, evidence and next steps', () => {
    expect(Object.keys(share.elements.monitoring).sort()).toEqual(['name', 'quick', 'short']);
  });
});
