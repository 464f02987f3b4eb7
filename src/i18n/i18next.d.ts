import 'i18next';
import type common from '../../public/locales/en/common.json';
import type framework from '../../public/locales/en/framework.json';
import type report from '../../public/locales/en/report.json';
import type demo from '../../public/locales/en/demo.json';
import type guide from '../../public/locales/en/guide.json';
import type workshop from '../../public/locales/en/workshop.json';

// Keys are checked against the English files (Excalidraw / i18next CustomTypeOptions pattern).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      framework: typeof framework;
      report: typeof report;
      demo: typeof demo;
      guide: typeof guide;
      workshop: typeof workshop;
    };
    returnNull: false;
  }
}
