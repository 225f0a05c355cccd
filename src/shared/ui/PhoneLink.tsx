import { dialable } from '../../content/phone';

/**
 * A number a phone can call: "613-555-1234 ext. 22" dials the extension too, and a number that
 * cannot be dialled stays plain text rather than a link that calls the wrong number.
 */
export function PhoneLink({ phone, label = phone, className }: { phone: string; label?: string; className?: string }) {
  const tel = dialable(phone);
  if (!tel) return <span>{label}</span>;
  return (
    <a className={className} href={`tel:${tel}`}>
      {label}
    </a>
  );
}
