import { Calendar, CircleHelp, KeyRound, Laptop, Mail, Package, Printer, Puzzle, Shield, Smartphone, User, Wifi, type LucideIcon } from "lucide-react";
import { isIconName, type IconName } from "@/lib/request-types/limits";

// Drawn as SVG from lucide-react: emoji show as empty boxes where no emoji font is installed.
const ICONS: Record<IconName, LucideIcon> = {
  laptop: Laptop,
  app: Puzzle,
  key: KeyRound,
  wifi: Wifi,
  printer: Printer,
  phone: Smartphone,
  mail: Mail,
  user: User,
  box: Package,
  shield: Shield,
  calendar: Calendar,
  question: CircleHelp,
};

/** A request type's icon (decorative: the type's name is beside it). Unknown names show a question mark. */
export function RequestTypeIcon({ name, className = "h-6 w-6" }: { name: string; className?: string }) {
  const Icon = ICONS[isIconName(name) ? name : "question"];
  return <Icon aria-hidden className={`shrink-0 text-brand ${className}`} data-icon={name} />;
}
