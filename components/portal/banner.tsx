/** The admin's banner text on top of every portal page, when there is one. */
export function PortalBanner({ text }: { text: string }) {
  if (!text) return null;
  return (
    <div className="bg-brand px-4 py-2 text-center text-sm text-white" data-testid="portal-banner" data-print="hide">
      {text}
    </div>
  );
}
