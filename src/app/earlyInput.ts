// A prerendered page works before the app does: a person may type in its search box or pick a
// filter while the app's code is still on its way. Hydrating keeps what the DOM shows, but the
// app would not know it, and its state would win at the next render. So what was changed before
// is noted as the app starts, and handed to the app, as the events a person makes, once it runs.

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function changedByPerson(control: Control): boolean {
  if (control instanceof HTMLSelectElement) return [...control.options].some((option) => option.selected !== option.defaultSelected);
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
    return control.checked !== control.defaultChecked;
  }
  return control.value !== control.defaultValue;
}

/** Sets a text field's value as typing would, so React, which watches the field's own setter, sees a change. */
function typeInto(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  // The field's own setter tells React the field holds its initial text; the prototype's then
  // changes the text behind React's back, as a key press does.
  control.value = control.defaultValue;
  const prototype = control instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(control, value);
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

let handOver: (() => void) | null = null;

/**
 * Notes the controls under `root` a person has changed, with what they hold, to be handed to the
 * app by `handOverEarlyInput` once it has hydrated them (hydrating may set a control back to what
 * the app's state says, as it does with a list's choice).
 */
export function noteEarlyInput(root: HTMLElement): void {
  handOver = changesUnder(root);
}

/** Hands what was changed before the app ran to the app, once: called when the page's content is hydrated. */
export function handOverEarlyInput(): void {
  const pending = handOver;
  handOver = null;
  pending?.();
}

function changesUnder(root: HTMLElement): () => void {
  const changed = [...root.querySelectorAll<Control>('input, select, textarea')].filter(changedByPerson).map((control) => ({
    control,
    value: control.value,
    checked: control instanceof HTMLInputElement ? control.checked : false,
  }));
  return () => {
    for (const { control, value, checked } of changed) {
      if (!control.isConnected) continue;
      if (control instanceof HTMLSelectElement) {
        control.value = value;
        control.dispatchEvent(new Event('change', { bubbles: true }));
      } else if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
        control.checked = control.defaultChecked;
        if (control.checked !== checked) control.click();
      } else typeInto(control, value);
    }
  };
}
