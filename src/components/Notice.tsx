import type { ReactNode } from 'react';

/** A message block; 'error' and 'warning' are announced (role=alert/status) as they appear. */
export function Notice({
  tone = 'info',
  children,
  className = '',
}: {
  tone?: 'info' | 'success' | 'warning' | 'error';
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={`notice notice--${tone} ${className}`}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      {children}
    </div>
  );
}
