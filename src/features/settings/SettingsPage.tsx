import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { TextField, useZodForm } from '../../components/form';
import { SCHEMA_VERSION } from '../../model/schema';
import { DEFAULT_BRANDING, loadBranding, saveBranding, useBranding } from '../../state/branding';
import { AccentColourField } from './AccentColourField';
import { CoverPreview } from './CoverPreview';
import { LogoField } from './LogoField';
import { brandingFormSchema } from './settings-schema';
import './settings.css';

type SaveState = 'idle' | 'saved' | 'failed';

/**
 * The branding profile (#/settings): consultant name, company, logo and accent colour, set once
 * and used by every PDF report. Saved in the browser's settings store, apart from assessments.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const status = useBranding((s) => s.status);
  const unreadable = useBranding((s) => s.unreadable);
  const [logo, setLogo] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const form = useZodForm(brandingFormSchema, {
    mode: 'onChange',
    defaultValues: {
      consultantName: DEFAULT_BRANDING.consultantName,
      company: DEFAULT_BRANDING.company,
      accentColor: DEFAULT_BRANDING.accentColor,
    },
  });
  const { register, formState, setValue, watch, reset } = form;

  useEffect(() => {
    let live = true;
    void loadBranding().then((b) => {
      if (!live || !b) return;
      reset({ consultantName: b.consultantName, company: b.company, accentColor: b.accentColor });
      setLogo(b.logo);
    });
    return () => {
      live = false;
    };
  }, [reset]);

  const values = watch();
  const edited = () => setSaveState('idle');

  const onSubmit = form.handleSubmit(async (v) => {
    try {
      await saveBranding({
        schemaVersion: SCHEMA_VERSION,
        consultantName: v.consultantName.trim(),
        company: v.company.trim(),
        logo,
        accentColor: v.accentColor.toLowerCase(),
      });
      setSaveState('saved');
    } catch {
      setSaveState('failed');
    }
  });

  return (
    <div className="settings">
      <PageHeading>{t('settings.title')}</PageHeading>
      <p>{t('settings.intro')}</p>
      {status !== 'ready' && <p>{t('settings.loading')}</p>}
      {unreadable && <Notice tone="warning">{t('settings.loadFailed')}</Notice>}
      <div className="settings__layout">
        <form
          noValidate
          className="card settings__form"
          onSubmit={(e) => void onSubmit(e)}
          onChange={edited}
        >
          <TextField
            label={t('settings.fields.consultantName')}
            registration={register('consultantName')}
            error={formState.errors.consultantName}
            autoComplete="name"
          />
          <TextField
            label={t('settings.fields.company')}
            registration={register('company')}
            error={formState.errors.company}
            autoComplete="organization"
          />
          <LogoField
            logo={logo}
            onChange={(l) => {
              setLogo(l);
              edited();
            }}
          />
          <AccentColourField
            value={values.accentColor ?? ''}
            registration={register('accentColor')}
            error={formState.errors.accentColor}
            onPick={(colour) => {
              setValue('accentColor', colour.toLowerCase(), {
                shouldValidate: true,
                shouldDirty: true,
              });
              edited();
            }}
          />
          <div className="button-row">
            <button type="submit" className="button">
              {t('settings.save')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                reset({
                  consultantName: DEFAULT_BRANDING.consultantName,
                  company: DEFAULT_BRANDING.company,
                  accentColor: DEFAULT_BRANDING.accentColor,
                });
                setLogo(null);
                edited();
              }}
            >
              {t('settings.reset')}
            </button>
          </div>
          {saveState === 'saved' && <Notice tone="success">{t('settings.saved')}</Notice>}
          {saveState === 'failed' && <Notice tone="error">{t('settings.saveFailed')}</Notice>}
        </form>
        <CoverPreview
          accentColor={values.accentColor ?? ''}
          logo={logo}
          consultantName={values.consultantName ?? ''}
          company={values.company ?? ''}
        />
      </div>
    </div>
  );
}
