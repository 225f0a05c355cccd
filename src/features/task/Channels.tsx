import { useTranslation } from 'react-i18next';
import type { Sourced } from '../../content/catalogue';
import type { Channel } from '../../content/item';
import type { Office } from '../../content/office';
import { Text, useLocalize } from '../../shared/ui/Text';
import { PhoneLink } from '../../shared/ui/PhoneLink';

interface ChannelsProps {
  channels: Channel[];
  /** Offices that list this step among their services. */
  offices: Sourced<Office>[];
}

export function Channels({ channels, offices }: ChannelsProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  return (
    <ul className="channel-list">
      {channels.map((channel, index) => (
        <li key={`${channel.type}-${index}`}>
          <h3>{t(`channel.${channel.type}`)}</h3>
          {channel.note && <Text as="p" value={channel.note} />}
          {channel.url && (
            <p>
              <a href={localize(channel.url)}>{channel.type === 'online' ? t('task.onlineLink') : t('task.moreLink')}</a>
            </p>
          )}
          {channel.phone && (
            <p>
              <PhoneLink phone={channel.phone} />
            </p>
          )}
          {channel.officeKinds.length > 0 && (
            <p>{t('task.officeKinds', { kinds: channel.officeKinds.map((kind) => t(`officeKind.${kind}`)).join(', ') })}</p>
          )}
          {(channel.type === 'in-person' || channel.type === 'kiosk') && offices.length > 0 && (
            <details>
              <summary>{t('task.officesOffering', { count: offices.length })}</summary>
              <ul className="office-list">
                {offices.map((office) => (
                  <li key={office.id}>
                    <Text as="strong" value={office.name} />
                    <br />
                    {office.address.street}, {office.address.city} {office.address.postalCode}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
