import type messages from "./messages/en";

// Typed message keys for next-intl: a missing key is a type error.
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof messages;
  }
}
