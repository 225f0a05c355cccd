/** Offers a file to save, made on the device: nothing goes over the network. */
export function saveFile(name: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after click() returns: give them time before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
