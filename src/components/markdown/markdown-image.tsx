import { useState } from 'react';
import type { ComponentProps, MouseEvent } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { ExtraProps } from 'react-markdown';
import { imageOrigin } from './safe-url';

type ImageState = 'waiting' | 'shown' | 'failed';

/**
 * Model output is untrusted, and loading a remote image tells its server the user's IP address and
 * when they read the answer. So an image stays a button until the user asks for it.
 */
export function MarkdownImage({ src, alt }: ComponentProps<'img'> & ExtraProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<ImageState>('waiting');
  const url = typeof src === 'string' ? src : '';
  const label = alt?.trim() || t('markdown.image');

  if (url === '') {
    return <span className="md-image-note">{t('markdown.unsupportedImage', { label })}</span>;
  }

  const origin = imageOrigin(url) ?? t('markdown.embeddedImage');
  if (state === 'failed') {
    return <span className="md-image-note">{t('markdown.imageFailed', { label, origin })}</span>;
  }
  if (state === 'waiting') {
    const load = (event: MouseEvent<HTMLButtonElement>) => {
      // The image may sit inside a link; loading it must not also follow the link.
      event.preventDefault();
      event.stopPropagation();
      setState('shown');
    };
    return (
      <button type="button" className="md-image-load" onClick={load}>
        {t('markdown.loadImage', { label, origin })}
      </button>
    );
  }
  return (
    <img
      className="md-image"
      src={url}
      alt={alt ?? ''}
      referrerPolicy="no-referrer"
      // The page is cross-origin isolated (COEP require-corp): a CORS request is the only way most
      // remote images can load at all, and it sends no cookies.
      crossOrigin="anonymous"
      decoding="async"
      onError={() => setState('failed')}
    />
  );
}
