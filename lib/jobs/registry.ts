// Every module that defines jobs or schedules, imported once so the runner knows every handler.
// One line per domain.
export {};
