import { useId, type ReactNode } from 'react';

interface SelectFieldProps {
  label: string;
  /** The first choice, meaning "no choice"; its value is the empty string. */
  noChoice: string;
  options: readonly { value: string; label: string }[];
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  className?: string;
  children?: ReactNode;
}

/** A labelled drop-down whose first option means "any" or "none" and reads back as null. */
export function SelectField({ label, noChoice, options, value, onChange, className = 'field', children }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{noChoice}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}
