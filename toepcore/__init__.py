"""What toepcore's command-line tools share: one error hierarchy (:mod:`toepcore.errors`)
and one way to run a command (:mod:`toepcore.cli`): options checked at parse time, errors as
one-line messages, Ctrl-C and SIGTERM answered cleanly, progress on stderr."""
