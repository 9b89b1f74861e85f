"""Pure domain: values, rules, calculations and the session state machine. No Qt, no SQL, no I/O."""
