import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { QrCode } from '../../../src/features/workshop/QrCode';
import { qrMatrix } from '../../../src/features/workshop/qr-matrix';
import { testI18n } from '../../support/store';

const LINK = 'https://radar.example.nl/app/#/i/AQIDBAUGBwgJCgsMDQ4PEA';

describe('QrCode', () => {
  it('is an image named "QR code" and what it is for, in English and Dutch', async () => {
    const { unmount } = render(
      <I18nextProvider i18n={await testI18n('en')}>
        <QrCode value={LINK} label="invitation for Management" />
      </I18nextProvider>,
    );
    expect(screen.getByRole('img', { name: 'QR code: invitation for Management' })).toBeVisible();
    unmount();
    render(
      <I18nextProvider i18n={await testI18n('nl')}>
        <QrCode value={LINK} label="uitnodiging voor Management" />
      </I18nextProvider>,
    );
    expect(screen.getByRole('img', { name: 'QR-code: uitnodiging voor Management' })).toBeVisible();
  });

  it('says so instead of drawing a code above the version allowed', async () => {
    render(
      <I18nextProvider i18n={await testI18n('en')}>
        <QrCode value={'x'.repeat(600)} label="invitation" maxVersion={15} />
      </I18nextProvider>,
    );
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText(/too dense to scan/)).toBeVisible();
  });
});

describe('qrMatrix', () => {
  it('sizes follow the QR standard: version 1 is 21 modules, plus 4 quiet modules a side', () => {
    // Version 1-M holds 14 bytes in byte mode: "hello" is version 1, 21 + 2 x 4 = 29 modules.
    expect(qrMatrix('hello')).toMatchObject({ version: 1, size: 29 });
    // 600 bytes need more than version 15-M's 523 bytes.
    expect(qrMatrix('x'.repeat(600), 15)).toBeNull();
  });
});
