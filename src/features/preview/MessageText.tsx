/** A notice message, with the `field names` and values it quotes in backticks shown as code. */
export function MessageText({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <code key={i}>{part}</code>
        ) : (
          part
        ),
      )}
    </>
  );
}
